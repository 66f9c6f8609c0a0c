/**
 * Ranks the pages Pagefind finds for each concept of a query (see `search-query.ts`) by how much of
 * the whole query they cover, and reads app names as a filter on that ranking.
 */

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

/** How much a page about one app named in the query is lifted (a page about n apps: 1 / n of it). */
const APP_LIFT = 2;

/** The share of the app lift a page about the app gets when it never says the app's name. */
const MENTION_FLOOR = 0.2;

/**
 * How strongly rarity weighs a concept: its inverse document frequency to this power. Below 1, so a
 * rare word that says little ("give", "different") does not outweigh two words that say the trouble.
 */
const IDF_POWER = 0.5;

/** Inverse document frequency, as Pagefind's own ranking computes it: rare words weigh more. */
function idf(totalPages: number, pagesWithTerm: number): number {
  return Math.log(1 + (totalPages - pagesWithTerm + 0.5) / (pagesWithTerm + 0.5));
}

/**
 * Ranks pages for a whole query from the hits of each concept's alternatives (`hits[concept]
 * [alternative]`): the best coverage of the query, not all-or-nothing. A page scores the sum, over
 * the concepts it matches, of the concept's weight times how well the page matches it (its
 * Pagefind score over the best page's, through its best alternative); rare concepts weigh more (the
 * square root of their inverse document frequency, `IDF_POWER`).
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
    const weight = idf(Math.max(totalPages, best.size), best.size) ** IDF_POWER * (scale[concept] ?? 1);
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
 * comes before pages that cover every app. With `mentions` (how much each page says the app's
 * name, from 0 to 1, as Pagefind scores it against the best page), most of the lift goes by it, so
 * among pages about one app, the page that talks about the app comes before a page that only
 * mentions it. When no ranked page covers the apps, or the query names none, the ranking stays as
 * it is. Best first, ties by id.
 */
export function filterByApps(
  ranked: readonly RankedPage[],
  apps: readonly string[],
  membership: Readonly<Record<string, Readonly<Record<string, ReadonlySet<string>>>>>,
  mentions?: ReadonlyMap<string, number>,
): RankedPage[] {
  const byApp = membership['app'] ?? {};
  const wanted = apps.map((app) => byApp[app]).filter((pages) => pages !== undefined);
  if (wanted.length === 0) return [...ranked];
  const kept = ranked.filter((page) => wanted.some((pages) => pages.has(page.id)));
  if (kept.length === 0) return [...ranked];
  const appsOn = (id: string) => Object.values(byApp).filter((pages) => pages.has(id)).length;
  return kept
    .map((page) => {
      const mention = mentions === undefined ? 1 : (mentions.get(page.id) ?? 0);
      const said =
        MENTION_FLOOR +
        (1 - MENTION_FLOOR) * (Number.isFinite(mention) ? Math.min(1, Math.max(0, mention)) : 0);
      return { ...page, score: page.score * (1 + (APP_LIFT * said) / Math.max(1, appsOn(page.id))) };
    })
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Whether a query asks nothing specific: every concept that any page matches is matched by at
 * least `share` of all pages ("cant send audio message"), or none is matched at all. Such a query
 * is best answered by the places to start, not by whichever page repeats the common words most.
 * A concept marked in `saysOnlyTrouble` (a word that only says something is wrong: "failed",
 * "error") asks nothing specific either, however few pages use it.
 */
export function isGeneral(
  hits: readonly (readonly (readonly Hit[])[])[],
  totalPages: number,
  share = 0.75,
  saysOnlyTrouble: readonly boolean[] = [],
): boolean {
  if (totalPages <= 0) return false;
  return hits.every((alternatives, concept) => {
    if (saysOnlyTrouble[concept] === true) return true;
    const pages = new Set(alternatives.flatMap((list) => list.map((h) => h.id)));
    return pages.size === 0 || pages.size >= totalPages * share;
  });
}
