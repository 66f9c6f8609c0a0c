/**
 * The guide's search API: the functions Pagefind's `pagefind.js` exports, with the guide's query
 * reading (`src/lib/search-query.ts`) in front of `search`. The site search loads this module as
 * its Pagefind bundle, and the search tests and benchmark load it the same way, so what they
 * measure is what people get.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import {
  closeMatches,
  countFilters,
  planQuery,
  rankByCoverage,
  searchQuality,
  type SearchQuality,
} from '../../lib/search-query';

type Filters = Record<string, Record<string, number>>;

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<unknown>;
}

interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Filters;
  totalFilters: Filters;
  timings: unknown;
}

interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, string>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse | null>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  filters(): Promise<Filters>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  destroy(): Promise<void>;
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

function pagefind(): Promise<Pagefind> {
  loaded ??= (async () => {
    const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as Pagefind;
    const { ranking, indexWeight } = pagefindUserConfig;
    await api.options({ ranking, ...(indexWeight === undefined ? {} : { indexWeight }) });
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

function totalPages(api: Pagefind): Promise<number> {
  pageCount ??= api.search(null).then((all) => all?.results.length ?? 0);
  return pageCount;
}

/**
 * Sets Pagefind options, as Pagefind's own `options`. One extra option, `onResults`, is called
 * after each search with the term and how well it matched (see `SearchReport`).
 */
export async function options(next: Record<string, unknown>): Promise<void> {
  const { onResults: callback, ...rest } = next;
  if (typeof callback === 'function') onResults = callback as (report: SearchReport) => void;
  await (await pagefind()).options(rest);
}

/** Loads the index chunks a search for `term` will need, as Pagefind's own `preload`. */
export async function preload(term: string, options: SearchOptions = {}): Promise<void> {
  const api = await pagefind();
  const plan = planQuery(term);
  const terms = plan.concepts.length === 0 ? [term] : plan.concepts.flatMap((c) => c.alternatives);
  await Promise.all([totalPages(api), filterMembership(api), ...terms.map((t) => api.preload(t, options))]);
}

/**
 * Searches the guide as Pagefind's own `search` does, answering with the same shape, but reads the
 * query first: each concept is searched with its alternatives and pages are ranked by how much of
 * the query they cover, so a page that misses one word is still found. Pages that match the
 * whole query keep Pagefind's excerpt for all its words.
 */
export async function search(
  term: string | null,
  options: SearchOptions = {},
): Promise<PagefindResponse | null> {
  const api = await pagefind();
  const plan = planQuery(term ?? '');
  if (term === null || plan.concepts.length === 0) {
    const response = await api.search(term, options);
    if (term !== null) report(term, response && response.results.length > 0 ? 'full' : 'none');
    return response;
  }

  const [whole, pages, members, ...perConcept] = await Promise.all([
    api.search(plan.literal, options),
    totalPages(api),
    filterMembership(api),
    ...plan.concepts.map((c) => Promise.all(c.alternatives.map((a) => api.search(a, options)))),
  ]);
  const found = perConcept.map((alternatives) => alternatives.map((r) => r?.results ?? []));
  const ranked = rankByCoverage(found, pages);
  const fromWhole = new Map(whole?.results.map((r) => [r.id, r]));
  const results = closeMatches(ranked).flatMap((page) => {
    const own =
      fromWhole.get(page.id) ?? found[page.concept]?.[page.alternative]?.find((r) => r.id === page.id);
    return own ? [{ ...own, score: page.score }] : [];
  });
  const ids = results.map((r) => r.id);
  report(term, searchQuality(ranked));
  return {
    results,
    unfilteredResultCount: results.length,
    filters: countFilters(ids, members),
    totalFilters: whole?.totalFilters ?? {},
    timings: whole?.timings,
  };
}

function report(term: string, quality: SearchQuality): void {
  onResults?.({ term, quality });
}

/** The filters of the index and how many pages carry each value, as Pagefind's own `filters`. */
export async function filters(): Promise<Filters> {
  return (await pagefind()).filters();
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
  await api?.destroy();
}
