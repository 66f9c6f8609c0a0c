import { describe, expect, it } from 'vitest';
import { recordMic } from './mic-test';
import {
  CLOCK_SKEW,
  clearRows,
  emptyProgress,
  isTicked,
  mergeProgress,
  migrateProgress,
  parseProgress,
  pathState,
  recordFix,
  setIos,
  tick,
  untick,
  type KnownIds,
  type Progress,
} from './progress';
import { setPlan } from './fix-plan';

const NOW = Date.UTC(2026, 0, 15, 12, 0);
const MIN = 60_000;
const T1 = NOW - 30 * MIN;
const T2 = NOW - 20 * MIN;
const T3 = NOW - 10 * MIN;

const QUICK = { kind: 'items', list: 'quick-checks' } as const;
const FIXES = { kind: 'fixes' } as const;
const known: KnownIds = { lists: { 'quick-checks': ['status', 'wifi', 'texts'] }, fixes: ['a', 'b', 'c'] };

/** A progress object as the site writes it. */
function progress(parts: Partial<Progress> = {}): Progress {
  return { ...emptyProgress(), ...parts };
}

const json = (value: unknown) => JSON.stringify(value);
const valid = progress({
  lists: { 'quick-checks': { status: T1, wifi: T2 } },
  fixes: { a: { result: 'tried', at: T1 }, c: { result: 'worked', at: T3 } },
  ios: '18.5',
});

describe('parseProgress: bad input gives empty progress, never an error', () => {
  const nothing: [string, string | null][] = [
    ['nothing saved', null],
    ['empty string', ''],
    ['garbage text', 'not json {{'],
    ['truncated JSON', json(valid).slice(0, 40)],
    ['a JSON string', '"quick-checks"'],
    ['a number', '42'],
    ['null', 'null'],
    ['true', 'true'],
    ['an array', json([valid])],
    ['a foreign object', json({ theme: 'dark', tabs: ['iOS 26'] })],
    ['the right shape without a version', json({ lists: valid.lists, fixes: valid.fixes })],
    ['an old version', json({ ...valid, version: 0 })],
    ['a version from a newer site', json({ ...valid, version: 2 })],
    ['the version as a string', json({ ...valid, version: '1' })],
    ['lists and fixes of the wrong type', json({ version: 1, lists: ['status'], fixes: 'a', ios: 18 })],
  ];
  it.each(nothing)('%s', (_name, raw) => {
    expect(parseProgress(raw, known, NOW)).toEqual(emptyProgress());
  });
});

describe('parseProgress: keeps every valid entry and drops the rest one by one', () => {
  const cases: [string, unknown, Progress][] = [
    ['a valid object, unchanged', valid, valid],
    [
      'unknown item ids mixed with valid ones (content changed)',
      { version: 1, lists: { 'quick-checks': { status: T1, 'removed-check': T1, wifi: T2 } } },
      progress({ lists: { 'quick-checks': { status: T1, wifi: T2 } } }),
    ],
    [
      'unknown fix slugs mixed with valid ones',
      { version: 1, fixes: { a: { result: 'tried', at: T1 }, gone: { result: 'worked', at: T2 } } },
      progress({ fixes: { a: { result: 'tried', at: T1 } } }),
    ],
    [
      'a checklist this page does not know is kept as it is',
      { version: 1, lists: { 'apps/whatsapp': { 'update-app': T1 } } },
      progress({ lists: { 'apps/whatsapp': { 'update-app': T1 } } }),
    ],
    [
      'ticks with wrong types',
      {
        version: 1,
        lists: { 'quick-checks': { status: String(T1), wifi: null, texts: T2 }, 'apps/telegram': 'all' },
      },
      progress({ lists: { 'quick-checks': { texts: T2 } } }),
    ],
    [
      'fix records with wrong types or results',
      {
        version: 1,
        fixes: {
          a: { result: 'maybe', at: T1 },
          b: 'tried',
          c: { result: 'worked' },
        },
      },
      progress(),
    ],
    [
      'times from the future, zero or negative',
      {
        version: 1,
        lists: { 'quick-checks': { status: NOW + 2 * 24 * 60 * MIN, wifi: 0, texts: -T1 } },
        fixes: { a: { result: 'tried', at: NOW + 30 * 24 * 60 * MIN }, b: { result: 'skipped', at: T2 } },
      },
      progress({ fixes: { b: { result: 'skipped', at: T2 } } }),
    ],
    [
      'a clock a few hours ahead is still accepted',
      { version: 1, lists: { 'quick-checks': { status: NOW + 3 * 60 * MIN } } },
      progress({ lists: { 'quick-checks': { status: NOW + 3 * 60 * MIN } } }),
    ],
    [
      'ids that are not ids',
      {
        version: 1,
        lists: { 'Quick Checks': { status: T1 }, 'quick-checks': { '': T1, 'wi fi': T1, wifi: T2 } },
      },
      progress({ lists: { 'quick-checks': { wifi: T2 } } }),
    ],
    [
      'an iOS version that is not a version',
      { version: 1, ios: '18.5; call me', lists: { 'quick-checks': { wifi: T2 } } },
      progress({ lists: { 'quick-checks': { wifi: T2 } } }),
    ],
  ];
  it.each(cases)('%s', (_name, stored, expected) => {
    expect(parseProgress(json(stored), known, NOW)).toEqual(expected);
  });

  it('does not let a __proto__ key reach the prototype', () => {
    const raw = `{"version":1,"lists":{"__proto__":{"polluted":${T1}},"quick-checks":{"__proto__":{"x":1},"wifi":${T2}}}}`;
    const parsed = parseProgress(raw, known, NOW);
    expect(parsed).toEqual(progress({ lists: { 'quick-checks': { wifi: T2 } } }));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('numbers too large for JSON become Infinity and are dropped', () => {
    const raw = `{"version":1,"lists":{"quick-checks":{"wifi":1e400,"status":${T1}}}}`;
    expect(parseProgress(raw, known, NOW)).toEqual(progress({ lists: { 'quick-checks': { status: T1 } } }));
  });

  it('without known ids, keeps everything well formed', () => {
    const stored = { version: 1, fixes: { whatever: { result: 'tried', at: T1 } } };
    expect(parseProgress(json(stored), {}, NOW).fixes).toEqual({ whatever: { result: 'tried', at: T1 } });
  });

  it('reads back what it wrote', () => {
    expect(parseProgress(json(valid), known, NOW)).toEqual(valid);
  });

  it('never throws on damaged saved text, and what it returns saves and reads back the same', () => {
    const source = json(valid);
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 500; round++) {
      const chars = [...source];
      for (let edits = 1 + random(4); edits > 0; edits--) {
        chars.splice(random(chars.length), random(3), ...'{}[]":,0-9aZ'.charAt(random(12)));
      }
      const parsed = parseProgress(chars.join(''), known, NOW);
      expect(parseProgress(json(parsed), known, NOW)).toEqual(parsed);
    }
  });
});

describe('migrateProgress', () => {
  it.each([
    ['the current version', { version: 1, lists: {} }, true],
    ['no version', { lists: {} }, false],
    ['an older version', { version: 0, checked: ['wifi'] }, false],
    ['a newer version', { version: 2, lists: {} }, false],
    ['not an object', 'version 1', false],
    ['an array', [{ version: 1 }], false],
  ] as const)('%s', (_name, value, accepted) => {
    expect(migrateProgress(value)).toEqual(accepted ? value : null);
  });
});

describe('changing progress', () => {
  it('ticks and unticks an item without touching the input', () => {
    const before = emptyProgress();
    const ticked = tick(before, QUICK, 'wifi', T1);
    expect(ticked.lists).toEqual({ 'quick-checks': { wifi: T1 } });
    expect(before.lists).toEqual({});
    expect(tick(ticked, QUICK, 'wifi', T2).lists['quick-checks']).toEqual({ wifi: T1 });
    expect(untick(ticked, QUICK, 'wifi').lists).toEqual({});
    expect(ticked.lists).toEqual({ 'quick-checks': { wifi: T1 } });
  });

  it('ignores ids that could not be saved safely', () => {
    const p = emptyProgress();
    expect(tick(p, { kind: 'items', list: '__proto__' }, 'wifi', T1)).toBe(p);
    expect(tick(p, QUICK, '__proto__', T1)).toBe(p);
    expect(recordFix(p, 'Not A Slug', 'worked', T1)).toBe(p);
  });

  it('starts one checklist over and leaves the others', () => {
    const p = progress({ lists: { 'quick-checks': { wifi: T1 }, 'apps/whatsapp': { update: T2 } } });
    expect(clearRows(p, QUICK, ['wifi']).lists).toEqual({ 'apps/whatsapp': { update: T2 } });
  });

  it('records, replaces and forgets a fix result', () => {
    const tried = recordFix(emptyProgress(), 'a', 'tried', T1);
    expect(tried.fixes).toEqual({ a: { result: 'tried', at: T1 } });
    expect(recordFix(tried, 'a', 'worked', T2).fixes).toEqual({ a: { result: 'worked', at: T2 } });
    expect(recordFix(tried, 'a', null).fixes).toEqual({});
  });

  it('forgets the results of the fixes it is given', () => {
    expect(Object.keys(clearRows(valid, FIXES, ['a']).fixes)).toEqual(['c']);
    expect(clearRows(valid, FIXES, ['a', 'c', 'gone']).fixes).toEqual({});
  });

  it.each([
    ['18.5', '18.5'],
    ['iOS 26.0.1', '26.0.1'],
    [' 17 ', '17'],
    ['I do not know', undefined],
    ['', undefined],
  ])('reads the iOS version in "%s"', (text, ios) => {
    expect(setIos(progress({ ios: '17.1' }), text).ios).toBe(ios);
  });
});

describe('one tick, the same on every page', () => {
  it('ticks a checklist item, or records a fix as tried on a checklist of fixes', () => {
    const item = tick(emptyProgress(), QUICK, 'wifi', T1);
    expect(item).toEqual(progress({ lists: { 'quick-checks': { wifi: T1 } } }));
    expect(isTicked(item, QUICK, 'wifi')).toBe(true);
    expect(isTicked(item, QUICK, 'status')).toBe(false);

    // The plan, the fix path and the printed sheet show different lists but share the fix's result.
    const fix = tick(emptyProgress(), FIXES, 'a', T1);
    expect(fix).toEqual(progress({ fixes: { a: { result: 'tried', at: T1 } } }));
    expect(isTicked(fix, FIXES, 'a')).toBe(true);
    expect(untick(fix, FIXES, 'a')).toEqual(emptyProgress());
  });

  it('shows a fix as ticked when it was tried or worked, not when it was skipped', () => {
    const p = progress({
      fixes: {
        a: { result: 'worked', at: T1 },
        b: { result: 'skipped', at: T1 },
        c: { result: 'tried', at: T1 },
      },
    });
    expect(['a', 'b', 'c'].map((id) => isTicked(p, FIXES, id))).toEqual([true, false, true]);
  });
});

describe('the saved plan', () => {
  const query = '?app=messages&memos=no&started=not-sure';

  it('is saved with its fixes in order, replacing the previous one, and read back', () => {
    const first = setPlan(valid, '?app=whatsapp', ['c']);
    const p = setPlan(first, query, ['b', 'a']);
    expect(p.plan).toEqual({ query, fixes: ['b', 'a'] });
    expect(first.plan).toEqual({ query: '?app=whatsapp', fixes: ['c'] });
    expect(parseProgress(json(p), known, NOW)).toEqual({ ...valid, plan: { query, fixes: ['b', 'a'] } });
  });

  it.each([
    ['an empty query', ''],
    ['a query without "?"', 'app=messages'],
    ['markup', '?app=<b>'],
    ['a full address', 'https://example.com/?app=messages'],
  ])('is not saved from %s', (_name, bad) => {
    expect(setPlan(valid, bad, ['a'])).toBe(valid);
    expect(parseProgress(json({ ...valid, plan: { query: bad, fixes: ['a'] } }), known, NOW).plan).toBe(
      undefined,
    );
  });

  it('keeps only fixes the page knows, and survives a merge', () => {
    const raw = json({ ...valid, plan: { query, fixes: ['a', 'gone', 7, '__proto__', 'c'] } });
    const p = parseProgress(raw, known, NOW);
    expect(p.plan).toEqual({ query, fixes: ['a', 'c'] });
    expect(parseProgress(json({ ...valid, plan: { query, fixes: 'a' } }), known, NOW).plan).toEqual({
      query,
      fixes: [],
    });
    expect(mergeProgress(p, emptyProgress()).plan).toEqual(p.plan);
    expect(mergeProgress(p, setPlan(emptyProgress(), '?app=telegram', [])).plan?.query).toBe('?app=telegram');
  });
});

describe('the microphone test result', () => {
  it('is saved, replacing the previous one, and read back', () => {
    const first = recordMic(valid, 'silent', T2);
    const p = recordMic(first, 'works', T3);
    expect(p.mic).toEqual({ verdict: 'works', at: T3 });
    expect(first.mic).toEqual({ verdict: 'silent', at: T2 });
    expect(parseProgress(json(p), known, NOW)).toEqual({ ...valid, mic: { verdict: 'works', at: T3 } });
  });

  it.each([
    ['text', 'works'],
    ['an unknown verdict', { verdict: 'loud', at: T1 }],
    ['a state that is no verdict', { verdict: 'listening', at: T1 }],
    ['a time from the future', { verdict: 'works', at: NOW + 2 * CLOCK_SKEW }],
    ['no time', { verdict: 'works' }],
  ])('is dropped when it is %s, and the rest of the progress kept', (_name, bad) => {
    expect(parseProgress(json({ ...valid, mic: bad }), known, NOW)).toEqual(valid);
  });

  it('survives a merge, the second progress winning as with the plan', () => {
    const first = recordMic(emptyProgress(), 'denied', T1);
    const second = recordMic(emptyProgress(), 'works', T2);
    expect(mergeProgress(first, second).mic?.verdict).toBe('works');
    expect(mergeProgress(first, emptyProgress()).mic?.verdict).toBe('denied');
  });
});

describe('mergeProgress', () => {
  it('keeps every tick and result of both, the newer where both have one', () => {
    const a = progress({
      lists: { 'quick-checks': { wifi: T1, status: T3 } },
      fixes: { a: { result: 'tried', at: T1 }, b: { result: 'skipped', at: T3 } },
      ios: '18.5',
    });
    const b = progress({
      lists: { 'quick-checks': { wifi: T2 }, 'apps/whatsapp': { update: T1 } },
      fixes: { a: { result: 'worked', at: T2 }, b: { result: 'tried', at: T1 } },
    });
    expect(mergeProgress(a, b)).toEqual(
      progress({
        lists: { 'quick-checks': { wifi: T2, status: T3 }, 'apps/whatsapp': { update: T1 } },
        fixes: { a: { result: 'worked', at: T2 }, b: { result: 'skipped', at: T3 } },
        ios: '18.5',
      }),
    );
    expect(mergeProgress(a, progress({ ios: '26' })).ios).toBe('26');
    expect(mergeProgress(emptyProgress(), emptyProgress())).toEqual(emptyProgress());
  });
});

describe('reading progress back', () => {
  it('knows where to resume and which fix worked', () => {
    const path = ['a', 'b', 'c'];
    expect(pathState(emptyProgress(), path)).toEqual({ resume: 'a' });
    const p = progress({ fixes: { a: { result: 'tried', at: T1 }, b: { result: 'skipped', at: T2 } } });
    expect(pathState(p, path)).toEqual({ resume: 'c' });
    expect(pathState(recordFix(p, 'c', 'worked', T3), path)).toEqual({ worked: 'c' });
    const twice = progress({ fixes: { a: { result: 'worked', at: T3 }, b: { result: 'worked', at: T1 } } });
    expect(pathState(twice, path)).toEqual({ worked: 'a', resume: 'c' });
  });
});
