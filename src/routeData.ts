import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { hrefOf, startPages } from './lib/content';
import { guideEntries } from './lib/guide-entries';

/**
 * Adds the "Start here" sidebar group: the guide pages at the top level of `src/content/docs`,
 * in their sidebar order. Folders get their groups from `autogenerate` in the Starlight config.
 * The not-found page gets no address of its own (no canonical link, no `og:url`): it is served at
 * any missing URL, not at /404/. Its frontmatter asks search engines not to index it.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const entries = startPages(await guideEntries()).map((e) => ({
    type: 'link' as const,
    label: e.data.sidebar?.label ?? e.data.title,
    href: hrefOf(e.id, import.meta.env.BASE_URL),
    isCurrent: e.id === route.id,
    badge: undefined,
    attrs: {},
  }));
  route.sidebar.unshift({ type: 'group', label: 'Start here', entries, collapsed: false, badge: undefined });
  if (route.id === '404') {
    route.head = route.head.filter(
      ({ tag, attrs }) =>
        !(tag === 'link' && attrs?.['rel'] === 'canonical') &&
        !(tag === 'meta' && attrs?.['property'] === 'og:url'),
    );
  }
});
