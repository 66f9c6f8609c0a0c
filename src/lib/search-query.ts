/**
 * Turns what a person types into what the guide's Pagefind index can answer: the query read into
 * concepts, each searched on its own (`search-rank.ts` ranks the pages found for them).
 *
 * Pagefind returns only pages that contain every word of a query, so "voice memos works but audio
 * message doesnt" finds nothing when one word is missing from the right page. Here the query is
 * split into concepts (stop words dropped, misspellings and slang corrected, synonyms added), each
 * concept is searched on its own, and pages are ranked by how much of the query they cover. Typos are
 * corrected against the pages' own words (`search-vocabulary.ts`).
 */
import { correctWord, isKnown, type Vocabulary } from './search-vocabulary';
import { GUIDE_WORDS, type SearchWords } from './search-language';

/**
 * Apps whose name in a query is read as a filter, by the word that names them, with the name the
 * index's `app` filter uses: the app's brand, the same in every language (`guide.app.*` of the
 * interface words). Messages is left out: "messages" is also the everyday word.
 */
export const APP_WORDS: Readonly<Record<string, string>> = {
  whatsapp: 'WhatsApp',
  instagram: 'Instagram',
  messenger: 'Messenger',
  telegram: 'Telegram',
};

/**
 * One thing the person asked about; `alternatives[0]` is their word, the rest mean the same.
 * `weight` scales how much it counts in the ranking (1 unless it only gives the context).
 */
export interface QueryConcept {
  alternatives: string[];
  weight: number;
  /**
   * True for a word the pages never use, in any form, that is not the last word typed: it is searched
   * as it is, so that it does not find other words that begin with it ("mom" is not "moment"). The
   * last word may still be being typed, so it keeps finding the words it begins.
   */
  exact?: true;
}

/**
 * A query read into concepts; `literal` is the person's words, corrected and without stop words
 * or app names; `apps` the apps it names (as the index's `app` filter calls them); `howTo` whether
 * it asks how to do something or where something is, and nothing is wrong (`SearchWords.howTo`).
 */
export interface QueryPlan {
  concepts: QueryConcept[];
  literal: string;
  apps: string[];
  howTo: boolean;
  /** Whether it asks how to keep the trouble from coming back (`SearchWords.prevention`). */
  prevention: boolean;
  /** The person's words in order, corrected, stop words and app names kept. */
  words: string[];
}

const MAX_PHRASE_WORDS = 3;
/** How much a context word counts next to the words that say what the trouble is. */
const CONTEXT_WEIGHT = 0.5;

/**
 * Lowercase words of a query as Pagefind would read them, without accents ("micrófono" →
 * "microfono", as Pagefind matches both): apostrophes dropped ("won't" → "wont"), hyphenated words
 * joined ("wi-fi" → "wifi"), other punctuation ("¿", "¡" too) a word break; "0:00" stays whole.
 * Never throws; an empty or punctuation-only query gives no words.
 */
export function tokenize(raw: string): string[] {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1')
    .replace(/(?<!\p{N}):|:(?!\p{N})/gu, ' ')
    .split(/[^\p{L}\p{N}:]+/u)
    .filter((word) => word.length > 0);
}

/** A model number after "iphone" ("15", "se", "xr") and the words that name its size. */
const MODEL = /^(\d{1,2}|se|x|xr|xs)$/;
const MODEL_SIZE = /^(pro|max|promax|plus|mini|e)$/;

/**
 * The words without the iPhone model they name ("iphone 15 pro max" → "iphone"): the guide's
 * steps are the same on every model, so the model number only matches pages by chance.
 */
export function withoutModels(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    out.push(word);
    if (word !== 'iphone' || !MODEL.test(words[i + 1] ?? '')) continue;
    i++;
    while (MODEL_SIZE.test(words[i + 1] ?? '')) i++;
  }
  return out;
}

const ownWordsOf = new WeakMap<SearchWords, ReadonlySet<string>>();

/**
 * The words a language's own tables use: stop words, the words spellings lead to and every word of
 * a synonym. They are never corrected as misspellings, even when the pages do not use them.
 */
function ownWords(words: SearchWords): ReadonlySet<string> {
  let own = ownWordsOf.get(words);
  if (!own) {
    own = new Set([
      ...words.stopWords,
      ...Object.values(words.spellings).flatMap((v) => v.split(' ')),
      ...words.synonyms.flat().flatMap((phrase) => phrase.split(' ')),
    ]);
    ownWordsOf.set(words, own);
  }
  return own;
}

/** Replaces the longest phrase (up to three words) found in `table` at each position. */
function rewrite(words: readonly string[], table: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = false;
    for (let length = Math.min(MAX_PHRASE_WORDS, words.length - i); length > 0; length--) {
      const phrase = words.slice(i, i + length).join(' ');
      if (Object.hasOwn(table, phrase)) {
        out.push(...(table[phrase] ?? '').split(' ').filter((w) => w.length > 0));
        i += length;
        matched = true;
        break;
      }
    }
    if (!matched) out.push(words[i++] ?? '');
  }
  return out;
}

/**
 * Reads a query into concepts. Misspellings and slang become the guide's words ("ig" → "instagram"),
 * and with the pages' `vocabulary`, any other word the pages do not use is corrected to the closest
 * one they do ("acces" → "access"). App names become filters (`apps`) unless the query names
 * nothing else. Stop words go, each synonym phrase becomes one concept with its alternatives, the
 * person's own word first. When a query names two members of one synonym group ("voice memos work
 * but audio message doesn't"), the person is contrasting them, so each keeps only its own word.
 */
export function planQuery(raw: string, words: SearchWords = GUIDE_WORDS, vocabulary?: Vocabulary): QueryPlan {
  // "&" is a word to the pages (the "&" bug), named the same in every language.
  const typedWords = tokenize(raw.replace(/&/g, ' ampersand '));
  const typed = rewrite(withoutModels(typedWords), words.spellings);
  const own = ownWords(words);
  const corrected = vocabulary
    ? rewrite(
        typed.flatMap((t) => (own.has(t) || Object.hasOwn(APP_WORDS, t) ? [t] : correctWord(t, vocabulary))),
        words.spellings,
      )
    : typed;
  const tokens = corrected;
  const apps = [
    ...new Set(corrected.flatMap((t) => (Object.hasOwn(APP_WORDS, t) ? [APP_WORDS[t] ?? t] : []))),
  ];
  const groupOf = new Map<string, number>();
  const stemGroupOf = new Map<string, number>();
  words.synonyms.forEach((group, index) => {
    for (const phrase of group) {
      groupOf.set(phrase, index);
      if (!phrase.includes(' ')) stemGroupOf.set(words.stem(phrase), index);
    }
  });

  const found: { literal: string; group: number | undefined }[] = [];
  let i = 0;
  while (i < tokens.length) {
    let length = Math.min(MAX_PHRASE_WORDS, tokens.length - i);
    while (length > 1 && !groupOf.has(tokens.slice(i, i + length).join(' '))) length--;
    const literal = tokens.slice(i, i + length).join(' ');
    i += length;
    // Stop words, and single letters left over from a name ("h&m"), say nothing.
    if (length === 1 && (words.stopWords.has(literal) || /^\p{L}$/u.test(literal))) continue;
    if (found.some((f) => f.literal === literal)) continue;
    // A synonym in another form ("restarted", "escuchan") belongs to its word's group.
    const group = groupOf.get(literal) ?? (length === 1 ? stemGroupOf.get(words.stem(literal)) : undefined);
    found.push({ literal, group });
  }

  // Words that say only where the trouble is, or only that something is wrong, weigh half next to
  // the words that say what it is.
  const aside = (literal: string) => words.context.has(literal) || words.trouble?.has(literal) === true;
  const onlyContext = found.every((f) => aside(f.literal));
  const concepts = found.map(({ literal, group }) => {
    const members = group === undefined ? [] : (words.synonyms[group] ?? []);
    const contrasted = found.some((f) => f.group === group && f.literal !== literal);
    const others = contrasted ? [] : members.filter((m) => m !== literal);
    const weight = !onlyContext && aside(literal) ? CONTEXT_WEIGHT : 1;
    const unknown =
      vocabulary !== undefined &&
      others.length === 0 &&
      !literal.includes(' ') &&
      literal !== tokens[tokens.length - 1] &&
      /^\p{L}+$/u.test(literal) &&
      !own.has(literal) &&
      !isKnown(literal, vocabulary);
    return { alternatives: [literal, ...others], weight, ...(unknown ? { exact: true as const } : {}) };
  });
  const howTo =
    words.howTo !== undefined &&
    words.howTo.test(typedWords.join(' ')) &&
    !typedWords.some((w) => words.trouble?.has(w));
  const prevention = words.prevention?.test(typedWords.join(' ')) === true;
  return { concepts, literal: found.map((f) => f.literal).join(' '), apps, howTo, prevention, words: tokens };
}
