/**
 * The rules that turn the diagnosis's answers into a personal fix plan, and the saving of that plan
 * with the person's progress. Apart from the rest of `diagnose.ts` because the page fetches them only
 * when it shows a plan (`src/components/diagnose/plan-screen.ts`); the rules are tested with the diagnosis, on its fixtures and on the guide's
 * own content, in `diagnose.test.ts`, and the saving with the store in `progress.test.ts`.
 */
import { APP_QUESTION, NOT_SURE, type Answers, type DiagnoseModel } from './diagnose';
import { ID, QUERY, type Progress } from './progress';
import { riskAboveLow } from './terms';

/** A personal fix plan: what probably causes the error and what to try, in order. */
export interface Plan {
  /** Cause slugs that match at least one answer, most matches first. */
  causes: { slug: string; matches: number }[];
  /** Slug of the real-world case that fits the answers best, if any fits. */
  scenario: string | undefined;
  /** Docs ids of checklists to do first: the quick checks, then the chosen app's checklist. */
  checks: string[];
  /** Fix slugs to try, in order. With no telling answer, the whole fix path. */
  fixes: string[];
  /** The rest of the fix path, in order, for when the plan's fixes don't help. */
  remaining: string[];
}

/**
 * The fix plan for some answers. Causes score one point per matching answer; the best-fitting
 * real-world case scores the same way (ties go to the case whose signals match most completely).
 * Fixes come in tiers of score, highest first: within a tier, the case's own path as written,
 * then the no- and low-risk fixes of that tier's causes in fix order. Fixes of likely causes that
 * reset settings, sign out or erase data come after all of those, in fix order. Answering the app
 * question keeps only pages that apply to that app. When no answer points anywhere, the plan is
 * the whole fix path. Quick checks always come first.
 */
export function computePlan(model: DiagnoseModel, answers: Answers): Plan {
  const chosen = new Set(
    Object.entries(answers)
      .filter(([, answer]) => answer !== NOT_SURE)
      .map(([question, answer]) => `${question}:${answer}`),
  );
  const app = answers[APP_QUESTION];
  const applies = (apps: readonly string[]) =>
    app === undefined || app === NOT_SURE || apps.length === 0 || apps.includes(app);
  const fixes = model.fixes.filter((f) => applies(f.apps));
  const fixSlugs = fixes.map((f) => f.slug);
  const matchesOf = (signals: readonly string[]) => signals.filter((s) => chosen.has(s)).length;

  const firstFix = (cause: string) => {
    const at = fixes.findIndex((f) => f.causes.includes(cause));
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  const causes = model.causes
    .filter((c) => applies(c.apps))
    .map((c) => ({ slug: c.slug, matches: matchesOf(c.signals) }))
    .filter((c) => c.matches > 0 && firstFix(c.slug) !== Number.MAX_SAFE_INTEGER)
    .sort((a, b) => b.matches - a.matches || firstFix(a.slug) - firstFix(b.slug));

  const scenario = model.scenarios
    .filter((s) => applies(s.apps) && s.path.some((step) => fixSlugs.includes(step)))
    .map((s) => ({ ...s, matches: matchesOf(s.signals) }))
    .filter((s) => s.matches > 0)
    .sort((a, b) => b.matches - a.matches || b.matches / b.signals.length - a.matches / a.signals.length)[0];

  const checks = [...model.checks];
  const appPage = app === undefined ? undefined : model.appPages[app];
  if (appPage !== undefined) checks.push(appPage);

  if (causes.length === 0 && scenario === undefined) {
    return { causes, scenario: undefined, checks, fixes: fixSlugs, remaining: [] };
  }

  const plan: string[] = [];
  const add = (slug: string) => {
    if (fixSlugs.includes(slug) && !plan.includes(slug)) plan.push(slug);
  };
  const tiers = [...new Set([...causes.map((c) => c.matches), scenario?.matches ?? 0])]
    .filter((t) => t > 0)
    .sort((a, b) => b - a);
  for (const tier of tiers) {
    if (scenario?.matches === tier) scenario.path.forEach(add);
    const tierCauses = causes.filter((c) => c.matches === tier).map((c) => c.slug);
    fixes
      .filter((f) => !riskAboveLow(f.risk) && f.causes.some((c) => tierCauses.includes(c)))
      .forEach((f) => add(f.slug));
  }
  const likely = causes.map((c) => c.slug);
  fixes.filter((f) => f.causes.some((c) => likely.includes(c))).forEach((f) => add(f.slug));
  return {
    causes,
    scenario: scenario?.slug,
    checks,
    fixes: plan,
    remaining: fixSlugs.filter((slug) => !plan.includes(slug)),
  };
}

/** Progress with the diagnosis plan saved: its query string (`?app=…`) and its fixes in order. */
export function setPlan(p: Progress, query: string, fixes: readonly string[]): Progress {
  if (!QUERY.test(query)) return p;
  return { ...structuredClone(p), plan: { query, fixes: fixes.filter((f) => ID.test(f)) } };
}
