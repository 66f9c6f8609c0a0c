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
  setPlan,
  startIsland,
  tick,
  type Progress,
} from '../lib/progress';

const link = (href = '', text: string) =>
  Object.assign(document.createElement('a'), { href, textContent: text });

/**
 * A checklist: ticks are saved as they happen; on a checklist of fixes a tick records the fix as
 * tried, each row shows the fix's result, and the list says where to resume. Rows are read anew on
 * every change, so a page may reorder or drop them (the diagnosis shows its plan this way). With
 * `data-plan` (the diagnosis's query string) the checklist is saved as the person's plan.
 */
class GuideChecklist extends HTMLElement {
  static observedAttributes = ['data-plan'];
  save?: (change: (p: Progress) => Progress) => void;
  boxes = () => [...this.querySelectorAll<HTMLInputElement>('[type=checkbox]')];
  ids = () => this.boxes().map((b) => b.value);

  connectedCallback() {
    const list = this.dataset['list'] ?? '';
    const fixes = this.hasAttribute('data-fixes');
    const known = (this.dataset['known'] ?? '').split(' ');
    const where = this.querySelector<HTMLElement>('[data-where]');
    const text = (selector: string, value: number) =>
      (this.querySelector(selector)!.textContent = `${value}`);
    this.save = startIsland(this, fixes ? { fixes: known } : { lists: { [list]: known } }, (p) => {
      const boxes = this.boxes();
      const { worked, resume } = pathState(p, this.ids());
      let done = 0;
      for (const box of boxes) {
        const result = p.fixes[box.value]?.result;
        done += Number((box.checked = isTicked(p, list, box.value, fixes)));
        box.disabled = false;
        const status = box.closest('li')?.querySelector('[data-status]');
        if (status)
          status.textContent = result
            ? RESULT_LABELS[result]
            : box.value === resume && !worked
              ? 'Next to try'
              : '';
      }
      text('[data-done]', done);
      text('[data-total]', boxes.length);
      const target = boxes
        .find((b) => b.value === (worked ?? resume))
        ?.closest('li')
        ?.querySelector('a');
      if (where && target)
        where.replaceChildren(worked ? 'Fixed by ' : 'Next to try: ', link(target.href, target.text));
      if (where) where.hidden = !target;
    });
    this.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      this.save?.((p) => tick(p, list, box.value, box.checked, fixes));
    });
    this.querySelector('[data-reset]')?.addEventListener('click', () => {
      if (confirm(fixes ? 'Forget which fixes you tried?' : 'Untick everything on this checklist?')) {
        this.save?.((p) => (fixes ? clearFixes(p, this.ids()) : clearList(p, list)));
      }
    });
    this.attributeChangedCallback();
  }

  attributeChangedCallback() {
    const query = this.dataset['plan'];
    if (query) this.save?.((p) => setPlan(p, query, this.ids()));
  }
}

customElements.define('guide-checklist', GuideChecklist);
