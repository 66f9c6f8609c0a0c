/** The shapes of what Pagefind's `pagefind.js` answers, as far as the guide's search reads them. */

export type Filters = Record<string, Record<string, number>>;

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<unknown>;
}

/** What a result's `data()` gives, as far as the search reads it. */
export interface ResultData {
  excerpt?: string;
  content?: string;
  meta?: Record<string, string>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Filters;
  totalFilters: Filters;
  timings: unknown;
}

export interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, string>;
}

/** Pagefind's own API, as `pagefind.js` exports it. */
export interface Pagefind {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse | null>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  filters(): Promise<Filters>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  destroy(): Promise<void>;
}
