import { describe, expect, it } from 'vitest';
import { sayEnglish, saySpanish } from '../../scripts/lib/interface-words';
import { progressLabels } from './checklists';
import { emptyProgress, type Progress } from './progress';
import { progressHistory, supportSummary, type Labels } from './progress-summary';

const NOW = Date.UTC(2026, 0, 15, 12, 0);
const MIN = 60_000;
const T1 = NOW - 30 * MIN;
const T2 = NOW - 20 * MIN;
const T3 = NOW - 10 * MIN;

const labels: Labels = {
  fixes: [
    { id: 'a', text: 'Disconnect accessories' },
    { id: 'b', text: 'Check date and time' },
    { id: 'c', text: 'Restart iMessage' },
  ],
  lists: [
    {
      id: 'quick-checks',
      title: 'Quick checks',
      items: [
        { id: 'status', text: 'Apple system status is green' },
        { id: 'wifi', text: 'Another network' },
        { id: 'texts', text: 'Texts send' },
      ],
      checked: 'Checked (Quick checks): {{list}}.',
    },
  ],
  mic: {
    text: 'Microphone test',
    href: '/fixes/test-microphone/',
    verdicts: { works: 'Works', silent: 'Silent', denied: 'Denied', busy: 'Busy', unsupported: 'Untested' },
    said: {
      works: 'it heard sound',
      silent: 'it heard nothing',
      denied: 'refused',
      busy: 'in use',
      unsupported: 'not possible',
    },
  },
  results: { worked: 'Fixed it', tried: 'No change', skipped: 'Skipped' },
  summary: progressLabels([], sayEnglish).summary,
};

/** A progress object as the site writes it. */
function progress(parts: Partial<Progress> = {}): Progress {
  return { ...emptyProgress(), ...parts };
}

describe('reading progress back', () => {
  it('lists what was done, oldest first, leaving out what it cannot name', () => {
    const p = progress({
      lists: { 'quick-checks': { wifi: T2, status: T1 }, 'apps/gone': { x: T1 } },
      fixes: { c: { result: 'worked', at: T3 }, a: { result: 'tried', at: T1 } },
    });
    expect(progressHistory(p, labels).map((h) => [h.text, h.result ?? 'done'])).toEqual([
      ['Disconnect accessories', 'tried'],
      ['Apple system status is green', 'done'],
      ['Another network', 'done'],
      ['Restart iMessage', 'worked'],
    ]);
  });

  it.each([
    ['nothing done yet', emptyProgress(), 'iPhone. Tried: none of the fixes yet. Result: not fixed yet.'],
    [
      'tried, skipped, checked and fixed',
      progress({
        ios: '18.5',
        lists: { 'quick-checks': { wifi: T2, status: T1 } },
        fixes: {
          b: { result: 'skipped', at: T2 },
          c: { result: 'worked', at: T3 },
          a: { result: 'tried', at: T1 },
        },
      }),
      'iPhone, iOS 18.5. Tried: Disconnect accessories (no change); Restart iMessage (fixed it). ' +
        'Skipped: Check date and time. Checked (Quick checks): Apple system status is green; Another network. ' +
        'Result: fixed by Restart iMessage.',
    ],
    [
      'tried without success',
      progress({ ios: '26', fixes: { b: { result: 'tried', at: T2 }, a: { result: 'tried', at: T3 } } }),
      'iPhone, iOS 26. Tried: Check date and time (no change); Disconnect accessories (no change). ' +
        'Result: not fixed yet.',
    ],
    [
      'two fixes that worked',
      progress({ fixes: { c: { result: 'worked', at: T1 }, a: { result: 'worked', at: T2 } } }),
      'iPhone. Tried: Restart iMessage (fixed it); Disconnect accessories (fixed it). ' +
        'Result: fixed by Disconnect accessories.',
    ],
  ])('summarises for support: %s', (_name, p, text) => {
    expect(supportSummary(p, labels)).toBe(text);
  });
});

describe('the microphone test in the progress read back', () => {
  const tested = progress({ fixes: { a: { result: 'tried', at: T1 } }, mic: { verdict: 'silent', at: T2 } });

  it('is one entry of the history, in time order, with what it found', () => {
    expect(progressHistory(tested, labels).map((h) => [h.text, h.result ?? h.found])).toEqual([
      ['Disconnect accessories', 'tried'],
      ['Microphone test', 'Silent'],
    ]);
  });

  it('is a sentence of the summary, and no fix', () => {
    expect(supportSummary(tested, labels)).toBe(
      'iPhone. Tried: Disconnect accessories (no change). Microphone test: it heard nothing. Result: not fixed yet.',
    );
  });

  it('is left out where the page cannot name it', () => {
    const { mic: _, ...withoutMic } = labels;
    expect(progressHistory(tested, withoutMic)).toHaveLength(1);
    expect(supportSummary(tested, withoutMic)).not.toContain('heard');
  });
});

describe('the summary in another language', () => {
  it('is written in the sentences of that language', () => {
    const spanish: Labels = {
      ...labels,
      summary: progressLabels([], saySpanish).summary,
      lists: labels.lists.map((list) => ({ ...list, checked: 'Comprobado (Quick checks): {{list}}.' })),
    };
    const p = progress({
      ios: '26',
      lists: { 'quick-checks': { wifi: T1 } },
      fixes: { a: { result: 'tried', at: T1 }, c: { result: 'worked', at: T2 } },
    });
    expect(supportSummary(p, spanish)).toBe(
      'iPhone, iOS 26. Probado: Disconnect accessories (sin cambios); Restart iMessage (lo solucionó). ' +
        'Comprobado (Quick checks): Another network. Resultado: solucionado con Restart iMessage.',
    );
    expect(supportSummary(emptyProgress(), spanish)).toBe(
      'iPhone. Probado: todavía ninguna solución. Resultado: aún sin solucionar.',
    );
  });
});
