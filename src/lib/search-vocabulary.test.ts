import { describe, expect, it } from 'vitest';
import { planQuery, tokenize } from './search-query';
import { correctWord, editDistance, isKnown, readVocabulary, vocabularyFrom } from './search-vocabulary';
import { stem } from './search-words';

const PAGES = [
  'Check microphone permission: allow microphone access for WhatsApp.',
  'Storage almost full? Free up storage before you record.',
  'Low Data Mode and Cellular Data: is the phone online?',
  'Screen Time limits can lock the microphone switch. Activation of iMessage, waiting for activation.',
  'Unknown senders: the recipient filters messages from people not in contacts.',
];
const vocabulary = readVocabulary(vocabularyFrom(PAGES, tokenize), stem);
if (!vocabulary) throw new Error('vocabulary did not read');

describe('editDistance', () => {
  it.each([
    ['access', 'access', 0],
    ['acces', 'access', 1],
    ['storgae', 'storage', 1],
    ['microphne', 'microphone', 1],
    ['unknow', 'unknown', 1],
    ['dissapeared', 'disappeared', 2],
    ['kitten', 'sitting', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
    expect(editDistance(b, a, 5)).toBe(distance);
  });

  it('stops at the bound', () => {
    expect(editDistance('microphone', 'storage', 2)).toBe(3);
    expect(editDistance('', 'abcdef', 2)).toBe(3);
  });
});

describe('correctWord, against the pages’ own words', () => {
  it.each([
    ['acces', ['access']],
    ['storgae', ['storage']],
    ['microphne', ['microphone']],
    ['permision', ['permission']],
    ['activaton', ['activation']],
    ['unknow', ['unknown']],
    ['lowdata', ['low', 'data']],
  ])('reads %j as %j', (typed, words) => {
    expect(correctWord(typed, vocabulary)).toEqual(words);
  });

  it('leaves known words in any form, short words, numbers and unknown words as typed', () => {
    for (const word of ['microphones', 'recorded', 'filtering', 'mic', '0:00', 'ios27', 'zxqvbl']) {
      expect(correctWord(word, vocabulary)).toEqual([word]);
    }
    expect(isKnown('permissions', vocabulary)).toBe(true);
  });

  it('turns correction off for vocabulary data it cannot read', () => {
    expect(readVocabulary(null, stem)).toBeUndefined();
    expect(readVocabulary({ words: ['a'], counts: [] }, stem)).toBeUndefined();
    expect(readVocabulary('<html>', stem)).toBeUndefined();
  });
});

describe('planQuery with the pages’ vocabulary', () => {
  const literal = (raw: string) => planQuery(raw, undefined, vocabulary).literal;

  it('corrects misspellings the spelling list has never seen', () => {
    expect(literal('microphone acces denied')).toBe('microphone access denied');
    expect(literal('storgae full')).toBe('storage full');
    expect(literal('lowdata mode')).toBe('low data mode');
  });

  it('reads app names as filters, misspelt or not, and keeps them as words to find', () => {
    expect(planQuery('whatsapp mic permission', undefined, vocabulary).apps).toEqual(['WhatsApp']);
    expect(planQuery('watsapp voice note', undefined, vocabulary).apps).toEqual(['WhatsApp']);
    expect(planQuery('telegram or instagram', undefined, vocabulary).apps).toEqual(['Telegram', 'Instagram']);
    expect(planQuery('messages mic', undefined, vocabulary).apps).toEqual([]);
    expect(planQuery('whatsapp', undefined, vocabulary).literal).toBe('whatsapp');
  });
});

describe('stem', () => {
  it.each([
    ['plugged', 'plug'],
    ['plugs', 'plug'],
    ['messages', 'messag'],
    ['message', 'messag'],
    ['stopped', 'stop'],
    ['access', 'access'],
    ['batteries', 'battery'],
    ['mic', 'mic'],
  ])('%s → %s', (word, root) => {
    expect(stem(word)).toBe(root);
  });
});

describe('words the pages never use', () => {
  it('are searched as typed, except the last word, which may still be being typed', () => {
    const exact = (raw: string) =>
      planQuery(raw, undefined, vocabulary).concepts.flatMap((c) => (c.exact ? c.alternatives : []));
    expect(exact('only my mom cant get my storage')).toEqual(['mom']);
    expect(exact('storage mom')).toEqual([]);
    expect(exact('microphone storage')).toEqual([]);
    // Words with digits and corrected words are not.
    expect(exact('ios27 storage')).toEqual([]);
    expect(exact('storge microphone')).toEqual([]);
  });
});
