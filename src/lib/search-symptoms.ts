/**
 * What a page says about itself, read against a query: which of its symptoms says the query best,
 * how the pages whose symptoms say it are lifted, and that symptom as HTML for the result.
 */
import { GUIDE_WORDS } from './search-language';
import { tokenize, type QueryPlan } from './search-query';

/** `text` with the characters that mean something in HTML written as entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** How much a concept counts in a phrase that says it with another word of its synonyms. */
const SYNONYM_MATCH = 0.75;

/** Each word with the word after it, as "a b". */
function pairsOf(words: readonly string[]): string[] {
  return words.slice(1).map((word, i) => `${words[i] ?? ''} ${word}`);
}

/** The share of `pairs` that are neighbours in `words` too, from 0 to 1 (0 when there are none). */
function shareOfPairs(pairs: readonly string[], words: readonly string[]): number {
  if (pairs.length === 0) return 0;
  const own = new Set(pairsOf(words));
  return pairs.filter((pair) => own.has(pair)).length / pairs.length;
}

/**
 * The share of the query's pairs of neighbouring words, stop words included, that stand side by
 * side in `text` (a page's text) too, from 0 to 1: "mark as known" on the page that says
 * "Mark as Known", not only on pages that have the three words apart.
 */
export function pairShare(text: string, plan: QueryPlan): number {
  return shareOfPairs(pairsOf(plan.words), tokenize(text));
}

/** A phrase read against a query: how much of it the phrase says, and the phrase's words that match. */
interface PhraseMatch {
  phrase: string;
  /** The concepts it shares, a concept said with a synonym counting `SYNONYM_MATCH`. */
  matched: number;
  /** The share of the query's pairs of neighbouring words it has as neighbours too, from 0 to 1. */
  pairs: number;
  marked: Set<string>;
  /** The phrase's words, for telling how much it says beyond the query. */
  words: string[];
}

/** Each of `phrases` read against `plan`: the concepts it shares and the query's word pairs it has. */
function readPhrases(
  phrases: readonly string[],
  plan: QueryPlan,
  stemOf: (word: string) => string,
): PhraseMatch[] {
  const same = (typed: string, word: string) =>
    word === typed || word.startsWith(typed) || stemOf(word) === stemOf(typed);
  const queryPairs = pairsOf(plan.words);
  return phrases.map((phrase) => {
    const words = tokenize(phrase);
    const marked = new Set<string>();
    let matched = 0;
    for (const concept of plan.concepts) {
      const alternatives = concept.alternatives.map((alternative) => alternative.split(' '));
      const index = alternatives.findIndex((parts) =>
        parts.every((part) => words.some((w) => same(part, w))),
      );
      const hit = alternatives[index];
      if (!hit) continue;
      matched += index === 0 ? 1 : SYNONYM_MATCH;
      for (const w of words) if (hit.some((part) => same(part, w))) marked.add(w);
    }
    const pairs = shareOfPairs(queryPairs, words);
    return { phrase, matched, pairs, marked, words };
  });
}

/** Of `phrases`, the one that shares the most concepts of `plan`; none when none shares one. */
function bestPhrase(
  phrases: readonly string[],
  plan: QueryPlan,
  stemOf: (word: string) => string,
): PhraseMatch | undefined {
  let best: PhraseMatch | undefined;
  for (const read of readPhrases(phrases, plan, stemOf)) {
    if (read.matched > 0 && (!best || read.matched > best.matched)) best = read;
  }
  return best;
}

/** How much a symptom that has the query's words next to each other, as typed, adds to its share. */
const PAIR_WEIGHT = 0.5;

/** How much of its share a symptom loses when all its words, but the query's, say something else. */
const BEYOND_WEIGHT = 0.25;

/**
 * How much of the query one of a page's `phrases` (its symptoms) says, from 0 to 1.5: the share of
 * the query's concepts that a phrase shares, plus up to `PAIR_WEIGHT` for having the query's pairs
 * of neighbouring words, stop words included ("not available", "never got"), best phrase. A page
 * that describes itself in the person's own words is a better answer than one that only mentions
 * them. A question for steps (`plan.howTo`) is answered by the symptoms that ask a question of the
 * same form (`question`, as `SearchWords.howTo`), not by the troubles the page lists. With
 * `stopWords`, a symptom loses up to `BEYOND_WEIGHT` of its share by the share of its other words
 * that the query does not say: "screen time blocking the mic" is said best by a symptom that says
 * just that, not by "stop screen time blocking the mic again".
 */
export function symptomShare(
  phrases: readonly string[],
  plan: QueryPlan,
  stemOf: (word: string) => string = GUIDE_WORDS.stem,
  question: RegExp | undefined = GUIDE_WORDS.howTo,
  stopWords?: ReadonlySet<string>,
): number {
  if (plan.concepts.length === 0) return 0;
  const asked =
    plan.howTo && question ? phrases.filter((phrase) => question.test(tokenize(phrase).join(' '))) : phrases;
  const values = readPhrases(asked, plan, stemOf).map((read) => {
    const share = read.matched / plan.concepts.length + PAIR_WEIGHT * read.pairs;
    const own = stopWords ? read.words.filter((w) => !stopWords.has(w)) : [];
    const beyond = own.length > 0 ? own.filter((w) => !read.marked.has(w)).length / own.length : 0;
    return share * (1 - BEYOND_WEIGHT * beyond);
  });
  return Math.max(0, ...values);
}

/**
 * The first `count` pages of a ranking re-ordered with what their symptoms say (`shares[i]`, from
 * `symptomShare`, for the i-th page): each score is lifted by `lift` times the share squared, so a
 * symptom that says the whole query doubles it, so among close pages the one that names the trouble as the person did comes
 * first. The pages after `count` keep their place. Ties keep their order.
 */
export function liftBySymptoms<R extends { score: number }>(
  ranked: readonly R[],
  shares: readonly number[],
  count = shares.length,
  lift = 1,
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
