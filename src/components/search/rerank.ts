/**
 * What the guide's search does with Pagefind's results once the query is ranked by coverage: how
 * much each page says the apps the query names, the best pages re-ordered by what their symptoms
 * and text say, and pages of a kind the query does not ask for put after the others.
 */
import type { SearchWords } from '../../lib/search-language';
import type { QueryPlan } from '../../lib/search-query';
import { weighPages } from '../../lib/search-order';
import { liftBySymptoms, pairShare, symptomShare } from '../../lib/search-symptoms';
import { SYMPTOM_SEPARATOR } from '../../lib/search-index';
import type { PagefindResponse, PagefindResult, ResultData } from './pagefind-types';

/**
 * How much a page weighs when the query does not ask for its kind: a prevention page when the query
 * does not ask how to keep the trouble from coming back, an app's page when it names no app.
 */
const ASIDE_WEIGHT = 0.75;

/**
 * The results with the pages of a kind the query does not ask for weighed down (`ASIDE_WEIGHT`),
 * given which pages are of each kind (`kinds[kind]`): tips for keeping it from coming back answer
 * a question about the future, not what is wrong now, when the language reads such questions; a
 * page about one app answers a question that names the app.
 */
export function weighedByKind<R extends PagefindResult>(
  results: R[],
  plan: QueryPlan,
  words: SearchWords,
  kinds: Readonly<Record<string, ReadonlySet<string>>>,
): R[] {
  let out = results;
  const prevention = kinds['prevention'];
  if (words.prevention && !plan.prevention && prevention) out = weighPages(out, prevention, ASIDE_WEIGHT);
  const apps = kinds['app'];
  if (plan.apps.length === 0 && apps) out = weighPages(out, apps, ASIDE_WEIGHT);
  return out;
}

/**
 * How much each page says the names of the apps the query names, from 0 to 1 (its Pagefind score
 * over the best page's); undefined when the query names no app.
 */
export async function appMentions(
  plan: QueryPlan,
  search: (term: string) => Promise<PagefindResponse | null>,
): Promise<Map<string, number> | undefined> {
  if (plan.apps.length === 0) return undefined;
  const found = await Promise.all(plan.apps.map((app) => search(app.toLowerCase())));
  const said = new Map<string, number>();
  for (const response of found) {
    const results = response?.results ?? [];
    const top = Math.max(0, ...results.map((r) => r.score));
    for (const r of results) said.set(r.id, Math.max(said.get(r.id) ?? 0, top > 0 ? r.score / top : 0));
  }
  return said;
}

/** How much a page's text with the query's words side by side adds to what its symptoms say. */
const TEXT_PAIR_WEIGHT = 0.5;

/** How many of the best pages are re-ordered by what their symptoms say (their data is loaded). */
const LIFTED = 8;

/**
 * The best pages re-ordered by how much of the query one of their symptoms says, and how many of the
 * query's neighbouring words stand side by side in their text (`liftBySymptoms`, `pairShare`).
 * Loads the data of the first few results, which the dialog shows next anyway (Pagefind keeps it).
 */
export async function liftedBySymptoms<R extends PagefindResult>(
  results: R[],
  plan: QueryPlan,
  words: SearchWords,
): Promise<R[]> {
  if (plan.concepts.length < 2 || results.length < 2) return results;
  const head = results.slice(0, LIFTED);
  const shares = await Promise.all(
    head.map(async (result) => {
      const data = (await result.data().catch(() => undefined)) as ResultData | undefined;
      const symptoms = (data?.meta?.['symptoms'] ?? '')
        .split(SYMPTOM_SEPARATOR)
        .filter((s) => s.trim() !== '');
      const said = symptomShare(symptoms, plan, words.stem, words.howTo, words.stopWords);
      return said + TEXT_PAIR_WEIGHT * pairShare(data?.content ?? '', plan);
    }),
  );
  return liftBySymptoms(results, shares, head.length);
}
