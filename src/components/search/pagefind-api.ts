/**
 * The guide's search API: the functions Pagefind's `pagefind.js` exports, with the guide's query
 * reading (`src/lib/search-query.ts`, ranked by `search-rank.ts` and `search-symptoms.ts`, then
 * `rerank.ts` here) in front of `search`. The site search loads this module as its Pagefind bundle,
 * and the search tests and benchmark load it the same way, so what they measure is what people get.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { wordsFor } from '../../lib/search-language';
import { planQuery, type QueryPlan } from '../../lib/search-query';
import {
  closeMatches,
  countFilters,
  filterByApps,
  isGeneral,
  rankByCoverage,
  searchQuality,
  type SearchQuality,
} from '../../lib/search-rank';
import { placeAt } from '../../lib/search-order';
import { matchingPhrase } from '../../lib/search-symptoms';
import { SYMPTOM_SEPARATOR } from '../../lib/search-index';
import { readVocabulary, vocabularyPath, type Vocabulary } from '../../lib/search-vocabulary';
import type {
  Filters,
  Pagefind,
  PagefindResponse,
  PagefindResult,
  ResultData,
  SearchOptions,
} from './pagefind-types';
import { appMentions, liftedBySymptoms, weighedByKind } from './rerank';

/**
 * The language of the page the search runs on, as Pagefind reads it to choose its index: queries
 * are read with that language's words, corrected against that language's pages.
 */
const lang = typeof document === 'undefined' ? 'en' : document.documentElement.lang;
const words = wordsFor(lang);

/** How a quoted symptom is introduced (`{phrase}` is the symptom); set by the `matchLabel` option. */
let matchLabel = 'Matches “{phrase}”';

/**
 * A result whose data says why the page matched: when one of the page's symptoms shares words
 * with the query, its excerpt quotes that symptom, matching words marked. The indexed symptoms
 * and synonyms are left out of the data, so they are never shown as a list.
 */
function explained(result: PagefindResult, plan: QueryPlan): PagefindResult {
  return {
    ...result,
    data: async () => {
      const data = (await result.data()) as ResultData;
      const meta = { ...data.meta };
      const symptoms = (meta['symptoms'] ?? '').split(SYMPTOM_SEPARATOR).filter((s) => s.trim() !== '');
      delete meta['symptoms'];
      delete meta['synonyms'];
      const phrase = matchingPhrase(symptoms, plan, words.stem);
      return { ...data, meta, ...(phrase ? { excerpt: matchLabel.replace('{phrase}', () => phrase) } : {}) };
    },
  };
}

/** What a finished search reports to `onResults`: the term as typed and how well it matched. */
export interface SearchReport {
  term: string;
  quality: SearchQuality;
}

let loaded: Promise<Pagefind> | undefined;
let onResults: ((report: SearchReport) => void) | undefined;
let pageCount: Promise<number> | undefined;
let membership: Promise<Record<string, Record<string, Set<string>>>> | undefined;
let pageVocabulary: Promise<Vocabulary | undefined> | undefined;
/** Answers to the searches this page has made, by term and options: typing repeats most of them. */
const answers = new Map<string, Promise<PagefindResponse | null>>();
const MAX_ANSWERS = 300;

/** Pagefind's answer for one term, from the answers already given when it was asked before. */
function searchOnce(
  api: Pagefind,
  term: string | null,
  options: SearchOptions,
): Promise<PagefindResponse | null> {
  const key = JSON.stringify([term, options.filters ?? {}, options.sort ?? {}]);
  let answer = answers.get(key);
  if (!answer) {
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answer = api.search(term, options);
    answers.set(key, answer);
  }
  return answer;
}

/** The index's filter that marks the places to start; used here, never offered as a filter. */
const START_FILTER = 'start';
/** The share of pages a query's every word is on for the places to start to follow its two best pages. */
const MOSTLY_GENERAL = 0.45;
/** The index's filter that names a page's kind (`kind` of its frontmatter); never offered either. */
const KIND_FILTER = 'kind';
const root = import.meta.env.BASE_URL.replace(/\/$/, '');

function pagefind(): Promise<Pagefind> {
  loaded ??= (async () => {
    const url = `${root}/pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as Pagefind;
    const { ranking, indexWeight } = pagefindUserConfig;
    await api.options({ ranking, ...(indexWeight === undefined ? {} : { indexWeight }) });
    // Until Pagefind starts, each `options` call replaces the last one: starting it now keeps the
    // ranking when the dialog or a test sets other options before the first search.
    await api.init();
    // What every query needs besides its own words, read now rather than after the first keypress:
    // a few small files, and the first search no longer waits for them in turn.
    // A failure here is the first search's to report.
    const later = () => undefined;
    void Promise.all([totalPages(api), filterMembership(api), pageWords()]).catch(later);
    return api;
  })();
  return loaded;
}

/** Which pages carry each filter value, read once from the index. */
function filterMembership(api: Pagefind): Promise<Record<string, Record<string, Set<string>>>> {
  membership ??= (async () => {
    const pairs = Object.entries(await api.filters()).flatMap(([filter, values]) =>
      Object.keys(values).map((value) => [filter, value] as const),
    );
    const found = await Promise.all(
      pairs.map(([filter, value]) => api.search(null, { filters: { [filter]: value } })),
    );
    const out: Record<string, Record<string, Set<string>>> = {};
    pairs.forEach(([filter, value], i) => {
      out[filter] = { ...out[filter], [value]: new Set(found[i]?.results.map((r) => r.id) ?? []) };
    });
    return out;
  })();
  return membership;
}

/** The pages' vocabulary, for correcting misspelt words; none when it cannot be loaded. */
function pageWords(): Promise<Vocabulary | undefined> {
  pageVocabulary ??= fetch(`${root}/${vocabularyPath(lang)}`)
    .then((response) => (response.ok ? response.json() : undefined))
    .then((data: unknown) => readVocabulary(data, words.stem))
    .catch(() => undefined);
  return pageVocabulary;
}

/** Filters as offered to people: without the index's own marker of the places to start. */
function offered(filters: Filters): Filters {
  const { [START_FILTER]: _start, [KIND_FILTER]: _kind, ...rest } = filters;
  return rest;
}

function totalPages(api: Pagefind): Promise<number> {
  pageCount ??= api.search(null).then((all) => all?.results.length ?? 0);
  return pageCount;
}

/**
 * Sets Pagefind options, as Pagefind's own `options`. Two extra options: `onResults` is called
 * after each search with the term and how well it matched (see `SearchReport`); `matchLabel`
 * introduces the symptom a result quotes, in the page's language (`{phrase}` is the symptom).
 */
export async function options(next: Record<string, unknown>): Promise<void> {
  const { onResults: callback, matchLabel: label, ...rest } = next;
  if (typeof callback === 'function') onResults = callback as (report: SearchReport) => void;
  if (typeof label === 'string' && label.includes('{phrase}')) matchLabel = label;
  answers.clear();
  await (await pagefind()).options(rest);
}

/** Loads the index chunks a search for `term` will need, as Pagefind's own `preload`. */
export async function preload(term: string, options: SearchOptions = {}): Promise<void> {
  const [api, vocabulary] = await Promise.all([pagefind(), pageWords()]);
  const plan = planQuery(term, words, vocabulary);
  const terms = plan.concepts.length === 0 ? [term] : plan.concepts.flatMap((c) => c.alternatives);
  await Promise.all([totalPages(api), filterMembership(api), ...terms.map((t) => api.preload(t, options))]);
}

/**
 * Searches the guide as Pagefind's own `search` does, answering with the same shape, but reads the
 * query first (see `planQuery`): misspelt words are corrected against the pages' vocabulary, app
 * names filter the results, each concept is searched with its alternatives and pages are ranked by
 * how much of the query they cover, so a page that misses one word is still found. A query that
 * asks nothing specific leads with the places to start. Pages that match the whole query keep
 * Pagefind's excerpt for all its words.
 */
export async function search(
  term: string | null,
  options: SearchOptions = {},
): Promise<PagefindResponse | null> {
  const [api, vocabulary] = await Promise.all([pagefind(), pageWords()]);
  const plan = planQuery(term ?? '', words, vocabulary);
  if (term === null) {
    const response = await api.search(term, options);
    return response && { ...response, filters: offered(response.filters) };
  }
  if (plan.concepts.length === 0) return startHere(api, term, options);

  const [whole, pages, members, ...perConcept] = await Promise.all([
    searchOnce(api, plan.literal, options),
    totalPages(api),
    filterMembership(api),
    ...plan.concepts.map((c) =>
      Promise.all(c.alternatives.map((a) => searchOnce(api, c.exact ? `"${a}"` : a, options))),
    ),
  ]);
  const found = perConcept.map((alternatives) => alternatives.map((r) => r?.results ?? []));
  const covered = rankByCoverage(
    found,
    pages,
    plan.concepts.map((c) => c.weight),
  );
  if (covered.length === 0) return startHere(api, term, options);
  const ranked = filterByApps(
    closeMatches(covered),
    plan.apps,
    members,
    await appMentions(plan, (app) => searchOnce(api, app, options)),
  );
  const fromWhole = new Map(whole?.results.map((r) => [r.id, r]));
  let results = ranked.flatMap((page) => {
    const own =
      fromWhole.get(page.id) ?? found[page.concept]?.[page.alternative]?.find((r) => r.id === page.id);
    return own ? [{ ...own, score: page.score }] : [];
  });
  results = await liftedBySymptoms(results, plan, words);
  results = weighedByKind(results, plan, words, members[KIND_FILTER] ?? {});
  // Words that say only that something is wrong, or only where ("imessage"), ask nothing specific.
  const unspecific = plan.concepts.map((c) => {
    const word = c.alternatives[0] ?? '';
    return words.trouble?.has(word) === true || words.context.has(word);
  });
  // A query with nothing specific leads with the places to start; one whose words nearly half the
  // pages use shows them after its two best pages.
  const asksLittle = plan.apps.length === 0 && !plan.howTo;
  const startsAt = !asksLittle
    ? undefined
    : isGeneral(found, pages, undefined, unspecific)
      ? 0
      : isGeneral(found, pages, MOSTLY_GENERAL, unspecific)
        ? 2
        : undefined;
  if (startsAt !== undefined) {
    // Within the filters the person chose: a place to start that is not about their app is left out.
    const filters = { ...options.filters, [START_FILTER]: 'yes' };
    const starts = (await searchOnce(api, null, { ...options, filters }))?.results ?? [];
    results = placeAt(
      results,
      starts.map((r) => fromWhole.get(r.id) ?? r),
      startsAt,
    );
  }
  const ids = results.map((r) => r.id);
  report(term, searchQuality(covered));
  return {
    results: results.map((r) => explained(r, plan)),
    unfilteredResultCount: results.length,
    filters: offered(countFilters(ids, members)),
    totalFilters: offered(whole?.totalFilters ?? {}),
    timings: whole?.timings,
  };
}

/**
 * The answer to a query with nothing to find (only stop words, emoji or punctuation, or words no
 * page uses): the places to start, never an empty list; the dialog's hint says why.
 */
async function startHere(
  api: Pagefind,
  term: string,
  options: SearchOptions,
): Promise<PagefindResponse | null> {
  const response = await api.search(null, { ...options, filters: { [START_FILTER]: 'yes' } });
  report(term, 'none');
  return response && { ...response, filters: offered(response.filters) };
}

function report(term: string, quality: SearchQuality): void {
  onResults?.({ term, quality });
}

/** The filters of the index and how many pages carry each value, as Pagefind's own `filters`. */
export async function filters(): Promise<Filters> {
  return offered(await (await pagefind()).filters());
}

/** Adds another Pagefind index to searches, as Pagefind's own `mergeIndex`. */
export async function mergeIndex(url: string, options: Record<string, unknown> = {}): Promise<void> {
  await (await pagefind()).mergeIndex(url, options);
}

/** Unloads Pagefind, as Pagefind's own `destroy`; the next call loads it again. */
export async function destroy(): Promise<void> {
  const api = await loaded;
  loaded = undefined;
  pageCount = undefined;
  membership = undefined;
  answers.clear();
  await api?.destroy();
}
