/**
 * What a person has done in the guide: ticked checklist items, what each fix did, the iOS version
 * they gave and their last plan. Stored as one JSON object under one key with a `version`; this
 * module is the model, pure functions over that object, and `progress-store.ts` keeps it in the
 * browser.
 *
 * Everything read back is checked entry by entry: invalid JSON, a foreign or unknown-version object,
 * ids the page does not know (content changed), wrong types and times from the future are dropped,
 * and every valid entry is kept. No function here throws on bad input.
 */

/** The localStorage key of the progress object; other keys of the guide start with `audio-guide:`. */
export const PROGRESS_KEY = 'audio-guide:progress';
/** Layout of the stored object. Bump it and add a step to `migrateProgress` when the layout changes. */
export const PROGRESS_VERSION = 1;
/** Event fired on `window` after this page saved progress, so its other parts can follow. */
export const PROGRESS_EVENT = PROGRESS_KEY;

/** What a fix did: solved it, was tried without effect, or was passed over. */
export const FIX_RESULTS = ['worked', 'tried', 'skipped'] as const;
export type FixResult = (typeof FIX_RESULTS)[number];

/** The result of one fix and when it was given (ms since 1970). */
export interface FixRecord {
  result: FixResult;
  at: number;
}

/**
 * How a microphone test ended (`src/lib/mic-test.ts`): the microphone heard sound, heard nothing, was
 * refused, was held by something else, or could not be tested in this browser.
 */
export const MIC_VERDICTS = ['works', 'silent', 'denied', 'busy', 'unsupported'] as const;
export type MicVerdict = (typeof MIC_VERDICTS)[number];

/** The verdict of the last microphone test and when it ended (ms since 1970); the sound is never kept. */
export interface MicRecord {
  verdict: MicVerdict;
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
  /** The last microphone test's verdict. */
  mic?: MicRecord;
}

/**
 * Ids a page knows. A checklist named here keeps only these item ids; `fixes`, when given, keeps only
 * these fix slugs. Lists a page does not name are kept as they are, so one page never erases another's.
 */
export interface KnownIds {
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
/** The fields of a stored value: its own entries when it is an object, none for anything else. */
const fields = (v: unknown): Entries => (isRecord(v) ? v : {});
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
export function parseProgress(raw: string | null, known: KnownIds = {}, now = Date.now()): Progress {
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
    const { result, at } = fields(record);
    if (FIX_RESULTS.includes(result as FixResult) && isTime(at) && has(known.fixes, fix)) {
      progress.fixes[fix] = { result: result as FixResult, at };
    }
  }
  const ios = stored['ios'];
  if (typeof ios === 'string' && IOS.exec(ios)?.[0] === ios) progress.ios = ios;
  const { query, fixes } = fields(stored['plan']);
  if (typeof query === 'string' && QUERY.test(query)) {
    progress.plan = {
      query,
      fixes: (Array.isArray(fixes) ? (fixes as unknown[]) : []).filter(
        (f): f is string => typeof f === 'string' && ID.test(f) && has(known.fixes, f),
      ),
    };
  }
  const { verdict, at } = fields(stored['mic']);
  if (MIC_VERDICTS.includes(verdict as MicVerdict) && isTime(at)) {
    progress.mic = { verdict: verdict as MicVerdict, at };
  }
  return progress;
}

/**
 * Both progress records in one: every tick and result of either, the newer one where both have it;
 * the iOS version, plan and microphone test of `b` (the newer record) where it has them, else of `a`.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const merged: Progress = { ...a, ...b, lists: {}, fixes: {} };
  for (const p of [a, b]) {
    for (const [list, items] of Object.entries(p.lists)) {
      const into = (merged.lists[list] ??= {});
      for (const [id, at] of Object.entries(items)) into[id] = Math.max(into[id] ?? 0, at);
    }
    for (const [fix, record] of Object.entries(p.fixes)) {
      if ((merged.fixes[fix]?.at ?? 0) <= record.at) merged.fixes[fix] = record;
    }
  }
  return merged;
}

/**
 * What a checklist's rows stand for: the items of the checklist saved under `list`, or fixes, whose
 * results every list of fixes shares (the fix path, the diagnosis plan, the printed sheet).
 */
export type ChecklistRows = { kind: 'items'; list: string } | { kind: 'fixes' };

/** The rows of the checklist saved under `list`, of `kind` (a list of fixes shares its results). */
export function checklistRows(kind: ChecklistRows['kind'], list: string): ChecklistRows {
  return kind === 'fixes' ? { kind } : { kind, list };
}

/** Whether row `id` shows ticked: an item when it was ticked; a fix when it was tried or worked (not skipped). */
export function isTicked(p: Progress, rows: ChecklistRows, id: string): boolean {
  if (rows.kind === 'items') return Object.hasOwn(p.lists[rows.list] ?? {}, id);
  return (p.fixes[id]?.result ?? 'skipped') !== 'skipped';
}

/** A copy of `p` with `change` made to it; `p` itself is left as it was. */
function edited(p: Progress, change: (next: Progress) => void): Progress {
  const next = structuredClone(p);
  change(next);
  return next;
}

/**
 * Progress with row `id` ticked, the same way on every page: an item keeps the time of its first
 * tick (`now`); a fix is recorded as tried.
 */
export function tick(p: Progress, rows: ChecklistRows, id: string, now = Date.now()): Progress {
  if (rows.kind === 'fixes') return recordFix(p, id, 'tried', now);
  if (!ID.test(rows.list) || !ID.test(id)) return p;
  return edited(p, (next) => void ((next.lists[rows.list] ??= {})[id] ??= now));
}

/** Progress with row `id` unticked: an item loses its tick; a fix forgets its result. */
export function untick(p: Progress, rows: ChecklistRows, id: string): Progress {
  if (rows.kind === 'fixes') return recordFix(p, id, null);
  if (!isTicked(p, rows, id)) return p;
  return edited(p, (next) => {
    const items = next.lists[rows.list]!;
    delete items[id];
    if (Object.keys(items).length === 0) delete next.lists[rows.list];
  });
}

/**
 * Progress with a checklist's rows cleared ("Start over"): a checklist of items loses every tick; a
 * checklist of fixes forgets the results of `ids`, its rows.
 */
export function clearRows(p: Progress, rows: ChecklistRows, ids: readonly string[]): Progress {
  return edited(p, (next) => {
    if (rows.kind === 'items') delete next.lists[rows.list];
    else for (const fix of ids) delete next.fixes[fix];
  });
}

/** Progress with what `fix` did recorded at `now`; `null` forgets the fix's result. */
export function recordFix(p: Progress, fix: string, result: FixResult | null, now = Date.now()): Progress {
  if (!ID.test(fix)) return p;
  return edited(p, (next) => {
    if (result) next.fixes[fix] = { result, at: now };
    else delete next.fixes[fix];
  });
}

/** Progress with the iOS version found in `text` ("iOS 18.5" → `18.5`); none found forgets it. */
export function setIos(p: Progress, text: string): Progress {
  return edited(p, (next) => {
    const ios = IOS.exec(text)?.[0];
    if (ios) next.ios = ios;
    else delete next.ios;
  });
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
    if (record?.result === 'worked' && record.at >= workedAt) {
      worked = fix;
      workedAt = record.at;
    }
  }
  return { worked, resume: path.find((fix) => !p.fixes[fix]) };
}
