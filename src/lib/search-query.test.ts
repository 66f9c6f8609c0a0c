import { describe, expect, it } from 'vitest';
import {
  closeMatches,
  countFilters,
  planQuery,
  rankByCoverage,
  searchQuality,
  tokenize,
  type Hit,
  type SearchWords,
} from './search-query';
import { SPELLINGS, SYNONYMS } from './search-words';

const literal = (raw: string) => planQuery(raw).literal;
const alternativesOf = (raw: string) => planQuery(raw).concepts.map((c) => c.alternatives);

describe('tokenize', () => {
  it.each([
    ["Won't send!!", ['wont', 'send']],
    ['Wi-Fi', ['wifi']],
    ['audio message shows 0:00', ['audio', 'message', 'shows', '0:00']],
    ['error: try again', ['error', 'try', 'again']],
    ['  ', []],
    ['?!…', []],
    ['ＷｈａｔｓＡｐｐ', ['whatsapp']],
    ['café crème', ['café', 'crème']],
  ])('%j → %j', (raw, words) => {
    expect(tokenize(raw)).toEqual(words);
  });
});

describe('planQuery', () => {
  it.each([
    ['my mic is greyed out', 'mic greyed'],
    ['microphne grayed out', 'microphone grayed'],
    ['the audio message wont send', 'audio message send'],
    ["it doesn't work", 'work'],
    ['ig voice msg not sending', 'instagram voice message sending'],
    ['whats app voice note', 'whatsapp voice note'],
    ['imesage waiting for activation', 'imessage waiting activation'],
    ['cannot send audio message at this time', 'send audio message'],
    ['cant send audio on hotel wi fi', 'send audio hotel wifi'],
    ['fb messenger audio clip', 'messenger audio message'],
    ['recording shows 0 00', 'recording shows 0:00'],
    ['audio message audio message', 'audio message'],
    ['voice msg fails on wify but fine on 4g', 'voice message fails wifi 4g'],
    ['mic not working in any app', 'mic working every app'],
  ])('reads %j as %j', (raw, words) => {
    expect(literal(raw)).toBe(words);
  });

  it('offers the other words of a synonym group, the typed word first', () => {
    expect(alternativesOf('voice note whatsapp')).toEqual([
      ['voice note', 'audio message', 'voice message', 'voice memo'],
      ['whatsapp'],
    ]);
    expect(alternativesOf('mic grayed out')).toEqual([
      ['mic', 'microphone'],
      ['grayed', 'greyed', 'dimmed'],
    ]);
  });

  it('keeps contrasted synonyms apart', () => {
    expect(alternativesOf('voice memos works but audio message doesnt')).toEqual([
      ['voice memo'],
      ['works'],
      ['audio message'],
    ]);
  });

  it('gives no concepts for stop words, punctuation or nothing', () => {
    for (const raw of ['', '   ', 'my the it', "why won't it", '!!!']) {
      expect(planQuery(raw)).toEqual({ concepts: [], literal: '' });
    }
  });

  it('reads with any vocabulary it is given', () => {
    const words: SearchWords = {
      stopWords: new Set(['le']),
      spellings: { telefone: 'phone' },
      synonyms: [['phone', 'mobile']],
    };
    expect(planQuery('le telefone', words).concepts).toEqual([{ alternatives: ['phone', 'mobile'] }]);
  });
});

describe('the guide vocabulary', () => {
  it('maps every misspelling to words that are not misspellings themselves', () => {
    for (const target of Object.values(SPELLINGS)) {
      for (const word of target.split(' ').filter(Boolean)) {
        expect(Object.hasOwn(SPELLINGS, word), `${word} is itself rewritten`).toBe(false);
      }
    }
  });

  it('puts each synonym in one group only, in lowercase', () => {
    const all = SYNONYMS.flat();
    expect(new Set(all).size).toBe(all.length);
    for (const phrase of all) expect(phrase).toBe(phrase.toLowerCase());
  });

  it('covers the everyday words people use for the same thing', () => {
    const sameGroup = (a: string, b: string) =>
      SYNONYMS.some((group) => group.includes(a) && group.includes(b));
    expect(sameGroup('mic', 'microphone')).toBe(true);
    expect(sameGroup('voice note', 'audio message')).toBe(true);
    expect(sameGroup('voice message', 'voice memo')).toBe(true);
    expect(sameGroup('greyed', 'grayed')).toBe(true);
    expect(literal('wi-fi')).toBe(literal('wifi'));
    expect(literal('i message')).toBe('imessage');
    expect(sameGroup('4g', 'cellular')).toBe(true);
  });
});

describe('rankByCoverage', () => {
  const hits = (...pairs: [string, number][]): Hit[] => pairs.map(([id, score]) => ({ id, score }));

  it('ranks a page that matches every concept above pages that match one', () => {
    const ranked = rankByCoverage(
      [[hits(['a', 1], ['b', 5])], [hits(['a', 1], ['c', 5])], [hits(['a', 0.5], ['d', 9])]],
      20,
    );
    expect(ranked[0]).toMatchObject({ id: 'a', coverage: 1 });
    expect(ranked.map((r) => r.id).slice(1)).toHaveLength(3);
  });

  it('weighs rare concepts above common ones', () => {
    const common = hits(...Array.from({ length: 18 }, (_, i) => [`p${i}`, 1] as [string, number]));
    const ranked = rankByCoverage([[common], [hits(['rare', 1])]], 20);
    expect(ranked[0]?.id).toBe('rare');
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

  it('drops pages that cover less than half of what the best page covers, keeping the order', () => {
    const ranked = [page('a', 1), page('b', 0.2), page('c', 0.6), page('d', 0.5)];
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
