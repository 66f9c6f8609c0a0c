/**
 * The guide's own vocabulary, for reading misspelt queries: every word its pages use, with how
 * often. The build writes it to `/search-vocabulary.json` (src/pages/search-vocabulary.json.ts);
 * the search loads it with the index and corrects a word it does not know to the closest word the
 * pages use (edit distance), or splits it into two known words ("lowdata" → "low data").
 */

import { TRANSLATIONS } from './translations';

/**
 * Where the vocabulary of the pages in `lang` (a language tag as in `<html lang>`) is, below the
 * site's base: `search-vocabulary.json` for English, `es/search-vocabulary.json` for Spanish (each
 * translation's folder).
 */
export function vocabularyPath(lang: string | null | undefined): string {
  const language = (lang ?? '').toLowerCase().split('-')[0];
  const locale = Object.entries(TRANSLATIONS).find(([, t]) => t.lang === language)?.[0];
  return locale === undefined ? 'search-vocabulary.json' : `${locale}/search-vocabulary.json`;
}

/** The vocabulary as the build writes it: words and, at the same positions, how often each occurs. */
export interface VocabularyData {
  words: string[];
  counts: number[];
}

/** The vocabulary as the search reads it. */
export interface Vocabulary {
  /** How often each word occurs in the pages. */
  counts: ReadonlyMap<string, number>;
  /** The stems of every word, so other forms of a known word count as known. */
  stems: ReadonlySet<string>;
  stem: (word: string) => string;
}

/** Words shorter than this are never corrected: too many short words are one edit apart. */
const MIN_CORRECTED_LENGTH = 4;

/**
 * The vocabulary of some texts: every word `tokenize` finds that has a letter and two or more
 * characters, with its count, most frequent first (ties alphabetically).
 */
export function vocabularyFrom(
  texts: readonly string[],
  tokenize: (text: string) => string[],
): VocabularyData {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of tokenize(text)) {
      if (word.length < 2 || !/\p{L}/u.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { words: sorted.map(([w]) => w), counts: sorted.map(([, n]) => n) };
}

/**
 * Reads vocabulary data as the search loads it; `undefined` when it is not well formed, so a
 * broken or missing file only turns correction off.
 */
export function readVocabulary(data: unknown, stem: (word: string) => string): Vocabulary | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { words, counts } = data as Partial<VocabularyData>;
  if (!Array.isArray(words) || !Array.isArray(counts) || words.length !== counts.length) return undefined;
  const map = new Map<string, number>();
  words.forEach((word, i) => {
    const count = counts[i];
    if (typeof word === 'string' && typeof count === 'number') map.set(word, count);
  });
  return { counts: map, stems: new Set([...map.keys()].map(stem)), stem };
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost 1) between `a` and `b`, or `max + 1` as soon as it must exceed
 * `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** Whether the pages use this word or another form of it. */
export function isKnown(word: string, vocabulary: Vocabulary): boolean {
  return vocabulary.counts.has(word) || vocabulary.stems.has(vocabulary.stem(word));
}

/** The known word closest to `word` within `max` edits: fewest edits, then same first letter, then most used. */
function closest(word: string, vocabulary: Vocabulary, max: number): string | undefined {
  let best: { word: string; distance: number; first: boolean; count: number } | undefined;
  for (const [candidate, count] of vocabulary.counts) {
    if (candidate.length < MIN_CORRECTED_LENGTH - 1) continue;
    const distance = editDistance(word, candidate, max);
    if (distance > max) continue;
    const first = candidate[0] === word[0];
    const better =
      !best ||
      distance < best.distance ||
      (distance === best.distance && first && !best.first) ||
      (distance === best.distance && first === best.first && count > best.count);
    if (better) best = { word: candidate, distance, first, count };
  }
  return best?.word;
}

/** Two known words that `word` is made of ("lowdata" → ["low", "data"]), the most used pair. */
function split(word: string, vocabulary: Vocabulary): string[] | undefined {
  let best: { parts: string[]; count: number } | undefined;
  for (let i = 3; i <= word.length - 3; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    const count = Math.min(vocabulary.counts.get(left) ?? 0, vocabulary.counts.get(right) ?? 0);
    if (count > 0 && (!best || count > best.count)) best = { parts: [left, right], count };
  }
  return best?.parts;
}

/**
 * The words to search for instead of `word`, when the pages do not use it in any form: the closest
 * known word (one edit for words up to seven letters, two for longer ones), else two known words
 * it joins, else the word as typed. Known words, short words and words with digits stay as typed.
 */
export function correctWord(word: string, vocabulary: Vocabulary): string[] {
  if (word.length < MIN_CORRECTED_LENGTH || /\P{L}/u.test(word) || isKnown(word, vocabulary)) {
    return [word];
  }
  const near = closest(word, vocabulary, 1);
  if (near) return [near];
  const parts = split(word, vocabulary);
  if (parts) return parts;
  const far = word.length >= 8 ? closest(word, vocabulary, 2) : undefined;
  return far ? [far] : [word];
}
