import type { GuideFields } from './schema';
import type { PageKind } from './terms';

/** The part of a collection entry the guide's rules need: its id and its frontmatter. */
export interface GuideEntry {
  id: string;
  data: GuideFields & {
    title: string;
    description?: string | undefined;
    sidebar?: { order?: number | undefined; label?: string | undefined; hidden?: boolean };
  };
}

/** The slug of an entry within its folder: `fixes/restart-iphone` → `restart-iphone`. */
export function slugOf(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

/** The site-relative URL of a docs entry, with the trailing slash the site uses. */
export function hrefOf(id: string, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return id === 'index' ? root : `${root}${id}/`;
}

/** The entry with this id; a link to a page that does not exist fails the build here. */
export function entryById<E extends GuideEntry>(entries: readonly E[], id: string): E {
  const found = entries.find((e) => e.id === id);
  if (!found) throw new Error(`"${id}" is linked to, but no page has that id`);
  return found;
}

/** Entries of one kind, sorted by `order` then title; entries without `order` come last. */
export function byKind<E extends GuideEntry>(entries: readonly E[], kind: PageKind): E[] {
  return entries
    .filter((e) => e.data.kind === kind)
    .sort(
      (a, b) =>
        (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) ||
        a.data.title.localeCompare(b.data.title),
    );
}

/** Top-level pages for the "Start here" group, in sidebar order, hidden ones left out. */
export function startPages<E extends GuideEntry>(entries: readonly E[]): E[] {
  const rank = (e: E) => e.data.sidebar?.order ?? Number.MAX_SAFE_INTEGER;
  return entries
    .filter((e) => !e.id.includes('/') && !e.data.sidebar?.hidden)
    .sort((a, b) => rank(a) - rank(b) || a.data.title.localeCompare(b.data.title));
}

/** The fixes that address a cause, in fix order. */
export function fixesForCause<E extends GuideEntry>(entries: readonly E[], causeSlug: string): E[] {
  return byKind(entries, 'fix').filter((f) => f.data.causes.includes(causeSlug));
}

/** The cause pages a fix addresses, in the order the fix lists them. */
export function causesOfFix<E extends GuideEntry>(entries: readonly E[], fix: GuideEntry): E[] {
  const causes = byKind(entries, 'cause');
  return fix.data.causes.flatMap((slug) => causes.filter((c) => slugOf(c.id) === slug));
}

/** The fix that comes after `id` in fix order, or undefined for the last one. */
export function nextFix<E extends GuideEntry>(entries: readonly E[], id: string): E | undefined {
  const fixes = byKind(entries, 'fix');
  const at = fixes.findIndex((f) => f.id === id);
  return at === -1 ? undefined : fixes[at + 1];
}

/**
 * Rules that span pages: fix and check `order` runs 1..n with no gaps or repeats, every cause a fix
 * names exists, every cause has a fix, and scenario paths and checklist links point at real pages.
 * Returns readable problems; empty when the content is consistent.
 */
export function contentProblems(entries: readonly GuideEntry[]): string[] {
  const problems: string[] = [];
  const ids = new Set(entries.map((e) => e.id));
  for (const e of entries) {
    if (e.data.reviewed === undefined) problems.push(`${e.id}: needs \`reviewed\``);
  }
  for (const kind of ['fix', 'check'] as const) {
    const orders = byKind(entries, kind).map((e) => e.data.order);
    orders.forEach((order, i) => {
      if (order !== i + 1) {
        problems.push(
          `${kind} order should run 1..${orders.length} without gaps or repeats; found ${orders.join(', ')}`,
        );
      }
    });
  }
  const causeSlugs = new Set(byKind(entries, 'cause').map((c) => slugOf(c.id)));
  for (const fix of byKind(entries, 'fix')) {
    for (const cause of fix.data.causes) {
      if (!causeSlugs.has(cause)) problems.push(`${fix.id}: cause "${cause}" has no page in causes/`);
    }
  }
  for (const cause of byKind(entries, 'cause')) {
    if (fixesForCause(entries, slugOf(cause.id)).length === 0) {
      problems.push(`${cause.id}: no fix lists this cause in its \`causes\``);
    }
  }
  const fixSlugs = new Set(byKind(entries, 'fix').map((f) => slugOf(f.id)));
  for (const e of entries) {
    for (const step of e.data.path) {
      if (!fixSlugs.has(step)) problems.push(`${e.id}: path names "${step}", which is not a fix`);
    }
    for (const item of e.data.items) {
      if (item.link !== undefined && !ids.has(item.link)) {
        problems.push(`${e.id}: item "${item.id}" links to "${item.link}", which is not a page`);
      }
    }
  }
  return [...new Set(problems)];
}
