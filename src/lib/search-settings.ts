/**
 * Settings of the site search shared by the build, the search dialog and the search benchmark.
 * No imports, so Node scripts can read it as it is.
 */

/** How long the search dialog waits after the last keypress before it searches (Pagefind: 300). */
export const SEARCH_PAUSE_MS = 200;

/**
 * The pages a search with no specific word leads to first, as the search hint does: "What do you
 * see?" and the quick checks. The index marks them with the filter `start:yes`, which the search
 * uses and does not offer as a filter.
 */
export const START_PAGES: readonly string[] = ['diagnose', 'quick-checks'];

/**
 * How much a match in a page's indexed metadata adds to its Pagefind score
 * (`pagefind.ranking.metaWeights`): its title, the `symptoms` people type, its `synonyms`.
 */
export const META_WEIGHTS: Readonly<Record<string, number>> = { title: 5, symptoms: 4, synonyms: 2 };

/**
 * Pagefind weight of a list of other pages on a page that lists them ("All causes", the fix path,
 * the apps): half of body text, so a page is found before the list that repeats its title and
 * summary, while the list page is still found by its own words.
 */
export const LIST_WEIGHT = 0.5;
