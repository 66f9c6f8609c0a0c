import { describe, expect, it } from 'vitest';
import { GUIDE_WORDS, SPANISH_WORDS, wordsFor } from './search-language';

describe('wordsFor', () => {
  it('reads Spanish on Spanish pages, in any region, and English anywhere else', () => {
    expect(wordsFor('es')).toBe(SPANISH_WORDS);
    expect(wordsFor('es-MX')).toBe(SPANISH_WORDS);
    expect(wordsFor('ES')).toBe(SPANISH_WORDS);
    for (const lang of ['en', 'en-US', '', null, undefined, 'fr', '<b>'])
      expect(wordsFor(lang)).toBe(GUIDE_WORDS);
  });

  it('reads questions about prevention in English only', () => {
    expect(GUIDE_WORDS.prevention?.test('how to prevent it')).toBe(true);
    expect(SPANISH_WORDS.prevention).toBeUndefined();
  });
});
