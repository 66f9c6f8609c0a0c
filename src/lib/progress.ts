/**
 * What a person has done in the guide, kept in this browser only: ticked checklist items, what each
 * fix did, and the iOS version they gave. Stored as one JSON object under one key with a `version`.
 *
 * Everything read back is checked entry by entry: invalid JSON, a foreign or unknown-version object,
 * ids the page does not know (content changed), wrong types and times from the future are dropped,
 * and every valid entry is kept. No function here throws on bad input.
 */
import { readItem, storageKept, writeItem } from './storage';

/** The localStorage key of the progress object; other keys of the guide start with `audio-guide:`. */
export const PROGRESS_KEY = 'audio-guide:progress';
/** Layout of the stored object. Bump it and add a step to `migrateProgress` when the layout changes. */
export const PROGRESS_VERSION = 1;
/** Event fired on `window` after this page saved progress, so its other parts can follow. */
export const PROGRESS_EVENT = PROGRESS_KEY;

/**
 * What a fix did (solved it, was tried without effect, or was passed over), and how each reads on
 * the page.
 */
export const RESULT_LABELS = {
  worked: 'Fixed it',
  tried: 'No change',
  skipped: 'Skipped',
} as const;
export type FixResult = keyof typeof RESULT_LABELS;

/** The result of one fix and when it was given (ms since 1970). */
export interface FixRecord {
  result: FixResult;
  at: number;
}

/** The fix plan the diagnosis gave last: its answers as a query string, and its fixes in order. */
export interface SavedPlan {
  /** The diagnosis page's query string, e.g. `?app=messages&memos=no`. */
  query: string;
  fixes: string[];
}

/** Everything saved, in the current layout. */
export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Checklist id (the page id, e.g. `quick-checks`) → ticked item id → when it was ticked. */
  lists: Record<string, Record<string, number>>;
  /** Fix slug (e.g. `restart-imessage`) → what it did. */
  fixes: Record<string, FixRecord>;
  /** The iOS version the person typed, e.g. `18.5`. */
  ios?: string;
  /** The last plan the diagnosis showed. */
  plan?: SavedPlan;
}

/**
 * Ids a page knows. A checklist named here keeps only these item ids; `fixes`, when given, keeps only
 * these fix slugs. Lists a page does not name are kept as they are, so one page never erases another's.
 */
export interface Known {
  lists?: Readonly<Record<string, readonly string[]>>;
  fixes?: readonly string[];
}

/** A page, checklist item or fix id as saved: `wifi`, `restart-imessage`, `apps/whatsapp`. */
export const ID = /^[a-z0-9]+(?:[-/][a-z0-9]+)*$/;
const IOS = /\d{1,2}(?:\.\d{1,2}){0,2}/;
/** The diagnosis's answers as saved with its plan: a plain query string such as `?app=messages`. */
export const QUERY = /^\?[\w=&-]{1,400}$/;
/** Times up to a day ahead are accepted: a phone's clock may be off by a time zone. */
export const CLOCK_SKEW = 24 * 60 * 60 * 1000;

type Entries = Record<string, unknown>;
const isRecord = (v: unknown): v is Entries => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Own entries of a plain object whose keys are ids (never `__proto__`); anything else has none. */
const idEntries = (v: unknown): [string, unknown][] =>
  isRecord(v) ? Object.entries(v).filter(([k]) => ID.test(k)) : [];
const has = (list: readonly string[] | undefined, id: string) => !list || list.includes(id);

/** A fresh progress object with nothing done. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lists: {}, fixes: {} };
}

/**
 * Brings a stored object of a known layout to the current one, or null for anything else (not an
 * object, no version, an unknown or newer version). Version 1 is the first layout, so it is the only
 * one accepted today; each future version adds one step here.
 */
export function migrateProgress(value: unknown): Entries | null {
  return isRecord(value) && value['version'] === PROGRESS_VERSION ? value : null;
}

/**
 * Progress from the text saved in storage. Keeps every valid entry and drops the rest one by one:
 * unparsable or foreign data gives empty progress; ids outside `known`, wrong types and times after
 * `now` (plus a day of clock skew) are left out. Never throws.
 */
export function parseProgress(raw: string | null, known: Known = {}, now = Date.now()): Progress {
  let value: unknown = null;
  try {
    value = JSON.parse(raw ?? '');
  } catch {
    // Nothing saved, or not JSON: nothing to keep.
  }
  const stored = migrateProgress(value);
  const progress = emptyProgress();
  if (!stored) return progress;
  // A time in ms since 1970, not in the future (NaN and Infinity fail one of the comparisons).
  const isTime = (t: unknown): t is number => typeof t === 'number' && t > 0 && t <= now + CLOCK_SKEW;

  for (const [list, items] of idEntries(stored['lists'])) {
    const allowed = known.lists && Object.hasOwn(known.lists, list) ? known.lists[list] : undefined;
    const kept: Record<string, number> = {};
    for (const [id, at] of idEntries(items)) if (isTime(at) && has(allowed, id)) kept[id] = at;
    if (Object.keys(kept).length > 0) progress.lists[list] = kept;
  }
  for (const [fix, record] of idEntries(stored['fixes'])) {
    if (!isRecord(record) || !has(known.fixes, fix)) continue;
    const { result, at } = record;
    if (typeof result === 'string' && Object.hasOwn(RESULT_LABELS, result) && isTime(at)) {
      progress.fixes[fix] = { result: result as FixResult, at };
    }
  }
  const ios = stored['ios'];
  if (typeof ios === 'string' && IOS.exec(ios)?.[0] === ios) progress.ios = ios;
  const plan = stored['plan'];
  if (isRecord(plan) && typeof plan['query'] === 'string' && QUERY.test(plan['query'])) {
    const fixes = Array.isArray(plan['fixes']) ? (plan['fixes'] as unknown[]) : [];
    progress.plan = {
      query: plan['query'],
      fixes: fixes.filter((f): f is string => typeof f === 'string' && ID.test(f) && has(known.fixes, f)),
    };
  }
  return progress;
}

/** Both progress records in one: every tick and result of either, the newer one where both have it. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const merged = emptyProgress();
  for (const p of [a, b]) {
    for (const [list, items] of Object.entries(p.lists)) {
      const into = (merged.lists[list] ??= {});
      for (const [id, at] of Object.entries(items)) into[id] = Math.max(into[id] ?? 0, at);
    }
    for (const [fix, record] of Object.entries(p.fixes)) {
      if ((merged.fixes[fix]?.at ?? 0) <= record.at) merged.fixes[fix] = record;
    }
  }
  const ios = b.ios ?? a.ios;
  const plan = b.plan ?? a.plan;
  if (ios) merged.ios = ios;
  if (plan) merged.plan = plan;
  return merged;
}

/** Progress with `item` of checklist `list` ticked at `now` (an earlier tick keeps its time) or unticked. */
export function setTicked(
  p: Progress,
  list: string,
  item: string,
  ticked: boolean,
  now = Date.now(),
): Progress {
  if (!ID.test(list) || !ID.test(item)) return p;
  const next = structuredClone(p);
  const items = (next.lists[list] ??= {});
  if (ticked) items[item] ??= now;
  else delete items[item];
  if (Object.keys(items).length === 0) delete next.lists[list];
  return next;
}

/**
 * Whether row `id` of checklist `list` shows ticked: on a checklist of fixes (`fixes`), when the fix
 * was tried or worked (a skipped fix stays unticked); otherwise when the item was ticked.
 */
export function isTicked(p: Progress, list: string, id: string, fixes: boolean): boolean {
  const result = p.fixes[id]?.result;
  return fixes ? result === 'tried' || result === 'worked' : Object.hasOwn(p.lists[list] ?? {}, id);
}

/**
 * Progress with row `id` of checklist `list` ticked or unticked, the same way on every page: on a
 * checklist of fixes a tick records the fix as tried and an untick forgets its result.
 */
export function tick(
  p: Progress,
  list: string,
  id: string,
  ticked: boolean,
  fixes: boolean,
  now = Date.now(),
): Progress {
  return fixes ? recordFix(p, id, ticked ? 'tried' : null, now) : setTicked(p, list, id, ticked, now);
}

/** Progress with checklist `list` cleared ("Start over"). */
export function clearList(p: Progress, list: string): Progress {
  const next = structuredClone(p);
  delete next.lists[list];
  return next;
}

/** Progress with what `fix` did recorded at `now`; `null` forgets the fix's result. */
export function recordFix(p: Progress, fix: string, result: FixResult | null, now = Date.now()): Progress {
  if (!ID.test(fix)) return p;
  const next = structuredClone(p);
  if (result) next.fixes[fix] = { result, at: now };
  else delete next.fixes[fix];
  return next;
}

/** Progress with the results of these fixes forgotten. */
export function clearFixes(p: Progress, fixes: readonly string[]): Progress {
  const next = structuredClone(p);
  for (const fix of fixes) delete next.fixes[fix];
  return next;
}

/** Progress with the iOS version found in `text` ("iOS 18.5" → `18.5`); none found forgets it. */
export function setIos(p: Progress, text: string): Progress {
  const next = structuredClone(p);
  const ios = IOS.exec(text)?.[0];
  if (ios) next.ios = ios;
  else delete next.ios;
  return next;
}

/**
 * Where a person stands on a path of fixes (in order): the fix that worked most recently, and the
 * first fix with no result yet, where to resume.
 */
export function pathState(
  p: Progress,
  path: readonly string[],
): { worked: string | undefined; resume: string | undefined } {
  let worked: string | undefined;
  let workedAt = 0;
  for (const fix of path) {
    const record = p.fixes[fix];
    if (record?.result === 'worked' && record.at >= workedAt) [worked, workedAt] = [fix, record.at];
  }
  return { worked, resume: path.find((fix) => !p.fixes[fix]) };
}

/* The parts below touch the browser; everything above is pure. */

/** A link to `href` reading `text`. */
export const link = (href = '', text = ''): HTMLAnchorElement =>
  Object.assign(document.createElement('a'), { href, text });

/**
 * What to say about a path of fixes (in order): "Fixed by" the fix that worked, or "Next to try:" the
 * first with no result yet, each followed by a link to that fix (`find` gives its address and title);
 * nothing when there is neither.
 */
export function pathNote(
  p: Progress,
  path: readonly string[],
  find: (fix: string) => { href?: string | undefined; text: string } | null | undefined,
): (string | Node)[] {
  const { worked, resume } = pathState(p, path);
  const fix = find(worked ?? resume ?? '');
  return fix ? [worked ? 'Fixed by ' : 'Next to try: ', link(fix.href, fix.text)] : [];
}

/** Progress this page could not save: storage refused it, so the page keeps it in memory. */
let unsaved: Progress | undefined;

/** The progress to show: what storage holds, or what this page keeps in memory since storage refused it. */
export function loadProgress(known: Known = {}): Progress {
  return unsaved ?? parseProgress(readItem(PROGRESS_KEY), known);
}

/**
 * Saves progress and tells the rest of the page. Returns false when storage refused it; the page then
 * keeps it in memory, so ticking still works until the page is closed.
 */
export function saveProgress(p: Progress): boolean {
  const saved = writeItem(PROGRESS_KEY, JSON.stringify(p));
  unsaved = saved ? undefined : p;
  dispatchEvent(new Event(PROGRESS_EVENT));
  return saved;
}

/** Loads, changes and saves progress in one step; false when it could not be saved. */
export function updateProgress(change: (p: Progress) => Progress, known: Known = {}): boolean {
  return saveProgress(change(loadProgress(known)));
}

/**
 * Whether progress is kept in this browser: storage is the browser's own (the storage guard found it
 * working as the page loaded), and no save of this page was refused since.
 */
export function progressKept(): boolean {
  return !unsaved && storageKept();
}

/**
 * Calls `listener` whenever progress changes: saved by this page, or by another tab (the `storage`
 * event). While this page holds unsaved progress, another tab's changes are merged into it.
 */
export function onProgressChange(listener: () => void): void {
  addEventListener('storage', (e) => {
    if (e.key !== PROGRESS_KEY && e.key !== null) return;
    if (unsaved) unsaved = mergeProgress(unsaved, parseProgress(e.newValue));
    listener();
  });
  addEventListener(PROGRESS_EVENT, listener);
}

/**
 * Starts an island of progress over `root`: calls `render` with the progress to show now and after
 * every change (this page or another tab), shows the island's `[data-note]` while progress cannot be
 * kept, and marks the island `data-live` (its CSS then shows the controls that need JavaScript).
 * Returns the function that saves a change.
 */
export function startIsland(
  root: HTMLElement,
  known: Known,
  render: (p: Progress) => void,
): (change: (p: Progress) => Progress) => void {
  const note = root.querySelector<HTMLElement>('[data-note]');
  const show = () => {
    render(loadProgress(known));
    if (note) note.hidden = progressKept();
  };
  onProgressChange(show);
  show();
  root.dataset['live'] = '';
  return (change) => void updateProgress(change, known);
}
