import { describe, expect, it } from 'vitest';
import {
  closeMatches,
  countFilters,
  liftBySymptoms,
  symptomShare,
  escapeHtml,
  filterByApps,
  isGeneral,
  matchingPhrase,
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
    ['café crème', ['cafe', 'creme']],
    ['¿Por qué no funciona el micrófono?', ['por', 'que', 'no', 'funciona', 'el', 'microfono']],
    ['MICRÓFONO Ñandú', ['microfono', 'nandu']],
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
    ['audio message error iphone 15', 'audio message error'],
    ['iphone 13 pro max voice memo', 'voice memo'],
    ['iphone se mic', 'mic'],
    ['screen-time mic lock', 'screen time mic lock'],
    ['ios 18 audio message', 'ios 18 audio message'],
    ['cannot send audio message at this time what does it mean', 'send audio message'],
    ['phone wont let me send voice', 'send voice'],
    ['voice texts not sending', 'voice message sending'],
    ['screen time mic blocker', 'screen time mic block'],
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

  it('weighs the place the trouble happens half next to what the trouble is, and fully alone', () => {
    expect(planQuery('imessage mic not working').concepts.map((c) => c.weight)).toEqual([0.5, 1, 1]);
    expect(planQuery('imessage').concepts.map((c) => c.weight)).toEqual([1]);
  });

  it('finds the synonyms of a word typed in another form', () => {
    expect(alternativesOf('restarted')).toEqual([['restarted', 'restart', 'reboot']]);
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
      expect(planQuery(raw)).toEqual({ concepts: [], literal: '', apps: [] });
    }
  });

  it('reads with any vocabulary it is given', () => {
    const words: SearchWords = {
      stopWords: new Set(['le']),
      spellings: { telefone: 'phone' },
      synonyms: [['phone', 'mobile']],
      stem: (word) => word,
      context: new Set(),
    };
    expect(planQuery('le telefone', words).concepts).toEqual([
      { alternatives: ['phone', 'mobile'], weight: 1 },
    ]);
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
});

describe('matchingPhrase', () => {
  const symptoms = [
    'mic switch greyed out in settings',
    'audio message records nothing, 0:00',
    "texts and photos send but audio doesn't",
  ];

  it('quotes the symptom that shares the most words, in any form, the matching words marked', () => {
    expect(matchingPhrase(symptoms, planQuery('microphone grayed out'))).toBe(
      '<mark>mic</mark> switch <mark>greyed</mark> out in settings',
    );
    expect(matchingPhrase(symptoms, planQuery('recording shows 0 00'))).toBe(
      'audio message <mark>records</mark> nothing, <mark>0:00</mark>',
    );
  });

  it('quotes nothing when no symptom shares a word', () => {
    expect(matchingPhrase(symptoms, planQuery('bluetooth headset'))).toBeUndefined();
    expect(matchingPhrase([], planQuery('mic'))).toBeUndefined();
  });

  it('escapes the symptom and never puts the query into the HTML', () => {
    const html = matchingPhrase(
      ['a <b>bold</b> & "mic" claim'],
      planQuery('<img src=x onerror=alert(1)> mic'),
    );
    expect(html).toBe('a &#60;b&#62;bold&#60;/b&#62; &#38; <mark>&#34;mic&#34;</mark> claim');
    expect(html).not.toContain('<img');
    expect(escapeHtml(`<'&">`)).toBe('&#60;&#39;&#38;&#34;&#62;');
  });
});

describe('symptomShare and liftBySymptoms', () => {
  it('says how much of the query one symptom says, in any form of its words', () => {
    const plan = planQuery('audio message not available');
    expect(symptomShare(['audio message not available', 'no sound'], plan)).toBe(1);
    expect(symptomShare(['free up storage space, available space'], plan)).toBe(0.5);
    expect(symptomShare(['bluetooth'], plan)).toBe(0);
    expect(symptomShare([], planQuery(''))).toBe(0);
  });

  it('puts the close page that names the whole trouble first, and leaves the rest in place', () => {
    const ranked = [
      { id: 'mentions', score: 1 },
      { id: 'names', score: 0.9 },
      { id: 'far', score: 0.2 },
      { id: 'after', score: 0.1 },
    ];
    const lifted = liftBySymptoms(ranked, [0.5, 1, 1], 3);
    expect(lifted.map((r) => r.id)).toEqual(['names', 'mentions', 'far', 'after']);
    expect(liftBySymptoms(ranked, [0, 0, 0]).map((r) => r.id)).toEqual(ranked.map((r) => r.id));
    expect(liftBySymptoms([], [])).toEqual([]);
  });
});

describe('bad input', () => {
  it.each([
    ['an empty query', ''],
    ['only spaces', '     '],
    ['only stop words', 'why is it not the'],
    ['only emoji', '😭🎤❌'],
    ['only punctuation', '?!…"<>'],
  ])('%s gives no concepts and no apps', (_, raw) => {
    expect(planQuery(raw)).toEqual({ concepts: [], literal: '', apps: [] });
  });

  it('reads emoji and words together as the words', () => {
    expect(planQuery('🎤 mic greyed 😭').literal).toBe('mic greyed');
  });

  it('reads HTML in a query as words, never as markup', () => {
    const plan = planQuery('<script>alert("x")</script> mic <b>grey</b>');
    expect(plan.literal).toBe('script alert x mic b grey');
    expect(plan.literal).not.toMatch(/[<>"]/);
  });

  it('reads a 500-character query quickly and completely', () => {
    const raw = 'my whatsapp voice notes keep cutting off after ten seconds '.repeat(9).slice(0, 500);
    expect(raw).toHaveLength(500);
    const started = performance.now();
    const plan = planQuery(raw);
    expect(performance.now() - started).toBeLessThan(200);
    expect(plan.apps).toEqual(['WhatsApp']);
    expect(plan.literal).toBe('whatsapp voice note cutting off after ten seconds');
  });

  it('ranks and filters empty hit lists without failing', () => {
    expect(rankByCoverage([[[]], [[], []]], 0)).toEqual([]);
    expect(closeMatches(rankByCoverage([], 5))).toEqual([]);
    expect(filterByApps([], ['WhatsApp'], {})).toEqual([]);
    expect(searchQuality(rankByCoverage([[[]]], 5))).toBe('none');
  });
});
