/**
 * Turns what a person types into what the guide's Pagefind index can answer, and ranks the pages
 * found for each part of it.
 *
 * Pagefind returns only pages that contain every word of a query, so "voice memos works but audio
 * message doesnt" finds nothing when one word is missing from the right page. Here the query is
 * split into concepts (stop words dropped, misspellings and slang corrected, synonyms added), each
 * concept is searched on its own, and pages are ranked by how much of the query they cover.
 */
import { correctWord, type Vocabulary } from './search-vocabulary';
import { CONTEXT_WORDS, SPELLINGS, STOP_WORDS, SYNONYMS, stem } from './search-words';
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
}

/** The guide's vocabulary in English. */
export const GUIDE_WORDS: SearchWords = {
  stopWords: STOP_WORDS,
  spellings: SPELLINGS,
  synonyms: SYNONYMS,
  stem,
  context: CONTEXT_WORDS,
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
}

/**
 * A query read into concepts; `literal` is the person's words, corrected and without stop words
 * or app names; `apps` the apps it names (as the index's `app` filter calls them).
 */
export interface QueryPlan {
  concepts: QueryConcept[];
  literal: string;
  apps: string[];
}

/** A page Pagefind found for one search, with Pagefind's score. */
export interface Hit {
  id: string;
  score: number;
}

/** A page ranked for the whole query, and which concept and alternative found it best. */
export interface RankedPage {
  id: string;
  score: number;
  /** Share of the weight of the concepts found anywhere that this page matches, from 0 to 1. */
  coverage: number;
  /** Share of the weight of all concepts, found or not, that this page matches, from 0 to 1. */
  share: number;
  concept: number;
  alternative: number;
}

/** How well a search went: every concept on one page, only some, or nothing at all. */
export type SearchQuality = 'full' | 'partial' | 'none';

const MAX_PHRASE_WORDS = 3;
/** How much a page about one app named in the query is lifted (a page about n apps: 1 / n of it). */
const APP_LIFT = 2;
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
  const typed = rewrite(withoutModels(tokenize(raw)), words.spellings);
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
    if (length === 1 && words.stopWords.has(literal)) continue;
    if (found.some((f) => f.literal === literal)) continue;
    // A synonym in another form ("restarted", "escuchan") belongs to its word's group.
    const group = groupOf.get(literal) ?? (length === 1 ? stemGroupOf.get(words.stem(literal)) : undefined);
    found.push({ literal, group });
  }

  const onlyContext = found.every((f) => words.context.has(f.literal));
  const concepts = found.map(({ literal, group }) => {
    const members = group === undefined ? [] : (words.synonyms[group] ?? []);
    const contrasted = found.some((f) => f.group === group && f.literal !== literal);
    const others = contrasted ? [] : members.filter((m) => m !== literal);
    const weight = !onlyContext && words.context.has(literal) ? CONTEXT_WEIGHT : 1;
    return { alternatives: [literal, ...others], weight };
  });
  return { concepts, literal: found.map((f) => f.literal).join(' '), apps };
}

/** Inverse document frequency, as Pagefind's own ranking computes it: rare words weigh more. */
function idf(totalPages: number, pagesWithTerm: number): number {
  return Math.log(1 + (totalPages - pagesWithTerm + 0.5) / (pagesWithTerm + 0.5));
}

/**
 * Ranks pages for a whole query from the hits of each concept's alternatives (`hits[concept]
 * [alternative]`): the best coverage of the query, not all-or-nothing. A page scores the sum, over
 * the concepts it matches, of the concept's weight times how well the page matches it (its
 * Pagefind score over the best page's, through its best alternative); rare concepts weigh more.
 * So a page that matches every word well comes first, and when no page has all the words, the
 * pages that match the most of the rarest ones, best, come next. Concepts no page matches are left
 * out of the score, as Pagefind leaves out unknown words, but count against `share`. A concept's
 * weight is also multiplied by its entry in `scale` (its `QueryConcept.weight`; 1 when absent).
 * Best first; ties by id, so the order is stable.
 */
export function rankByCoverage(
  hits: readonly (readonly (readonly Hit[])[])[],
  totalPages: number,
  scale: readonly number[] = [],
): RankedPage[] {
  const all = hits.map((alternatives, concept) => {
    const best = new Map<string, { relevance: number; alternative: number }>();
    alternatives.forEach((list, alternative) => {
      const top = Math.max(0, ...list.map((h) => h.score));
      for (const hit of list) {
        const relevance = top > 0 ? hit.score / top : 1;
        const seen = best.get(hit.id);
        if (!seen || relevance > seen.relevance) best.set(hit.id, { relevance, alternative });
      }
    });
    const weight = idf(Math.max(totalPages, best.size), best.size) * (scale[concept] ?? 1);
    return { concept, best, weight };
  });
  const concepts = all.filter((c) => c.best.size > 0);
  const totalWeight = concepts.reduce((sum, c) => sum + c.weight, 0);
  const queryWeight = all.reduce((sum, c) => sum + c.weight, 0);
  const ids = new Set(concepts.flatMap((c) => [...c.best.keys()]));
  const ranked: RankedPage[] = [];
  for (const id of ids) {
    let matched = 0;
    let score = 0;
    let strongest = { value: -1, concept: 0, alternative: 0 };
    for (const c of concepts) {
      const hit = c.best.get(id);
      if (!hit) continue;
      const value = c.weight * hit.relevance;
      matched += c.weight;
      score += value;
      if (value > strongest.value) strongest = { value, concept: c.concept, alternative: hit.alternative };
    }
    ranked.push({
      id,
      score,
      coverage: totalWeight > 0 ? matched / totalWeight : 0,
      share: queryWeight > 0 ? matched / queryWeight : 0,
      concept: strongest.concept,
      alternative: strongest.alternative,
    });
  }
  return ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The pages worth listing: those that score at least `fraction` of the best page's score, so a
 * page that shares one common word with the query does not pad the results. Keeps the order.
 */
export function closeMatches(ranked: readonly RankedPage[], fraction = 0.2): RankedPage[] {
  const best = Math.max(0, ...ranked.map((r) => r.score));
  return ranked.filter((r) => r.score >= best * fraction);
}

/**
 * `full` when some page matches every concept of the query, `partial` when pages match only
 * some (or some words are found nowhere), `none` when nothing matches.
 */
export function searchQuality(ranked: readonly RankedPage[]): SearchQuality {
  if (ranked.length === 0) return 'none';
  return ranked.some((r) => r.share > 0.999) ? 'full' : 'partial';
}

/**
 * How many of `ids` carry each filter value, given which pages carry it
 * (`membership[filter][value]`). Values no page in `ids` carries count 0.
 */
export function countFilters(
  ids: readonly string[],
  membership: Readonly<Record<string, Readonly<Record<string, ReadonlySet<string>>>>>,
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const [filter, values] of Object.entries(membership)) {
    const perValue: Record<string, number> = {};
    for (const [value, pages] of Object.entries(values)) {
      perValue[value] = ids.filter((id) => pages.has(id)).length;
    }
    counts[filter] = perValue;
  }
  return counts;
}

/**
 * Reads the apps a query names as a filter on ranked pages: keeps the pages that cover one of
 * `apps` (`membership.app[name]`), and lifts the pages about fewer apps, so an app's own page
 * comes before pages that cover every app. When no ranked page covers the apps, or the query
 * names none, the ranking stays as it is. Best first, ties by id.
 */
export function filterByApps(
  ranked: readonly RankedPage[],
  apps: readonly string[],
  membership: Readonly<Record<string, Readonly<Record<string, ReadonlySet<string>>>>>,
): RankedPage[] {
  const byApp = membership['app'] ?? {};
  const wanted = apps.map((app) => byApp[app]).filter((pages) => pages !== undefined);
  if (wanted.length === 0) return [...ranked];
  const kept = ranked.filter((page) => wanted.some((pages) => pages.has(page.id)));
  if (kept.length === 0) return [...ranked];
  const appsOn = (id: string) => Object.values(byApp).filter((pages) => pages.has(id)).length;
  return kept
    .map((page) => ({ ...page, score: page.score * (1 + APP_LIFT / Math.max(1, appsOn(page.id))) }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Whether a query asks nothing specific: every concept that any page matches is matched by at
 * least `share` of all pages ("cant send audio message"), or none is matched at all. Such a query
 * is best answered by the places to start, not by whichever page repeats the common words most.
 */
export function isGeneral(
  hits: readonly (readonly (readonly Hit[])[])[],
  totalPages: number,
  share = 0.75,
): boolean {
  if (totalPages <= 0) return false;
  return hits.every((alternatives) => {
    const pages = new Set(alternatives.flatMap((list) => list.map((h) => h.id)));
    return pages.size === 0 || pages.size >= totalPages * share;
  });
}

/** `text` with the characters that mean something in HTML written as entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Of `phrases`, the one that shares the most concepts of `plan`, how many, and its words that match. */
function bestPhrase(
  phrases: readonly string[],
  plan: QueryPlan,
  stemOf: (word: string) => string,
): { phrase: string; matched: number; marked: Set<string> } | undefined {
  const same = (typed: string, word: string) =>
    word === typed || word.startsWith(typed) || stemOf(word) === stemOf(typed);
  let best: { phrase: string; matched: number; marked: Set<string> } | undefined;
  for (const phrase of phrases) {
    const words = tokenize(phrase);
    const marked = new Set<string>();
    let matched = 0;
    for (const concept of plan.concepts) {
      const hit = concept.alternatives
        .map((alternative) => alternative.split(' '))
        .find((parts) => parts.every((part) => words.some((w) => same(part, w))));
      if (!hit) continue;
      matched++;
      for (const w of words) if (hit.some((part) => same(part, w))) marked.add(w);
    }
    if (matched > 0 && (!best || matched > best.matched)) best = { phrase, matched, marked };
  }
  return best;
}

/**
 * How much of the query one of a page's `phrases` (its symptoms) says, from 0 to 1: the share of
 * the query's concepts that its best phrase shares. A page that describes itself in the person's
 * own words is a better answer than one that only mentions them.
 */
export function symptomShare(
  phrases: readonly string[],
  plan: QueryPlan,
  stemOf: (word: string) => string = GUIDE_WORDS.stem,
): number {
  if (plan.concepts.length === 0) return 0;
  return (bestPhrase(phrases, plan, stemOf)?.matched ?? 0) / plan.concepts.length;
}

/**
 * The first `count` pages of a ranking re-ordered with what their symptoms say (`shares[i]`, from
 * `symptomShare`, for the i-th page): each score is lifted by up to `lift` (half) for a symptom that
 * says the whole query, so among close pages the one that names the trouble as the person did comes
 * first. The pages after `count` keep their place. Ties keep their order.
 */
export function liftBySymptoms<R extends { score: number }>(
  ranked: readonly R[],
  shares: readonly number[],
  count = shares.length,
  lift = 0.5,
): R[] {
  const head = ranked
    .slice(0, count)
    .map((page, i) => ({ page, i, score: page.score * (1 + lift * (shares[i] ?? 0) ** 2) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ page, score }) => ({ ...page, score }));
  return [...head, ...ranked.slice(count)];
}

/**
 * Of a page's `phrases` (its symptoms), the one that shares the most of the query's concepts, as
 * HTML: escaped, with the words that match in `<mark>`. A concept matches when every word of one of
 * its alternatives is in the phrase, in any form (same stem) or as the start of a word. `undefined`
 * when no phrase shares a concept. The query is never part of the HTML; only the phrase is.
 */
export function matchingPhrase(
  phrases: readonly string[],
  plan: QueryPlan,
  stemOf: (word: string) => string = GUIDE_WORDS.stem,
): string | undefined {
  const best = bestPhrase(phrases, plan, stemOf);
  if (!best) return undefined;
  const { marked } = best;
  return best.phrase
    .split(/(\s+)/)
    .map((piece) => {
      const word = tokenize(piece)[0];
      const html = escapeHtml(piece);
      return word !== undefined && tokenize(piece).length === 1 && marked.has(word)
        ? `<mark>${html}</mark>`
        : html;
    })
    .join('');
}
