/**
 * The browser side of progress: the store, which keeps the person's progress (`progress.ts`) in this
 * browser's storage, shares it among the islands of a page and follows other tabs, and what islands
 * show of it. When storage refuses a save, the page keeps its progress in memory until it is
 * closed, and says so.
 */
import {
  PROGRESS_EVENT,
  PROGRESS_KEY,
  mergeProgress,
  parseProgress,
  pathState,
  type KnownIds,
  type Progress,
} from './progress';
import { readItem, storageKept, writeItem } from './storage';

/** Progress this page could not save: storage refused it, so the page keeps it in memory. */
let unsaved: Progress | undefined;

/** The progress to show: what storage holds, or what this page keeps in memory since storage refused it. */
export function loadProgress(known: KnownIds = {}): Progress {
  return unsaved ?? parseProgress(readItem(PROGRESS_KEY), known);
}

/**
 * Loads, changes and saves progress in one step, and tells the rest of the page. Returns false when
 * storage refused it; the page then keeps it in memory, so ticking still works until the page is closed.
 */
export function updateProgress(change: (p: Progress) => Progress, known: KnownIds = {}): boolean {
  const p = change(loadProgress(known));
  const saved = writeItem(PROGRESS_KEY, JSON.stringify(p));
  unsaved = saved ? undefined : p;
  dispatchEvent(new Event(PROGRESS_EVENT));
  return saved;
}

/**
 * Whether progress is kept in this browser: storage is the browser's own (the storage guard found it
 * working as the page loaded), and no save of this page was refused since.
 */
export function progressKept(): boolean {
  return !unsaved && storageKept();
}

/**
 * Connects an island to the store: calls `render` with the progress to show now and after every
 * change, saved by this page or by another tab (the `storage` event: while this page holds unsaved
 * progress, the other tab's changes are merged into it); shows the island's `[data-note]` while
 * progress cannot be kept, and marks `root` `data-live` (its CSS then shows the controls that need
 * JavaScript). Returns the function that saves a change.
 */
export function connectProgress(
  root: HTMLElement,
  known: KnownIds,
  render: (p: Progress) => void,
): (change: (p: Progress) => Progress) => void {
  const note = root.querySelector<HTMLElement>('[data-note]');
  const show = () => {
    render(loadProgress(known));
    if (note) note.hidden = progressKept();
  };
  addEventListener('storage', (e) => {
    // No key: the other tab cleared all of storage.
    if ((e.key ?? PROGRESS_KEY) !== PROGRESS_KEY) return;
    if (unsaved) unsaved = mergeProgress(unsaved, parseProgress(e.newValue));
    show();
  });
  addEventListener(PROGRESS_EVENT, show);
  show();
  root.dataset['live'] = '';
  return (change) => void updateProgress(change, known);
}

/**
 * The class of an island, a custom element over server-rendered HTML, for `customElements.define`:
 * `setup` runs with each such element as it joins the page.
 */
export function island(setup: (root: HTMLElement) => void): CustomElementConstructor {
  return class extends HTMLElement {
    connectedCallback() {
      setup(this);
    }
  };
}

/** A link to `href` reading `text`. */
export const link = (href = '', text = ''): HTMLAnchorElement =>
  Object.assign(document.createElement('a'), { href, text });

/** The words of a path note, as the page gives them (`guide.pathNote.*` in en.json). */
export interface PathNoteWords {
  fixedBy: string;
  nextToTry: string;
}

/**
 * What to say about a path of fixes (in order): "Fixed by" the fix that worked, or "Next to try:" the
 * first with no result yet, each followed by a link to that fix (`find` gives its address and title);
 * nothing when there is neither.
 */
export function pathNote(
  p: Progress,
  path: readonly string[],
  find: (fix: string) => { href?: string | undefined; text: string } | null | undefined,
  words: PathNoteWords,
): (string | Node)[] {
  const { worked, resume } = pathState(p, path);
  const fix = find(worked ?? resume ?? '');
  return fix ? [`${worked ? words.fixedBy : words.nextToTry} `, link(fix.href, fix.text)] : [];
}
