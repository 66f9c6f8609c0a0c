import { fixMeta } from './checklists';
import { byKind, hrefOf, slugOf, type GuideEntry } from './content';
import { appName } from './labels';
import type { ChecklistRows } from './progress';
import type { Risk } from './terms';
import type { Say } from './words';

/** One tickable line of the printed checklist. */
export interface PrintRow {
  /** The id the interactive checklists use: a check or app item id, or a fix slug. */
  id: string;
  /** Position shown on paper: the fix's `order`, or the item's place in its list. */
  number: number;
  title: string;
  /** The key step in a line or two: a fix's `summary`, or an item's `detail`. */
  step?: string | undefined;
  /** Time and risk, e.g. "10 min · Resets settings"; fixes only. */
  meta?: string | undefined;
  /** How much the step can cost, so paper can stress the risky ones; fixes only. */
  risk?: Risk | undefined;
  /** What the step removes, said before the step as on the fix's page; fixes only. */
  erases?: string[] | undefined;
  /** The page with the full steps; fixes only (an item's own page is its checklist page). */
  href?: string | undefined;
}

/** One list of the printed checklist: the quick checks, the fix path, or one app's checklist. */
export interface PrintSection {
  /** Progress list id: the page id of a check or app page (`quick-checks`, `apps/whatsapp`), or `fixes`. */
  list: string;
  /**
   * `fixes`: rows are fixes (ids are fix slugs), a tick records the fix as tried, as on the fix path;
   * `items`: rows are the items of the check or app page `list`.
   */
  kind: ChecklistRows['kind'];
  title: string;
  /** The page this list comes from. */
  href: string;
  /** Short name of an app list ("WhatsApp"), for "Include the WhatsApp checklist". */
  app?: string | undefined;
  rows: PrintRow[];
}

/** The printed checklist: the core lists (quick checks, then fixes) and the optional app lists. */
export interface PrintSheet {
  core: PrintSection[];
  apps: PrintSection[];
}

function itemSection(page: GuideEntry, base: string): PrintSection {
  return {
    list: page.id,
    kind: 'items',
    title: page.data.title,
    href: hrefOf(page.id, base),
    rows: page.data.items.map((item, i) => ({
      id: item.id,
      number: i + 1,
      title: item.text,
      step: item.detail,
    })),
  };
}

/**
 * Builds the printed checklist from the guide's pages: every check page's items, then every fix in
 * `order` with its summary, time, risk and what it removes, then one list per app page. Nothing is
 * copied by hand, so the paper always says what the pages say; its own words are `say`'s.
 */
export function printSheet(entries: readonly GuideEntry[], say: Say, base = '/'): PrintSheet {
  const fixes = byKind(entries, 'fix');
  const fixSection: PrintSection = {
    list: 'fixes',
    kind: 'fixes',
    title: say('guide.print.fixes'),
    href: hrefOf('fixes', base),
    rows: fixes.map((fix, i) => {
      const { risk, summary, order, title, erases } = fix.data;
      const meta = fixMeta(fix, say);
      return {
        id: slugOf(fix.id),
        number: order ?? i + 1,
        title,
        step: summary,
        meta: meta || undefined,
        risk,
        erases: erases.length > 0 ? erases : undefined,
        href: hrefOf(fix.id, base),
      };
    }),
  };
  const checks = byKind(entries, 'check').map((page) => itemSection(page, base));
  const apps = byKind(entries, 'app').map((page) => {
    const app = page.data.apps[0];
    return { ...itemSection(page, base), app: app ? appName(app, say) : page.data.title };
  });
  return { core: [...checks, ...(fixes.length > 0 ? [fixSection] : [])], apps };
}

/** One list's part of the "tried so far" summary: the titles of its ticked rows, in list order. */
export interface TriedLine {
  list: string;
  title: string;
  done: string[];
  total: number;
}

/** What "Tried so far" needs of a list: its id, kind, title, and its rows' ids and titles. */
export type TriedSection = Pick<PrintSection, 'list' | 'kind' | 'title'> & {
  rows: Pick<PrintRow, 'id' | 'title'>[];
};

/**
 * What has been ticked so far, list by list, in the order of the sheet; lists with nothing ticked are
 * left out. `isTicked` answers for one row of one list (from the page's boxes, or from saved progress).
 */
export function triedSoFar(
  sections: readonly TriedSection[],
  isTicked: (section: TriedSection, id: string) => boolean,
): TriedLine[] {
  return sections
    .map((s) => ({
      list: s.list,
      title: s.title,
      done: s.rows.filter((r) => isTicked(s, r.id)).map((r) => r.title),
      total: s.rows.length,
    }))
    .filter((line) => line.done.length > 0);
}

/** A date as people read it on paper in the page's language, e.g. "May 14, 2026"; never throws. */
export function formatPrintDate(date: Date, lang = 'en'): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long' };
  try {
    return new Intl.DateTimeFormat(lang, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', options).format(date);
  }
}
