import { byKind, slugOf, type GuideEntry } from './content';
import type { DiagnoseQuestion } from './schema';
import type { Risk } from './terms';

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

/** Where each answer of a question points, for the decision guide that works without JavaScript. */
export interface DecisionAnswer {
  id: string;
  label: string;
  causes: string[];
  scenarios: string[];
  app: string | undefined;
}

/**
 * The questions with a "Not sure" answer added where the content does not give one, labelled
 * `notSure` (the page's words for it).
 */
export function withNotSure(questions: readonly DiagnoseQuestion[], notSure: string): Question[] {
  return questions.map((q) =>
    q.answers.some((a) => a.id === NOT_SURE)
      ? q
      : { ...q, answers: [...q.answers, { id: NOT_SURE, label: notSure }] },
  );
}

/**
 * The diagnosis model derived from the guide's pages and the diagnosis page's questions:
 * causes and scenarios with their `signals`, fixes in fix order with their `causes`,
 * check pages in order, and the app page for each app answer. `notSure` labels the answer every
 * question gets ("Not sure").
 */
export function diagnoseModel(
  entries: readonly GuideEntry[],
  questions: readonly DiagnoseQuestion[],
  notSure: string,
): DiagnoseModel {
  const asked = withNotSure(questions, notSure);
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
