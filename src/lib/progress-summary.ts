/**
 * Progress read back to a person: what was done, in order, and the plain-text summary for Apple
 * Support, a carrier or a store. Only "My progress" needs it, so it is apart from the store.
 */
import type { FixResult, MicVerdict, Progress } from './progress';
import { fill } from './words';

/** Titles and texts for reading progress back to a person, in guide order. */
export interface Labels {
  fixes: readonly { id: string; text: string; href?: string }[];
  lists: readonly {
    id: string;
    title: string;
    href?: string;
    items: readonly { id: string; text: string }[];
    /** The summary's sentence for its ticked items: "Checked (Quick checks): {{list}}." */
    checked: string;
  }[];
  /** The microphone test: its name and page, and each verdict as a result and in a sentence. */
  mic?: {
    text: string;
    href?: string;
    verdicts: Readonly<Record<MicVerdict, string>>;
    said: Readonly<Record<MicVerdict, string>>;
  };
  /** How each result of a fix reads ("Fixed it", "No change", "Skipped"). */
  results: Readonly<Record<FixResult, string>>;
  /** The sentences of the summary for support, with `{{…}}` where progress goes in. */
  summary: Readonly<Record<SummarySentence, string>>;
}

/**
 * The summary's sentences: the phone (with its iOS version when known), the fixes tried (or none)
 * and skipped, the microphone test, and the result (fixed by one, or
 * not); and what a tried fix did, after its name (`worked`: "fixed it", `tried`: "no change").
 */
export type SummarySentence =
  | 'phone'
  | 'phoneIos'
  | 'triedFixes'
  | 'triedNone'
  | 'skippedFixes'
  | 'mic'
  | 'fixedBy'
  | 'notFixed'
  | Exclude<FixResult, 'skipped'>;

/** One thing done, for the history on "My progress" and the summary. */
export interface HistoryEntry {
  /** When it was done (ms since 1970). */
  at: number;
  text: string;
  href?: string | undefined;
  /** What a fix did; none for a ticked checklist item. */
  result?: FixResult;
  /** The checklist an item was ticked on; none for a fix. */
  list?: Labels['lists'][number];
  /** What a test found, as a short result ("It hears you"); none for a fix or a checklist item. */
  found?: string;
}

/**
 * Everything recorded that `labels` can name, oldest first: fix results, ticked checklist items and
 * the microphone test. Entries made at the same time keep guide order (fixes, checklists, the test).
 */
export function progressHistory(p: Progress, labels: Labels): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const fix of labels.fixes) {
    const record = p.fixes[fix.id];
    if (record) entries.push({ ...record, text: fix.text, href: fix.href });
  }
  for (const list of labels.lists) {
    for (const item of list.items) {
      const at = p.lists[list.id]?.[item.id];
      if (at) entries.push({ at, text: item.text, href: list.href, list });
    }
  }
  if (p.mic && labels.mic) {
    const { text, href, verdicts } = labels.mic;
    entries.push({ at: p.mic.at, text, href, found: verdicts[p.mic.verdict] });
  }
  return entries.sort((a, b) => a.at - b.at);
}

/**
 * Plain text to read out or paste to Apple Support, a carrier or a store, in the sentences of
 * `labels.summary`: "iPhone, iOS 18.5. Tried: A (no change); B (fixed it). Skipped: C. Checked: …
 * Microphone test in the browser: it heard sound. Result: fixed by B." The fix that worked is the
 * one that worked last.
 */
export function supportSummary(p: Progress, labels: Labels): string {
  const { summary } = labels;
  const history = progressHistory(p, labels);
  // Only a fix has a result.
  const fixes = history.filter((h) => h.result);
  const texts = (skipped: boolean) =>
    fixes
      .filter((h) => (h.result === 'skipped') === skipped)
      .map((h) => (skipped ? h.text : `${h.text} (${summary[h.result as 'worked']})`));
  /** `sentence` listing `done`, or nothing when nothing was done. */
  const say = (sentence: string, done: string[]) =>
    done.length > 0 ? fill(sentence, { list: done.join('; ') }) : '';
  const worked = fixes.findLast((h) => h.result === 'worked');
  return [
    p.ios ? fill(summary.phoneIos, { ios: p.ios }) : summary.phone,
    say(summary.triedFixes, texts(false)) || summary.triedNone,
    say(summary.skippedFixes, texts(true)),
    ...labels.lists.map((list) =>
      say(
        list.checked,
        history.filter((h) => h.list === list).map((h) => h.text),
      ),
    ),
    p.mic && labels.mic
      ? fill(summary.mic, { test: labels.mic.text, result: labels.mic.said[p.mic.verdict] })
      : '',
    worked ? fill(summary.fixedBy, { fix: worked.text }) : summary.notFixed,
  ]
    .filter(Boolean)
    .join(' ');
}
