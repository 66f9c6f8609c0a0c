/**
 * Progress read back to a person: what was done, in order, and the plain-text summary for Apple
 * Support, a carrier or a store. Only "My progress" needs it, so it is apart from the store.
 */
import { pathState, RESULT_LABELS, type FixResult, type Progress } from './progress';

/** Titles and texts for reading progress back to a person, in guide order. */
export interface Labels {
  fixes: readonly { id: string; title: string; href?: string }[];
  lists: readonly {
    id: string;
    title: string;
    href?: string;
    items: readonly { id: string; text: string }[];
  }[];
}

/** One thing done, for the history on "My progress" and the summary. */
export interface HistoryEntry {
  at: number;
  /** `fix` for a fix result, otherwise the checklist's id. */
  list: string;
  listTitle: string;
  id: string;
  text: string;
  href?: string | undefined;
  result: FixResult | 'done';
}

/**
 * Everything recorded that `labels` can name, oldest first: fix results and ticked checklist items.
 * Entries made at the same time keep guide order (fixes, then checklists).
 */
export function progressHistory(p: Progress, labels: Labels): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const fix of labels.fixes) {
    const record = p.fixes[fix.id];
    if (record) {
      entries.push({ ...record, list: 'fix', listTitle: 'Fix', id: fix.id, text: fix.title, href: fix.href });
    }
  }
  for (const list of labels.lists) {
    for (const item of list.items) {
      const at = p.lists[list.id]?.[item.id];
      if (at !== undefined) {
        entries.push({
          at,
          list: list.id,
          listTitle: list.title,
          id: item.id,
          text: item.text,
          href: list.href,
          result: 'done',
        });
      }
    }
  }
  return entries.sort((a, b) => a.at - b.at);
}

/**
 * Plain text to read out or paste to Apple Support, a carrier or a store:
 * "iPhone, iOS 18.5. Tried: A (no change); B (fixed it). Skipped: C. Checked: … Result: fixed by B."
 */
export function supportSummary(p: Progress, labels: Labels): string {
  const history = progressHistory(p, labels);
  const fixes = history.filter((h) => h.list === 'fix');
  const tried = fixes
    .filter((h) => h.result !== 'skipped')
    .map((h) => `${h.text} (${RESULT_LABELS[h.result as FixResult].toLowerCase()})`);
  const skipped = fixes.filter((h) => h.result === 'skipped').map((h) => h.text);
  const worked = pathState(
    p,
    labels.fixes.map((f) => f.id),
  ).worked;
  const parts = [p.ios ? `iPhone, iOS ${p.ios}.` : 'iPhone.'];
  parts.push(`Tried: ${tried.length > 0 ? tried.join('; ') : 'none of the fixes yet'}.`);
  if (skipped.length > 0) parts.push(`Skipped: ${skipped.join('; ')}.`);
  for (const list of labels.lists) {
    const done = history.filter((h) => h.list === list.id).map((h) => h.text);
    if (done.length > 0) parts.push(`Checked (${list.title}): ${done.join('; ')}.`);
  }
  const title = labels.fixes.find((f) => f.id === worked)?.title;
  parts.push(title ? `Result: fixed by ${title}.` : 'Result: not fixed yet.');
  return parts.join(' ');
}
