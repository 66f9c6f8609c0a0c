import { byKind, slugOf, type GuideEntry } from './content';
import type { DiagnoseQuestion, Risk } from './schema';

/** The answer every question has: it says nothing, so it points nowhere. */
export const NOT_SURE = 'not-sure';

/** The question whose answers are app ids; its answer keeps only pages that apply to that app. */
export const APP_QUESTION = 'app';

/** A question as the diagnosis asks it: always ends with a "Not sure" answer. */
export type Question = DiagnoseQuestion;

/** Answers given so far: question id → answer id. */
export type Answers = Readonly<Record<string, string>>;

/**
 * Everything the diagnosis needs from the guide's content, small enough to send to the browser.
 * Lists keep the guide's own order (fixes cheapest and safest first).
 */
export interface DiagnoseModel {
  questions: Question[];
  causes: { slug: string; signals: string[]; apps: string[] }[];
  fixes: { slug: string; causes: string[]; apps: string[]; risk: Risk | undefined }[];
  scenarios: { slug: string; signals: string[]; path: string[]; apps: string[] }[];
  /** Docs ids of the checklists to run before any fix (the quick checks). */
  checks: string[];
  /** Answer id of the app question → docs id of that app's checklist page. */
  appPages: Record<string, string>;
}

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
  later: string[];
}

/** Where each answer of a question points, for the decision guide that works without JavaScript. */
export interface DecisionAnswer {
  id: string;
  label: string;
  causes: string[];
  scenarios: string[];
  app: string | undefined;
}

/** The questions with a "Not sure" answer added where the content does not give one. */
export function withNotSure(questions: readonly DiagnoseQuestion[]): Question[] {
  return questions.map((q) =>
    q.answers.some((a) => a.id === NOT_SURE)
      ? q
      : { ...q, answers: [...q.answers, { id: NOT_SURE, label: 'Not sure' }] },
  );
}

/**
 * The diagnosis model derived from the guide's pages and the diagnosis page's questions:
 * causes and scenarios with their `signals`, fixes in fix order with their `causes`,
 * check pages in order, and the app page for each app answer.
 */
export function diagnoseModel(
  entries: readonly GuideEntry[],
  questions: readonly DiagnoseQuestion[],
): DiagnoseModel {
  const asked = withNotSure(questions);
  const apps = byKind(entries, 'app');
  const appQuestion = asked.find((q) => q.id === APP_QUESTION);
  const appPages: Record<string, string> = {};
  for (const answer of appQuestion?.answers ?? []) {
    const page = apps.find(
      (p) => (p.data.apps as readonly string[]).includes(answer.id) || slugOf(p.id) === answer.id,
    );
    if (page) appPages[answer.id] = page.id;
  }
  return {
    questions: asked,
    causes: byKind(entries, 'cause').map((c) => ({
      slug: slugOf(c.id),
      signals: [...c.data.signals],
      apps: [...c.data.apps],
    })),
    fixes: byKind(entries, 'fix').map((f) => ({
      slug: slugOf(f.id),
      causes: [...f.data.causes],
      apps: [...f.data.apps],
      risk: f.data.risk,
    })),
    scenarios: byKind(entries, 'scenario').map((s) => ({
      slug: slugOf(s.id),
      signals: [...s.data.signals],
      path: [...s.data.path],
      apps: [...s.data.apps],
    })),
    checks: byKind(entries, 'check').map((c) => c.id),
    appPages,
  };
}

/**
 * Problems with the diagnosis content, as readable messages (empty when consistent):
 * repeated question or answer ids, and signals that name no question or answer.
 */
export function diagnoseProblems(model: DiagnoseModel): string[] {
  const problems: string[] = [];
  const known = new Set<string>();
  const questionIds = model.questions.map((q) => q.id);
  if (new Set(questionIds).size !== questionIds.length) problems.push('question ids must be unique');
  for (const q of model.questions) {
    const ids = q.answers.map((a) => a.id);
    if (new Set(ids).size !== ids.length) problems.push(`question "${q.id}": answer ids must be unique`);
    for (const id of ids) if (id !== NOT_SURE) known.add(`${q.id}:${id}`);
  }
  const pages = [
    ...model.causes.map((c) => ({ id: `causes/${c.slug}`, signals: c.signals })),
    ...model.scenarios.map((s) => ({ id: `scenarios/${s.slug}`, signals: s.signals })),
  ];
  for (const page of pages) {
    for (const signal of page.signals) {
      if (!known.has(signal))
        problems.push(`${page.id}: signal "${signal}" is not a question:answer of the diagnosis`);
    }
  }
  return problems;
}

/**
 * Reads answers from a URL query string (`?app=messages&memos=no`). Unknown questions and answers
 * that the question does not offer are ignored; the first valid value of a repeated key wins.
 */
export function parseAnswers(query: string | URLSearchParams, questions: readonly Question[]): Answers {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const answers: Record<string, string> = {};
  for (const q of questions) {
    const value = params.getAll(q.id).find((v) => q.answers.some((a) => a.id === v));
    if (value !== undefined) answers[q.id] = value;
  }
  return answers;
}

/**
 * The query string for some answers, in question order, with a leading `?`; empty for no answers.
 * `parseAnswers(answersToQuery(a, q), q)` gives back the valid answers of `a`.
 */
export function answersToQuery(answers: Answers, questions: readonly Question[]): string {
  const params = new URLSearchParams();
  for (const q of questions) {
    const value = answers[q.id];
    if (value !== undefined && q.answers.some((a) => a.id === value)) params.set(q.id, value);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Index of the first question not yet answered, or -1 when every question has an answer. */
export function currentQuestion(answers: Answers, questions: readonly Question[]): number {
  return questions.findIndex((q) => answers[q.id] === undefined);
}

/** Only the answers to the first `count` questions: the state before question `count` was asked. */
export function answersBefore(answers: Answers, questions: readonly Question[], count: number): Answers {
  const kept: Record<string, string> = {};
  for (const q of questions.slice(0, Math.max(0, count))) {
    const value = answers[q.id];
    if (value !== undefined) kept[q.id] = value;
  }
  return kept;
}

/** Every unanswered question answered "Not sure": what "show my plan now" means. */
export function finishWithNotSure(answers: Answers, questions: readonly Question[]): Answers {
  const done: Record<string, string> = { ...answers };
  for (const q of questions) done[q.id] ??= NOT_SURE;
  return done;
}

/**
 * Fixes that reset settings, sign out or erase data (risk above `low`, the same line beyond which a
 * fix must say what it erases): tried only after every gentler likely fix.
 */
function isDisruptive(risk: Risk | undefined): boolean {
  return risk !== undefined && risk !== 'none' && risk !== 'low';
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
    return { causes, scenario: undefined, checks, fixes: fixSlugs, later: [] };
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
      .filter((f) => !isDisruptive(f.risk) && f.causes.some((c) => tierCauses.includes(c)))
      .forEach((f) => add(f.slug));
  }
  const likely = causes.map((c) => c.slug);
  fixes.filter((f) => f.causes.some((c) => likely.includes(c))).forEach((f) => add(f.slug));
  return {
    causes,
    scenario: scenario?.slug,
    checks,
    fixes: plan,
    later: fixSlugs.filter((slug) => !plan.includes(slug)),
  };
}

/**
 * For each question, where each answer points: the cause and case pages whose signals name it,
 * and for the app question the app's checklist page. Readable as a decision guide on its own.
 */
export function decisionGuide(model: DiagnoseModel): { question: Question; answers: DecisionAnswer[] }[] {
  return model.questions.map((question) => ({
    question,
    answers: question.answers.map((answer) => {
      const signal = `${question.id}:${answer.id}`;
      return {
        id: answer.id,
        label: answer.label,
        causes: model.causes.filter((c) => c.signals.includes(signal)).map((c) => c.slug),
        scenarios: model.scenarios.filter((s) => s.signals.includes(signal)).map((s) => s.slug),
        app: question.id === APP_QUESTION ? model.appPages[answer.id] : undefined,
      };
    }),
  }));
}
