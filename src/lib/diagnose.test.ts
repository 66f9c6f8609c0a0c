import { describe, expect, it } from 'vitest';
import { byKind, slugOf } from './content';
import { readSitePages, testPage } from '../../scripts/lib/site-pages';
import {
  NOT_SURE,
  answersBefore,
  answersToQuery,
  currentQuestion,
  decisionGuide,
  diagnoseModel,
  diagnoseProblems,
  finishWithNotSure,
  parseAnswers,
  withNotSure,
  type Answers,
} from './diagnose';
import { computePlan } from './fix-plan';
import type { DiagnoseQuestion } from './schema';

const questions: DiagnoseQuestion[] = [
  {
    id: 'app',
    text: 'Which app?',
    answers: [
      { id: 'messages', label: 'Messages' },
      { id: 'whatsapp', label: 'WhatsApp' },
    ],
  },
  {
    id: 'texts',
    text: 'Do texts send?',
    answers: [
      { id: 'yes', label: 'Yes' },
      { id: 'no', label: 'No' },
    ],
  },
  {
    id: 'wifi',
    text: 'Only one network?',
    answers: [
      { id: 'one', label: 'One network' },
      { id: 'all', label: 'Every network' },
      { id: NOT_SURE, label: 'No idea' },
    ],
  },
];

/** A small guide: three causes, six fixes (one only for Messages, two disruptive), a case and an app page. */
const site = [
  testPage('quick-checks', { kind: 'check', order: 1 }),
  testPage('apps/whatsapp', { kind: 'app', apps: ['whatsapp'] }),
  testPage('causes/mic', { kind: 'cause', signals: ['texts:yes'] }),
  testPage('causes/net', { kind: 'cause', signals: ['texts:no', 'wifi:one'] }),
  testPage('causes/account', { kind: 'cause', signals: ['texts:no', 'wifi:all'] }),
  testPage('fixes/unplug', { kind: 'fix', order: 1, causes: ['mic'] }),
  testPage('fixes/relogin', { kind: 'fix', order: 2, causes: ['account'], apps: ['messages'] }),
  testPage('fixes/permission', { kind: 'fix', order: 3, causes: ['mic'] }),
  testPage('fixes/vpn', { kind: 'fix', order: 4, causes: ['net', 'account'] }),
  testPage('fixes/reset', { kind: 'fix', order: 5, causes: ['net'], risk: 'resets-settings' }),
  testPage('fixes/wipe', { kind: 'fix', order: 6, causes: ['account'], risk: 'erases-data' }),
  testPage('scenarios/home-wifi', { kind: 'scenario', path: ['reset', 'vpn'], signals: ['wifi:one'] }),
];
const model = diagnoseModel(site, questions, 'Not sure');
const asked = model.questions;

describe('questions', () => {
  it('always offer "Not sure", once', () => {
    expect(
      withNotSure(questions, 'Not sure').map((q) => q.answers.filter((a) => a.id === NOT_SURE).length),
    ).toEqual([1, 1, 1]);
    expect(asked[0]?.answers.at(-1)).toEqual({ id: NOT_SURE, label: 'Not sure' });
    expect(asked[2]?.answers.at(-1)?.label).toBe('No idea');
  });

  it('walk forward one unanswered question at a time and back', () => {
    expect(currentQuestion({}, asked)).toBe(0);
    expect(currentQuestion({ app: 'messages' }, asked)).toBe(1);
    expect(currentQuestion({ app: 'messages', wifi: 'one' }, asked)).toBe(1);
    expect(currentQuestion({ app: 'messages', texts: 'no', wifi: 'one' }, asked)).toBe(-1);
    expect(answersBefore({ app: 'messages', texts: 'no', wifi: 'one' }, asked, 1)).toEqual({
      app: 'messages',
    });
    expect(answersBefore({ app: 'messages' }, asked, -1)).toEqual({});
    expect(finishWithNotSure({ texts: 'yes' }, asked)).toEqual({
      app: NOT_SURE,
      texts: 'yes',
      wifi: NOT_SURE,
    });
  });
});

describe('answers in the URL', () => {
  it.each<[string, string, Answers]>([
    ['an empty query', '', {}],
    [
      'a full query',
      '?app=whatsapp&texts=no&wifi=not-sure',
      { app: 'whatsapp', texts: 'no', wifi: NOT_SURE },
    ],
    ['a query without "?"', 'texts=yes', { texts: 'yes' }],
    ['unknown questions', '?colour=red&utm_source=x&texts=yes', { texts: 'yes' }],
    ['answers the question does not offer', '?app=signal&texts=maybe&wifi=one', { wifi: 'one' }],
    ['answers in the wrong case', '?texts=YES', {}],
    ['an answer of another question', '?texts=one', {}],
    ['a repeated question (first valid value wins)', '?texts=bad&texts=no&texts=yes', { texts: 'no' }],
    ['broken percent-encoding', '?texts=%E0%A4%A&app=%', {}],
    ['empty values', '?texts=&app', {}],
  ])('reads %s', (_name, query, expected) => {
    expect(parseAnswers(query, asked)).toEqual(expected);
  });

  it('writes answers in question order and reads them back', () => {
    const answers = { wifi: NOT_SURE, app: 'messages', texts: 'yes' };
    const query = answersToQuery(answers, asked);
    expect(query).toBe('?app=messages&texts=yes&wifi=not-sure');
    expect(parseAnswers(query, asked)).toEqual(answers);
    expect(parseAnswers(new URLSearchParams(query), asked)).toEqual(answers);
  });

  it('writes nothing for no answers and drops invalid ones', () => {
    expect(answersToQuery({}, asked)).toBe('');
    expect(answersToQuery({ texts: 'maybe', other: 'x' }, asked)).toBe('');
  });
});

describe('the plan', () => {
  it('with no telling answer is the whole fix path after the quick checks', () => {
    for (const answers of [{}, finishWithNotSure({}, asked)]) {
      expect(computePlan(model, answers)).toEqual({
        causes: [],
        scenario: undefined,
        checks: ['quick-checks'],
        fixes: ['unplug', 'relogin', 'permission', 'vpn', 'reset', 'wipe'],
        remaining: [],
      });
    }
  });

  it('ranks causes by matching answers and tries their fixes first, in fix order', () => {
    const plan = computePlan(model, { texts: 'no', wifi: 'all' });
    expect(plan.causes).toEqual([
      { slug: 'account', matches: 2 },
      { slug: 'net', matches: 1 },
    ]);
    expect(plan.fixes).toEqual(['relogin', 'vpn', 'reset', 'wipe']);
    expect(plan.remaining).toEqual(['unplug', 'permission']);
    expect(plan.scenario).toBeUndefined();
  });

  it("follows a fitting case's own path before other fixes of the same weight", () => {
    const plan = computePlan(model, { wifi: 'one' });
    expect(plan.scenario).toBe('home-wifi');
    expect(plan.fixes).toEqual(['reset', 'vpn']);
  });

  it('puts the fixes of a better-matching cause before a weaker case', () => {
    const plan = computePlan(model, { texts: 'no', wifi: 'one' });
    expect(plan.causes[0]).toEqual({ slug: 'net', matches: 2 });
    expect(plan.fixes).toEqual(['vpn', 'reset', 'relogin', 'wipe']);
  });

  it('tries fixes that reset, sign out or erase only after every gentler likely fix', () => {
    const plan = computePlan(model, { texts: 'no', wifi: 'all' });
    expect(plan.fixes.indexOf('wipe')).toBeGreaterThan(plan.fixes.indexOf('vpn'));
    expect(plan.fixes.slice(-2)).toEqual(['reset', 'wipe']);
  });

  it('keeps only fixes for the chosen app, and starts with its checklist', () => {
    const plan = computePlan(model, { app: 'whatsapp', texts: 'no', wifi: 'all' });
    expect(plan.checks).toEqual(['quick-checks', 'apps/whatsapp']);
    expect(plan.fixes).toEqual(['vpn', 'reset', 'wipe']);
    expect([...plan.fixes, ...plan.remaining]).not.toContain('relogin');
    expect(computePlan(model, { app: 'messages' }).checks).toEqual(['quick-checks']);
  });

  it('ignores answers that are "Not sure"', () => {
    expect(computePlan(model, { texts: NOT_SURE, wifi: 'one' })).toEqual(computePlan(model, { wifi: 'one' }));
  });
});

describe('the decision guide', () => {
  it('links each answer to the pages whose signals name it', () => {
    const guide = decisionGuide(model);
    const texts = guide[1]?.answers.map((a) => [a.id, a.causes, a.scenarios]);
    expect(texts).toEqual([
      ['yes', ['mic'], []],
      ['no', ['account', 'net'], []],
      [NOT_SURE, [], []],
    ]);
    expect(guide[2]?.answers[0]?.scenarios).toEqual(['home-wifi']);
    expect(guide[0]?.answers.map((a) => a.app)).toEqual([undefined, 'apps/whatsapp', undefined]);
  });
});

describe('diagnosis content rules', () => {
  it('accept consistent content', () => {
    expect(diagnoseProblems(model)).toEqual([]);
  });

  it.each([
    [
      'a signal naming no question',
      testPage('causes/x', { kind: 'cause', signals: ['colour:red'] }),
      /"colour:red"/,
    ],
    [
      'a signal naming no answer',
      testPage('causes/x', { kind: 'cause', signals: ['texts:maybe'] }),
      /"texts:maybe"/,
    ],
    [
      'a case pointing at "Not sure"',
      testPage('scenarios/x', { kind: 'scenario', path: ['vpn'], signals: ['wifi:not-sure'] }),
      /scenarios\/x: signal "wifi:not-sure"/,
    ],
  ])('reject %s', (_name, extra, message) => {
    expect(diagnoseProblems(diagnoseModel([...site, extra], questions, 'Not sure')).join('\n')).toMatch(
      message,
    );
  });

  it('reject repeated question or answer ids', () => {
    const repeated = [
      ...questions,
      {
        id: 'app',
        text: 'Again?',
        answers: [
          { id: 'a', label: 'A' },
          { id: 'a', label: 'A' },
        ],
      },
    ];
    const problems = diagnoseProblems(diagnoseModel(site, repeated, 'Not sure')).join('\n');
    expect(problems).toMatch(/question ids must be unique/);
    expect(problems).toMatch(/"app": answer ids must be unique/);
  });
});

const pages = readSitePages();
const diagnosePage = pages.find((p) => p.id === 'diagnose');
const real = diagnoseModel(pages, diagnosePage?.data.questions ?? [], 'Not sure');
const realPlan = (answers: Answers) => computePlan(real, answers);

describe('the diagnosis as written', () => {
  it('asks at most five questions, each with "Not sure"', () => {
    expect(real.questions.length).toBeGreaterThanOrEqual(3);
    expect(real.questions.length).toBeLessThanOrEqual(5);
    for (const q of real.questions) expect(q.answers.map((a) => a.id)).toContain(NOT_SURE);
  });

  it('has signals that all name a question and an answer', () => {
    expect(diagnoseProblems(real)).toEqual([]);
  });

  it('starts every plan with the quick checks', () => {
    expect(realPlan({}).checks[0]).toBe('quick-checks');
  });

  it('gives the whole fix path for "Not sure" on every question', () => {
    const plan = realPlan(finishWithNotSure({}, real.questions));
    expect(plan.fixes).toEqual(byKind(pages, 'fix').map((f) => slugOf(f.id)));
    expect(plan.fixes.length).toBeGreaterThanOrEqual(15);
    expect(plan.causes).toEqual([]);
    expect(plan.scenario).toBeUndefined();
  });

  it('fails only on home Wi-Fi: VPN off, then reset network settings', () => {
    const plan = realPlan({ network: 'one-network', memos: 'yes' });
    expect(plan.fixes[0]).toBe('turn-off-vpn');
    expect(plan.fixes.slice(0, 3)).toContain('reset-network-settings');
    expect(plan.causes.map((c) => c.slug)).toContain('network');
    expect(plan.scenario).toBe('only-on-home-wifi');
  });

  it('texts and photos send, audio fails: accessories and the microphone first, storage in the plan', () => {
    const plan = realPlan({ app: 'messages', 'others-send': 'yes' });
    expect(new Set(plan.fixes.slice(0, 3))).toEqual(
      new Set(['disconnect-accessories', 'check-microphone-permission', 'free-the-microphone']),
    );
    expect(plan.fixes).toContain('free-up-storage');
    expect(plan.fixes).not.toContain('reset-network-settings');
    expect(plan.fixes).not.toContain('restart-imessage');
    expect(plan.scenario).toBe('texts-send-audio-fails');
  });

  it.each(['update', 'new-sim'])('started after %s: restart iMessage, then fix activation', (started) => {
    const plan = realPlan({ started });
    const first = plan.fixes.slice(0, 3);
    expect(first).toContain('restart-imessage');
    expect(first).toContain('fix-sim-activation');
    expect(first.indexOf('restart-imessage')).toBeLessThan(first.indexOf('fix-sim-activation'));
    expect(plan.scenario).toBe('after-ios-update');
  });

  it('storage almost full: free up storage first', () => {
    expect(realPlan({ started: 'storage-full' }).fixes[0]).toBe('free-up-storage');
    const alsoTexts = realPlan({ 'others-send': 'yes', started: 'storage-full' });
    expect(alsoTexts.fixes[0]).toBe('free-up-storage');
    expect(alsoTexts.scenario).toBe('storage-full');
    expect(alsoTexts.causes[0]?.slug).toBe('low-storage');
  });

  it('Voice Memos sounds bad: test and clean the microphones, then hardware', () => {
    const plan = realPlan({ memos: 'no' });
    const first = plan.fixes.slice(0, 4);
    const order = ['test-microphone', 'clean-microphones', 'hardware-or-carrier'].map((f) =>
      first.indexOf(f),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(plan.scenario).toBe('microphone-hardware');
    expect(plan.causes.map((c) => c.slug)).toContain('microphone-hardware');
  });

  it.each([
    ['recording-stops', 'whatsapp', 'recording-stops-by-itself'],
    ['recording-stops', 'telegram', 'recording-stops-by-itself'],
    ['never-arrived', 'messages', 'one-message-never-arrives'],
    ['cant-play', 'messages', 'cant-play-received-audio'],
    ['cant-play', 'whatsapp', 'cant-play-received-audio'],
  ])('"%s" in %s leads to its own case and starts with that case\'s path', (answer, app, scenario) => {
    const path = real.scenarios.find((s) => s.slug === scenario)?.path ?? [];
    const offered = new Set(real.fixes.filter((f) => f.apps.includes(app)).map((f) => f.slug));
    for (const answers of [{ app, 'others-send': answer }, { 'others-send': answer }]) {
      const plan = realPlan(answers);
      expect(plan.scenario).toBe(scenario);
      const steps = path.filter((slug) => answers.app === undefined || offered.has(slug));
      expect(steps.length).toBeGreaterThan(0);
      expect(plan.fixes.slice(0, steps.length)).toEqual(steps);
    }
  });

  it('recording that stops in WhatsApp: take off the case and screen protector first', () => {
    expect(realPlan({ app: 'whatsapp', 'others-send': 'recording-stops' }).fixes[0]).toBe(
      'remove-case-and-screen-protector',
    );
  });

  it('never puts a reset, sign-out or erase before a gentler likely fix, except as a case path says', () => {
    const disruptive = new Set(
      byKind(pages, 'fix')
        .filter((f) => ['resets-settings', 'account', 'erases-data'].includes(f.data.risk ?? ''))
        .map((f) => slugOf(f.id)),
    );
    const everyAnswerSet = real.questions.reduce<Answers[]>(
      (sets, q) => sets.flatMap((set) => q.answers.map((a) => ({ ...set, [q.id]: a.id }))),
      [{}],
    );
    expect(everyAnswerSet.length).toBeGreaterThan(500);
    for (const answers of everyAnswerSet) {
      const plan = realPlan(answers);
      expect(new Set([...plan.fixes, ...plan.remaining]).size).toBe(
        plan.fixes.length + plan.remaining.length,
      );
      if (plan.causes.length === 0 && plan.scenario === undefined) continue; // the fix path as written
      const path = real.scenarios.find((s) => s.slug === plan.scenario)?.path ?? [];
      const gentle = plan.fixes.filter((f) => !disruptive.has(f));
      const lastGentle = plan.fixes.indexOf(gentle.at(-1) ?? '');
      const early = plan.fixes.filter((f, i) => disruptive.has(f) && i < lastGentle && !path.includes(f));
      expect(early, answersToQuery(answers, real.questions)).toEqual([]);
    }
  });

  it('links every answer except "Not sure" and "None of these" to at least one page', () => {
    const silent = decisionGuide(real).flatMap(({ question, answers }) =>
      answers
        .filter((a) => a.id !== NOT_SURE && a.id !== 'none' && question.id !== 'app')
        .filter((a) => a.causes.length === 0 && a.scenarios.length === 0)
        .map((a) => `${question.id}:${a.id}`),
    );
    expect(silent).toEqual([]);
  });
});
