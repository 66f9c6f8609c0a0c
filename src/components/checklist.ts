/**
 * `<guide-checklist>`: the script of Checklist.astro, through `ChecklistScript.astro`, whose script
 * file pages with a checklist load and the diagnosis's plan module imports when it shows its plan.
 */
import { checklistRows, clearRows, isTicked, pathState, tick, untick, type FixResult } from '../lib/progress';
import { connectProgress, island, pathNote, type PathNoteWords } from '../lib/progress-store';

/** The words the script writes, as `Checklist.astro` gives them in `data-words`. */
export interface ChecklistWords extends PathNoteWords {
  /** A row's status when it is the fix to try next. */
  next: string;
  /** The question "Start over" asks first. */
  confirm: string;
  /** How each result of a fix reads. */
  results: Record<FixResult, string>;
}

/**
 * A checklist: ticks are saved as they happen; on a checklist of fixes a tick records the fix as
 * tried, each row shows the fix's result, and the list says where to resume. Rows are read anew on
 * every change, so a page may reorder or drop them (the diagnosis shows its plan this way).
 */
customElements.define(
  'guide-checklist',
  island((root) => {
    const list = root.dataset['list'] ?? '';
    const fixes = root.hasAttribute('data-fixes');
    const rows = checklistRows(fixes ? 'fixes' : 'items', list);
    const known = (root.dataset['known'] ?? '').split(' ');
    const where = root.querySelector<HTMLElement>('[data-where]');
    const said = JSON.parse(root.dataset['words']!) as ChecklistWords;
    const boxes = () => [...root.querySelectorAll<HTMLInputElement>('[type=checkbox]')];
    const ids = () => boxes().map((b) => b.value);
    const count = (selector: string, value: number) =>
      (root.querySelector(selector)!.textContent = `${value}`);
    const save = connectProgress(root, fixes ? { fixes: known } : { lists: { [list]: known } }, (p) => {
      const { worked, resume } = pathState(p, ids());
      let done = 0;
      for (const box of boxes()) {
        const result = p.fixes[box.value]?.result;
        done += +(box.checked = isTicked(p, rows, box.value));
        box.disabled = false;
        const status = box.closest('li')?.querySelector('[data-status]');
        if (status)
          status.textContent = result
            ? said.results[result]
            : box.value === resume && !worked
              ? said.next
              : '';
      }
      count('[data-done]', done);
      count('[data-total]', boxes().length);
      if (where) {
        where.replaceChildren(
          ...pathNote(p, ids(), (id) => root.querySelector<HTMLAnchorElement>(`li[data-id="${id}"] a`), said),
        );
        where.hidden = !where.firstChild;
      }
    });
    root.onchange = (event) => {
      const box = event.target as HTMLInputElement;
      save((p) => (box.checked ? tick(p, rows, box.value) : untick(p, rows, box.value)));
    };
    const reset = root.querySelector<HTMLElement>('[data-reset]');
    if (reset)
      reset.onclick = () => {
        if (confirm(said.confirm)) save((p) => clearRows(p, rows, ids()));
      };
  }),
);
