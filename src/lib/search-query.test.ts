import { describe, expect, it } from 'vitest';
import type { SearchWords } from './search-language';
import { planQuery, tokenize } from './search-query';
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
    ['recording shows 0 00', 'recording 0:00'],
    ['audio message cant sent', 'audio message send'],
    ['h&m voice message not sending', 'ampersand voice message sending'],
    ['voice message not working since this morning', 'voice message working'],
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
    ['audio message wont go through on my iphone 15', 'audio message'],
    ['error pops up after i let go of the record button', 'error pops record button'],
    ['why does my iphone say it cant send audio', 'send audio'],
    ['why do my audio messages delete themselves', 'audio message delete'],
    ['audio message with and symbol disappears', 'audio message ampersand disappears'],
    ['voice note with & sign never arrives', 'voice note ampersand never arrives'],
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
    expect(planQuery('imessage mic not working').concepts.map((c) => c.weight)).toEqual([0.5, 1, 0.5]);
    expect(planQuery('imessage').concepts.map((c) => c.weight)).toEqual([1]);
  });

  it('weighs a word that only says something is wrong half next to what is wrong, and fully alone', () => {
    expect(planQuery('voice message plays silent but music works').concepts.map((c) => c.weight)).toEqual([
      1, 1, 1, 1, 0.5,
    ]);
    expect(planQuery('failed').concepts.map((c) => c.weight)).toEqual([1]);
    expect(planQuery('why iphone refuse my audio message').concepts.map((c) => c.weight)).toEqual([0.5, 1]);
  });

  it('weighs "never" fully: it says what went wrong, a message that never arrived', () => {
    expect(planQuery('audio message never arrived').concepts.map((c) => c.weight)).toEqual([1, 1, 1]);
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
      expect(planQuery(raw)).toMatchObject({ concepts: [], literal: '', apps: [], howTo: false });
    }
  });

  it('tells a question for steps or a place from a question about what is wrong', () => {
    expect(planQuery('how do i send a voice message on iphone').howTo).toBe(true);
    expect(planQuery('How to keep audio messages?').howTo).toBe(true);
    expect(planQuery("where's the audio button").howTo).toBe(true);
    expect(planQuery('how i can send audio').howTo).toBe(true);
    expect(planQuery('how do i fix cannot send audio message').howTo).toBe(false);
    expect(planQuery('how to stop the voice message error').howTo).toBe(false);
    expect(planQuery('how long can an audio message be').howTo).toBe(false);
    expect(planQuery('send voice message').howTo).toBe(false);
  });

  it.each([
    ['how to prevent audio message errors', true],
    ['avoid voice message problems in future', true],
    ['tips so audio messages keep working', true],
    ['stop this from happening again', true],
    ['test my mic regularly', true],
    ['screen time blocking the mic', false],
    ['close messages app and open again', false],
    ['', false],
  ])('reads %j as asking how to keep it from coming back: %j', (raw, prevention) => {
    expect(planQuery(raw).prevention).toBe(prevention);
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
    // A language without questions reads none as a question for steps, or about prevention.
    expect(planQuery('how to telefone', words).howTo).toBe(false);
    expect(planQuery('prevent telefone', words).prevention).toBe(false);
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

describe('bad input', () => {
  it.each([
    ['an empty query', ''],
    ['only spaces', '     '],
    ['only stop words', 'why is it not the'],
    ['only emoji', '😭🎤❌'],
    ['only punctuation', '?!…"<>'],
  ])('%s gives no concepts and no apps', (_, raw) => {
    expect(planQuery(raw)).toMatchObject({ concepts: [], literal: '', apps: [], howTo: false });
  });

  it('reads emoji and words together as the words', () => {
    expect(planQuery('🎤 mic greyed 😭').literal).toBe('mic greyed');
  });

  it('reads HTML in a query as words, never as markup', () => {
    const plan = planQuery('<script>alert("x")</script> mic <b>grey</b>');
    expect(plan.literal).toBe('script alert mic grey');
    expect(plan.literal).not.toMatch(/[<>"]/);
  });

  it('reads a 500-character query quickly and completely', () => {
    const raw = 'my whatsapp voice notes keep cutting off after ten seconds '.repeat(9).slice(0, 500);
    expect(raw).toHaveLength(500);
    const started = performance.now();
    const plan = planQuery(raw);
    expect(performance.now() - started).toBeLessThan(200);
    expect(plan.apps).toEqual(['WhatsApp']);
    expect(plan.literal).toBe('whatsapp voice note keep cutting off ten seconds');
  });
});
