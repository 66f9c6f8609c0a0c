/**
 * The languages the search reads queries in: each language's words (`search-words.ts` for English,
 * `search-words-es.ts` for Spanish) gathered into one `SearchWords`, and the one to read a query
 * with on a page in a given language. Another language adds a file of words and an entry here.
 */
import {
  CONTEXT_WORDS,
  HOW_TO,
  PREVENTION,
  SPELLINGS,
  STOP_WORDS,
  SYNONYMS,
  TROUBLE_WORDS,
  stem,
} from './search-words';
import * as spanish from './search-words-es';

/** The language a query is read with; `search-words.ts` holds the guide's English. */
export interface SearchWords {
  stopWords: ReadonlySet<string>;
  spellings: Readonly<Record<string, string>>;
  synonyms: readonly (readonly string[])[];
  /** Reduces a word to its stem, so that other forms of a word count as that word. */
  stem: (word: string) => string;
  /**
   * Words that say where the trouble is rather than what it is ("imessage"): next to other words
   * they weigh half, so the page about the trouble comes before the page about the place.
   */
  context: ReadonlySet<string>;
  /**
   * How a query that asks how to do something, or where something is, begins ("how do i", "where
   * is"): without a `trouble` word, such a question asks for the steps, not for what is wrong.
   * None when the language reads no such questions.
   */
  howTo?: RegExp;
  /**
   * Words that ask how to keep the trouble from coming back; without them, a query asks what is
   * wrong now. None when the language reads no such questions.
   */
  prevention?: RegExp;
  /** Words that only say something is wrong ("cant", "failed", "error"), not what. */
  trouble?: ReadonlySet<string>;
}

/** The guide's vocabulary in English. */
export const GUIDE_WORDS: SearchWords = {
  stopWords: STOP_WORDS,
  spellings: SPELLINGS,
  synonyms: SYNONYMS,
  stem,
  context: CONTEXT_WORDS,
  howTo: HOW_TO,
  prevention: PREVENTION,
  trouble: TROUBLE_WORDS,
};

/** The guide's vocabulary in Spanish (`search-words-es.ts`). */
export const SPANISH_WORDS: SearchWords = {
  stopWords: spanish.STOP_WORDS,
  spellings: spanish.SPELLINGS,
  synonyms: spanish.SYNONYMS,
  stem: spanish.stem,
  context: spanish.CONTEXT_WORDS,
};

/**
 * The vocabulary to read a query with on a page in `lang`, a language tag as in `<html lang>`
 * ("es", "es-MX", "en"): its language's, English for any other.
 */
export function wordsFor(lang: string | null | undefined): SearchWords {
  const language = (lang ?? '').toLowerCase().split('-')[0];
  return language === 'es' ? SPANISH_WORDS : GUIDE_WORDS;
}
