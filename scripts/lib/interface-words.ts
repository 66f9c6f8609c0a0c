/**
 * The guide's interface words (`src/content/i18n/*.json`) as the `Say` that `src/lib` code takes,
 * for the tests of code that writes words.
 */
import en from '../../src/content/i18n/en.json';
import es from '../../src/content/i18n/es.json';
import { fill, type Say, type WordKey } from '../../src/lib/words';

/** The words of one language, by key. */
export type Dictionary = Readonly<Record<WordKey, string>>;

/** A `Say` reading `dictionary`: the words for `key`, `values` put in at their `{{placeholders}}`. */
export function sayFrom(dictionary: Dictionary): Say {
  return (key, values = {}) => fill(dictionary[key], values);
}

/** The English words. */
export const sayEnglish: Say = sayFrom(en);
/** The Spanish words. */
export const saySpanish: Say = sayFrom(es);
