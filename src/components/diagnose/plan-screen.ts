/**
 * The plan screen of `<guide-diagnose>` (Diagnose.astro, `guide-diagnose.ts`), fetched when a plan is first shown: in the
 * order the rules in `src/lib/fix-plan.ts` give, it picks the plan's fixes from the checklist's rows, and
 * fills the rest of the screen from the page's own catalog of causes, checks, remaining fixes and cases.
 */
// The checklist's script, as the pages with a checklist load it: the very same file, which defines
// `<guide-checklist>`. Importing `./checklist` instead would split that file in two for every page.
import '../ChecklistScript.astro?astro&type=script&index=0&lang.ts';
import { answersToQuery, type Answers, type DiagnoseModel } from '../../lib/diagnose';
import { computePlan, setPlan } from '../../lib/fix-plan';
import { updateProgress } from '../../lib/progress-store';

/**
 * Shows the plan for `answers` in `root` and saves it as the person's plan. `rows` are every fix row
 * of the plan's checklist; the checklist keeps the plan's fixes, in the plan's order.
 */
export function showPlan(
  root: HTMLElement,
  model: DiagnoseModel,
  answers: Answers,
  rows: HTMLElement[],
): void {
  const plan = computePlan(model, answers);
  const catalog = root.querySelector<HTMLTemplateElement>('template[data-catalog]')?.content;
  const copies = (kind: string, ids: readonly string[]) =>
    ids.flatMap((id) => {
      const found = catalog?.querySelector(`[data-kind="${kind}"][data-id="${CSS.escape(id)}"]`);
      return found ? [found.cloneNode(true)] : [];
    });
  const fill = (name: string, nodes: Node[]) =>
    root.querySelector(`[data-fill="${name}"]`)?.replaceChildren(...nodes);
  const part = (name: string, shown: boolean) => {
    const element = root.querySelector<HTMLElement>(`[data-part="${name}"]`);
    if (element) element.hidden = !shown;
  };
  const full = plan.causes.length === 0 && plan.scenario === undefined;
  for (const p of root.querySelectorAll<HTMLElement>('[data-when]')) {
    p.hidden = p.dataset['when'] !== (full ? 'full' : 'focused');
  }
  fill(
    'causes',
    copies(
      'cause',
      plan.causes.map((c) => c.slug),
    ),
  );
  fill('checks', copies('check', plan.checks));
  // The checklist (it remembers ticks and results) shows the plan's fixes, saved as the person's plan;
  // saving makes it show them with their progress.
  const planRows = plan.fixes.flatMap((id) => rows.find((r) => r.dataset['id'] === id) ?? []);
  root.querySelector('guide-checklist ul')?.replaceChildren(...planRows);
  const query = answersToQuery(answers, model.questions);
  updateProgress((p) => setPlan(p, query, plan.fixes));
  fill('remaining', copies('fix', plan.remaining));
  fill('scenario', copies('scenario', plan.scenario === undefined ? [] : [plan.scenario]));
  part('causes', plan.causes.length > 0);
  part('scenario', plan.scenario !== undefined);
  part('remaining', plan.remaining.length > 0);
  fill(
    'answers',
    model.questions.flatMap((q) => {
      const term = document.createElement('dt');
      term.textContent = q.text;
      const value = document.createElement('dd');
      value.textContent = q.answers.find((a) => a.id === answers[q.id])?.label ?? '';
      return [term, value];
    }),
  );
}
