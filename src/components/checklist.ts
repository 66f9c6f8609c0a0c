/**
 * `<guide-checklist>`: the script of Checklist.astro, imported by `ChecklistScript.astro` on pages
 * that show a checklist as they load, and by the diagnosis's plan module when it shows its plan.
 */
import {
  RESULT_LABELS,
  clearFixes,
  clearList,
  isTicked,
  pathState,
  startIsland,
  tick,
} from '../lib/progress';

const link = (href = '', text: string) =>
  Object.assign(document.createElement('a'), { href, textContent: text });

/**
 * A checklist: ticks are saved as they happen; on a checklist of fixes a tick records the fix as
 * tried, each row shows the fix's result, and the list says where to resume. Rows are read anew on
 * every change, so a page may reorder or drop them (the diagnosis shows its plan this way).
 */
class GuideChecklist extends HTMLElement {
  connectedCallback() {
    const list = this.dataset['list'] ?? '';
    const fixes = this.hasAttribute('data-fixes');
    const known = (this.dataset['known'] ?? '').split(' ');
    const where = this.querySelector<HTMLElement>('[data-where]');
    const boxes = () => [...this.querySelectorAll<HTMLInputElement>('[type=checkbox]')];
    const ids = () => boxes().map((b) => b.value);
    const count = (selector: string, value: number) =>
      (this.querySelector(selector)!.textContent = `${value}`);
    const save = startIsland(this, fixes ? { fixes: known } : { lists: { [list]: known } }, (p) => {
      const { worked, resume } = pathState(p, ids());
      let done = 0;
      let target: HTMLAnchorElement | null | undefined;
      for (const box of boxes()) {
        const row = box.closest('li');
        const result = p.fixes[box.value]?.result;
        done += Number((box.checked = isTicked(p, list, box.value, fixes)));
        box.disabled = false;
        if (box.value === (worked ?? resume)) target = row?.querySelector('a');
        const status = row?.querySelector('[data-status]');
        if (status)
          status.textContent = result
            ? RESULT_LABELS[result]
            : box.value === resume && !worked
              ? 'Next to try'
              : '';
      }
      count('[data-done]', done);
      count('[data-total]', boxes().length);
      if (where && target)
        where.replaceChildren(worked ? 'Fixed by ' : 'Next to try: ', link(target.href, target.text));
      if (where) where.hidden = !target;
    });
    this.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      save((p) => tick(p, list, box.value, box.checked, fixes));
    });
    this.querySelector('[data-reset]')?.addEventListener('click', () => {
      if (confirm(fixes ? 'Forget which fixes you tried?' : 'Untick everything on this checklist?')) {
        save((p) => (fixes ? clearFixes(p, ids()) : clearList(p, list)));
      }
    });
  }
}

customElements.define('guide-checklist', GuideChecklist);
