import { byKind, hrefOf, slugOf, type GuideEntry } from './content';
import { formatMinutes, micLabels, riskLabel } from './labels';
import type { Labels } from './progress-summary';
import { resultLabels, type Say } from './words';

/** One tickable row of a checklist as the page shows it. */
export interface ChecklistRow {
  /** Stable id saved with the tick: the item id, or the fix slug on the fix path. */
  id: string;
  text: string;
  /** Page the row is about (the fix page on the fix path). */
  href?: string | undefined;
  /** A line under the text: how to do it, or what the fix does. */
  detail?: string | undefined;
  /** Time and risk, for fixes. */
  meta?: string | undefined;
  /** A page that explains the item, named by its title. */
  link?: { href: string; title: string } | undefined;
}

/** "2 min · No risk": a fix's time and risk in one line (empty when it has neither). */
export function fixMeta(fix: GuideEntry, say: Say): string {
  const { minutes, risk } = fix.data;
  return [minutes === undefined ? '' : formatMinutes(minutes, say), risk ? riskLabel(risk, say) : '']
    .filter(Boolean)
    .join(' · ');
}

/** The checklist of a check or app page, from its `items`, each `link` resolved to that page's title and URL. */
export function pageChecklist(page: GuideEntry, entries: readonly GuideEntry[], base = '/'): ChecklistRow[] {
  return page.data.items.map((item) => {
    const target = entries.find((e) => e.id === item.link);
    return {
      id: item.id,
      text: item.text,
      detail: item.detail,
      link: target ? { href: hrefOf(target.id, base), title: target.data.title } : undefined,
    };
  });
}

/** Every fix in fix order (cheapest and safest first), as rows keyed by fix slug, time and risk in `say`'s words. */
export function fixPathRows(entries: readonly GuideEntry[], say: Say, base = '/'): ChecklistRow[] {
  return byKind(entries, 'fix').map((fix) => ({
    id: slugOf(fix.id),
    text: fix.data.title,
    href: hrefOf(fix.id, base),
    detail: fix.data.summary,
    meta: fixMeta(fix, say),
  }));
}

/**
 * Every id a checklist's saved progress may hold, so a page can drop ids that no longer exist without
 * erasing any it does not show: all fix slugs for a checklist of fixes (a plan may show only some),
 * else all items of the page the checklist is named after, else the rows shown.
 */
export function checklistKnownIds(
  entries: readonly GuideEntry[],
  checklist: { list: string; items: readonly ChecklistRow[]; kind: 'items' | 'fixes' },
): string[] {
  if (checklist.kind === 'fixes') return byKind(entries, 'fix').map((f) => slugOf(f.id));
  const page = entries.find((e) => e.id === checklist.list);
  return page ? page.data.items.map((i) => i.id) : checklist.items.map((r) => r.id);
}

/** The pages whose checklists are saved as progress: check pages, then app pages. */
export function checklistPages<E extends GuideEntry>(entries: readonly E[]): E[] {
  return [...byKind(entries, 'check'), ...byKind(entries, 'app')].filter((e) => e.data.items.length > 0);
}

/** The page with the microphone test, where its result in My progress links to. */
export const MIC_TEST_PAGE = 'fixes/test-microphone';

/**
 * Names and links for everything progress can hold: every fix in order, every checklist and its
 * items, the microphone test (when the guide has its page), how each result of a fix reads and the
 * sentences of the summary for support, in `say`'s words.
 */
export function progressLabels(entries: readonly GuideEntry[], say: Say, base = '/'): Labels {
  return {
    results: resultLabels(say),
    summary: {
      phone: say('guide.summary.phone'),
      phoneIos: say('guide.summary.phoneIos'),
      triedFixes: say('guide.summary.triedFixes'),
      triedNone: say('guide.summary.triedNone'),
      skippedFixes: say('guide.summary.skippedFixes'),
      mic: say('guide.summary.mic'),
      fixedBy: say('guide.summary.fixedBy'),
      notFixed: say('guide.summary.notFixed'),
      worked: say('guide.summary.worked'),
      tried: say('guide.summary.tried'),
    },
    fixes: byKind(entries, 'fix').map((f) => ({
      id: slugOf(f.id),
      text: f.data.title,
      href: hrefOf(f.id, base),
    })),
    lists: checklistPages(entries).map((page) => ({
      id: page.id,
      title: page.data.title,
      href: hrefOf(page.id, base),
      items: page.data.items.map(({ id, text }) => ({ id, text })),
      checked: say('guide.summary.checked', { checklist: page.data.title }),
    })),
    ...(entries.some((e) => e.id === MIC_TEST_PAGE) && {
      mic: { ...micLabels(say), href: hrefOf(MIC_TEST_PAGE, base) },
    }),
  };
}

/** Prevention pages for a fix: those that share one of its causes, or every prevention page when none does. */
export function preventionFor<E extends GuideEntry>(entries: readonly E[], fix: GuideEntry): E[] {
  const all = byKind(entries, 'prevention');
  const related = all.filter((p) => p.data.causes.some((c) => fix.data.causes.includes(c)));
  return related.length > 0 ? related : all;
}
