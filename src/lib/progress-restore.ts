/**
 * Saved ticks from the first paint. `ProgressRestore.astro` inlines this before the first checklist
 * of a page; each checklist ends with a `<guide-restore>` element, so when the parser reaches it the
 * boxes above are ticked, enabled and counted, and the checklist is marked `data-live` (its CSS shows
 * the controls that need JavaScript) before anything is painted. The reading is deliberately loose and
 * small: the checklist's module script checks everything again once it runs.
 */
import { CLOCK_SKEW, PROGRESS_KEY, PROGRESS_VERSION } from './progress';

/** The stored object as far as this reading looks at it; every value is checked where it is used. */
interface Loose {
  version?: unknown;
  lists?: Record<string, Record<string, unknown> | undefined>;
  fixes?: Record<string, { result?: unknown } | undefined>;
}

/** Defines `<guide-restore>`. */
export default function defineRestore(): void {
  customElements.define(
    'guide-restore',
    class extends HTMLElement {
      connectedCallback() {
        const root = this.parentElement!;
        const fixes = root.hasAttribute('data-fixes');
        let p: Loose | null = null;
        try {
          p = JSON.parse(localStorage.getItem(PROGRESS_KEY)!);
        } catch {
          // Unreadable or blocked: nothing to show.
        }
        if (p?.version !== PROGRESS_VERSION) p = {};
        let done = 0;
        for (const box of root.querySelectorAll<HTMLInputElement>('[type=checkbox]')) {
          const saved = fixes ? p.fixes?.[box.value]?.result : p.lists?.[root.dataset['list']!]?.[box.value];
          // A fix counts when it was tried or worked; an item, when its tick time is a sane number.
          box.checked = fixes
            ? saved === 'tried' || saved === 'worked'
            : (saved as number) > 0 && (saved as number) < Date.now() + CLOCK_SKEW;
          box.disabled = false;
          done += +box.checked;
        }
        root.querySelector('[data-done]')!.textContent = `${done}`;
        root.dataset['live'] = '';
      }
    },
  );
}
