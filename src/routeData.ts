import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { hrefOf, startPages, type GuideEntry } from './lib/content';
import { guideEntries, localeBase } from './lib/guide-entries';
import { englishIdOf } from './lib/translations';
import { words, type WordKey } from './lib/words';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/** The words key of each sidebar group, by the English label the Starlight config gives it. */
const GROUP_WORDS: Record<string, WordKey> = {
  Causes: 'guide.sidebar.causes',
  Fixes: 'guide.sidebar.fixes',
  Apps: 'guide.sidebar.apps',
  Workarounds: 'guide.sidebar.workarounds',
  Prevention: 'guide.sidebar.prevention',
  'Real-world cases': 'guide.sidebar.scenarios',
  'Get help': 'guide.sidebar.getHelp',
};

/**
 * Puts the sidebar in the page's language and the guide's order: group labels from the interface
 * words, and each group's pages by the English pages' `order` (a translation has none of its own).
 */
function localizeSidebar(
  items: SidebarEntry[],
  entries: readonly GuideEntry[],
  base: string,
  t: App.Locals['t'],
): SidebarEntry[] {
  const rank = new Map(entries.map((e) => [hrefOf(e.id, base), e.data.sidebar?.order]));
  const order = (item: SidebarEntry) =>
    (item.type === 'link' ? rank.get(item.href) : undefined) ?? Number.MAX_SAFE_INTEGER;
  return items
    .map((item, at) => ({ item, at }))
    .sort((a, b) => order(a.item) - order(b.item) || a.at - b.at)
    .map(({ item }) => {
      if (item.type === 'link') return item;
      const key = GROUP_WORDS[item.label];
      return {
        ...item,
        label: key ? words(t, key) : item.label,
        entries: localizeSidebar(item.entries, entries, base, t),
      };
    });
}

/**
 * Adds the "Start here" sidebar group: the guide pages at the top level of `src/content/docs`,
 * in their sidebar order. Folders get their groups from `autogenerate` in the Starlight config.
 * A translated page gets its English page's facts (`route.entry.data`), so every component reads
 * the same frontmatter in every language. The not-found page gets no address of its own (no
 * canonical link, no `og:url`, no language alternates): it is served at any missing URL, not at /404/. Its frontmatter asks
 * search engines not to index it.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const { t } = context.locals;
  const entries = await guideEntries(route.locale);
  const base = localeBase(route.locale);
  const id = englishIdOf(route.id);
  if (route.isFallback) {
    // English shown under /es/ until the page is translated: kept out of the Spanish search index.
    route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
  } else if (id !== route.id) {
    const page = entries.find((e) => e.id === id);
    if (page) {
      const { sidebar: _order, ...facts } = page.data;
      route.entry = { ...route.entry, data: { ...route.entry.data, ...facts } };
    }
  }
  const start = startPages(entries).map((e) => ({
    type: 'link' as const,
    label: e.data.sidebar?.label ?? e.data.title,
    href: hrefOf(e.id, base),
    isCurrent: e.id === id,
    badge: undefined,
    attrs: {},
  }));
  route.sidebar = localizeSidebar(route.sidebar, entries, base, t);
  route.sidebar.unshift({
    type: 'group',
    label: words(t, 'guide.sidebar.startHere'),
    entries: start,
    collapsed: false,
    badge: undefined,
  });
  if (id === '404') {
    route.head = route.head.filter(
      ({ tag, attrs }) =>
        !(tag === 'link' && (attrs?.['rel'] === 'canonical' || attrs?.['hreflang'] !== undefined)) &&
        !(tag === 'meta' && attrs?.['property'] === 'og:url'),
    );
  }
});
