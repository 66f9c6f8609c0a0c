import { describe, expect, it } from 'vitest';
import * as rank from './search-rank';
import type { Hit } from './search-rank';

const { closeMatches, countFilters, filterByApps, isGeneral, rankByCoverage, searchQuality } = rank;

describe('rankByCoverage', () => {
  const hits = (...pairs: [string, number][]): Hit[] => pairs.map(([id, score]) => ({ id, score }));

  it('ranks a page that matches every concept above pages that match one as well', () => {
    const ranked = rankByCoverage(
      [[hits(['a', 1], ['b', 1])], [hits(['a', 1], ['c', 1])], [hits(['a', 1], ['d', 1])]],
      20,
    );
    expect(ranked[0]).toMatchObject({ id: 'a', coverage: 1 });
    expect(ranked.map((r) => r.id).slice(1)).toHaveLength(3);
  });

  it('when no page has every word, ranks by how much of the query a page covers, and how well', () => {
    // No page has all three words: the page with two of them comes first, then the one that
    // matches one word best.
    const ranked = rankByCoverage(
      [[hits(['two', 1], ['one', 2])], [hits(['two', 1], ['other', 1])], [hits(['lone', 1])]],
      20,
    );
    expect(ranked.map((r) => r.id)[0]).toBe('two');
    expect(ranked.find((r) => r.id === 'two')?.coverage).toBeCloseTo(2 / 3, 1);
    expect(ranked.every((r) => r.share < 1)).toBe(true);
  });

  it('ranks a page that matches a word strongly above one that only mentions every word', () => {
    const ranked = rankByCoverage([[hits(['hub', 1], ['topic', 10])], [hits(['hub', 1], ['x', 10])]], 20);
    expect(ranked.map((r) => r.id).indexOf('topic')).toBeLessThan(ranked.map((r) => r.id).indexOf('hub'));
  });

  it('weighs rare concepts above common ones', () => {
    const common = hits(...Array.from({ length: 18 }, (_, i) => [`p${i}`, 1] as [string, number]));
    const ranked = rankByCoverage([[common], [hits(['rare', 1])]], 20);
    expect(ranked[0]?.id).toBe('rare');
  });

  it('does not let one rare word outweigh two words of the trouble that are less rare', () => {
    const rare = hits(['filler', 1]);
    const some = (id: string) =>
      hits(...Array.from({ length: 6 }, (_, i) => [`${id}${i}`, 1] as [string, number]));
    const first = [...some('a'), ...hits(['answer', 1])];
    const second = [...some('b'), ...hits(['answer', 1])];
    expect(rankByCoverage([[rare], [first], [second]], 20)[0]?.id).toBe('answer');
  });

  it('scales each concept by its weight, so a context word does not outrank the trouble', () => {
    const place = hits(['place', 1]);
    const trouble = hits(['trouble', 1]);
    expect(
      rankByCoverage(
        [place, trouble].map((h) => [h]),
        20,
      )[0]?.id,
    ).toBe('place');
    expect(
      rankByCoverage(
        [place, trouble].map((h) => [h]),
        20,
        [0.5, 1],
      )[0]?.id,
    ).toBe('trouble');
  });

  it('uses the best alternative of a concept and says which it was', () => {
    const ranked = rankByCoverage([[hits(['a', 1], ['c', 4]), hits(['b', 2], ['a', 2])]], 10);
    const a = ranked.find((r) => r.id === 'a');
    expect(a).toMatchObject({ concept: 0, alternative: 1 });
  });

  it('ignores concepts no page matches, as Pagefind ignores unknown words', () => {
    const ranked = rankByCoverage([[hits(['a', 1])], [[], []]], 10);
    expect(ranked).toEqual([
      {
        id: 'a',
        score: expect.any(Number),
        coverage: 1,
        share: expect.any(Number),
        concept: 0,
        alternative: 0,
      },
    ]);
    expect(ranked[0]?.share).toBeLessThan(1);
  });

  it('returns nothing for no hits, and keeps a stable order for ties', () => {
    expect(rankByCoverage([], 10)).toEqual([]);
    expect(rankByCoverage([[[]]], 10)).toEqual([]);
    const ranked = rankByCoverage([[hits(['b', 1], ['a', 1])]], 10);
    expect(ranked.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('copes with zero scores and more hits than pages', () => {
    const ranked = rankByCoverage([[hits(['a', 0], ['b', 0], ['c', 0])]], 1);
    expect(ranked).toHaveLength(3);
    for (const r of ranked) expect(Number.isFinite(r.score)).toBe(true);
  });
});

describe('closeMatches', () => {
  const page = (id: string, coverage: number) => ({
    id,
    coverage,
    share: coverage,
    score: coverage,
    concept: 0,
    alternative: 0,
  });

  it('drops pages that score less than a fifth of the best page, keeping the order', () => {
    const ranked = [page('a', 1), page('b', 0.1), page('c', 0.6), page('d', 0.2)];
    expect(closeMatches(ranked).map((r) => r.id)).toEqual(['a', 'c', 'd']);
    expect(closeMatches(ranked, 0.9).map((r) => r.id)).toEqual(['a']);
  });

  it('keeps every page when they all match alike, and nothing when there is nothing', () => {
    expect(closeMatches([page('a', 0.3), page('b', 0.3)])).toHaveLength(2);
    expect(closeMatches([])).toEqual([]);
  });
});

describe('searchQuality', () => {
  it('is full when a page covers the whole query, partial when none does, none when empty', () => {
    const full = rankByCoverage([[[{ id: 'a', score: 1 }]], [[{ id: 'a', score: 1 }]]], 5);
    const partial = rankByCoverage([[[{ id: 'a', score: 1 }]], [[{ id: 'b', score: 1 }]]], 5);
    expect(searchQuality(full)).toBe('full');
    expect(searchQuality(partial)).toBe('partial');
    const unknownWord = rankByCoverage([[[{ id: 'a', score: 1 }]], [[]]], 5);
    expect(searchQuality(unknownWord)).toBe('partial');
    expect(searchQuality([])).toBe('none');
  });
});

describe('countFilters', () => {
  it('counts the results that carry each filter value', () => {
    const membership = {
      app: { WhatsApp: new Set(['a', 'b']), Telegram: new Set(['c']) },
      type: { Fix: new Set(['a', 'c', 'd']) },
    };
    expect(countFilters(['a', 'c', 'x'], membership)).toEqual({
      app: { WhatsApp: 1, Telegram: 1 },
      type: { Fix: 2 },
    });
    expect(countFilters([], membership)).toEqual({ app: { WhatsApp: 0, Telegram: 0 }, type: { Fix: 0 } });
  });
});

describe('filterByApps', () => {
  const page = (id: string, score: number) => ({
    id,
    score,
    coverage: 1,
    share: 1,
    concept: 0,
    alternative: 0,
  });
  const membership = {
    app: {
      WhatsApp: new Set(['whatsapp-page', 'every-app', 'two-apps']),
      Telegram: new Set(['telegram-page', 'every-app', 'two-apps']),
      Messages: new Set(['messages-only', 'every-app']),
    },
  };

  it('keeps only pages about the app, the app’s own page lifted above pages about every app', () => {
    const ranked = [
      page('every-app', 1.2),
      page('messages-only', 3),
      page('whatsapp-page', 1),
      page('two-apps', 1.1),
    ];
    expect(filterByApps(ranked, ['WhatsApp'], membership).map((r) => r.id)).toEqual([
      'whatsapp-page',
      'two-apps',
      'every-app',
    ]);
  });

  it('lifts, among pages about one app, the page that says the app’s name most', () => {
    const membershipOne = { app: { WhatsApp: new Set(['whatsapp-page', 'case-tip']) } };
    const ranked = [page('case-tip', 1.2), page('whatsapp-page', 1)];
    const mentions = new Map([
      ['whatsapp-page', 1],
      ['case-tip', 0.1],
    ]);
    expect(filterByApps(ranked, ['WhatsApp'], membershipOne, mentions).map((r) => r.id)).toEqual([
      'whatsapp-page',
      'case-tip',
    ]);
    expect(filterByApps(ranked, ['WhatsApp'], membershipOne).map((r) => r.id)).toEqual([
      'case-tip',
      'whatsapp-page',
    ]);
    // A mention out of range or missing counts as the least, never as more than the app's own page.
    const odd = new Map([
      ['whatsapp-page', 5],
      ['case-tip', Number.NaN],
    ]);
    expect(filterByApps(ranked, ['WhatsApp'], membershipOne, odd)[0]?.id).toBe('whatsapp-page');
  });

  it('keeps pages about any of several apps', () => {
    const ranked = [page('whatsapp-page', 1), page('telegram-page', 1), page('messages-only', 1)];
    expect(filterByApps(ranked, ['WhatsApp', 'Telegram'], membership).map((r) => r.id)).toEqual([
      'telegram-page',
      'whatsapp-page',
    ]);
  });

  it('changes nothing for no app, an app the index does not know, or when no page is about it', () => {
    const ranked = [page('messages-only', 2), page('every-app', 1)];
    expect(filterByApps(ranked, [], membership)).toEqual(ranked);
    expect(filterByApps(ranked, ['Signal'], membership)).toEqual(ranked);
    expect(filterByApps([page('messages-only', 2)], ['Telegram'], membership)).toEqual([
      page('messages-only', 2),
    ]);
    expect(filterByApps(ranked, ['WhatsApp'], {})).toEqual(ranked);
  });
});

describe('isGeneral', () => {
  const on = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `p${i}`, score: 1 }));

  it('is true when every word is on most pages, false when one is specific', () => {
    expect(isGeneral([[on(18)], [on(16)]], 20)).toBe(true);
    expect(isGeneral([[on(18)], [on(3)]], 20)).toBe(false);
    expect(isGeneral([[on(2), on(17)]], 20)).toBe(true);
  });

  it('counts words found nowhere as asking nothing, and copes with no pages', () => {
    expect(isGeneral([[on(19)], [[]]], 20)).toBe(true);
    expect(isGeneral([], 20)).toBe(true);
    expect(isGeneral([[on(1)]], 0)).toBe(false);
  });

  it('counts a word that only says something is wrong as asking nothing, however rare', () => {
    expect(isGeneral([[on(18)], [on(3)]], 20, 0.75, [false, true])).toBe(true);
    expect(isGeneral([[on(3)], [on(3)]], 20, 0.75, [false, true])).toBe(false);
  });
});

describe('bad input', () => {
  it('ranks and filters empty hit lists without failing', () => {
    expect(rankByCoverage([[[]], [[], []]], 0)).toEqual([]);
    expect(closeMatches(rankByCoverage([], 5))).toEqual([]);
    expect(filterByApps([], ['WhatsApp'], {})).toEqual([]);
    expect(searchQuality(rankByCoverage([[[]]], 5))).toBe('none');
  });
});
