/**
 * Moves pages in a ranking after the fact: pages of a kind the query does not ask for after the
 * others, and pages put in at a place of their own (the places to start).
 */
/**
 * The ranking with the score of each page in `pages` multiplied by `factor` (a share, from 0 to 1),
 * best first, ties keeping their order: pages of a kind the query does not ask for come after the
 * pages that answer it when both match about as well.
 */
export function weighPages<R extends { id: string; score: number }>(
  ranked: readonly R[],
  pages: ReadonlySet<string>,
  factor: number,
): R[] {
  return ranked
    .map((page, i) => ({ page: pages.has(page.id) ? { ...page, score: page.score * factor } : page, i }))
    .sort((a, b) => b.page.score - a.page.score || a.i - b.i)
    .map(({ page }) => page);
}

/**
 * `ranked` with `placed` put in at position `at` (0: first), in their order, each scored as the page
 * it moves down (the last page's score past the end), and left out where they were.
 */
export function placeAt<R extends { id: string; score: number }>(
  ranked: readonly R[],
  placed: readonly R[],
  at: number,
): R[] {
  const ids = new Set(placed.map((page) => page.id));
  const rest = ranked.filter((page) => !ids.has(page.id));
  const index = Math.max(0, Math.min(at, rest.length));
  const score = rest[index]?.score ?? rest[rest.length - 1]?.score ?? 1;
  return [...rest.slice(0, index), ...placed.map((page) => ({ ...page, score })), ...rest.slice(index)];
}
