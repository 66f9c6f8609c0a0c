import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { sitePages } from './support/fixtures';
import { builtPages, builtSiteReader } from '../scripts/lib/built-site';
import { anchorIds, builtFile, internalTarget, pageReferences } from '../scripts/lib/html-links';

/**
 * Every link, script, stylesheet and image on every built page, the ones components generate
 * included, checked against the files in dist/ (no browser needed): the target must be built and a
 * #fragment must name an element of the target page.
 */
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const ORIGIN = new URL(
  [...readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)][0]![1]!,
).origin;

const pages = builtPages(DIST);
const read = builtSiteReader(DIST);

const idsCache = new Map<string, Set<string>>();
/** The anchors of the page at a site path, read once. */
function idsOf(path: string): Set<string> {
  let ids = idsCache.get(path);
  if (!ids) {
    ids = anchorIds(read(path) ?? '');
    idsCache.set(path, ids);
  }
  return ids;
}

/** Whether the site path is served by a file in dist/. */
const isBuilt = (path: string) => read(path) !== undefined;

test('every internal link and #anchor on every built page resolves', () => {
  expect(pages.length).toBe(sitePages.length);
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    for (const reference of pageReferences(read(page) ?? '')) {
      const target = internalTarget(reference, page, ORIGIN);
      if (!target) continue;
      checked += 1;
      if (!isBuilt(target.path)) {
        const hint = isBuilt(`${target.path}/`) ? ' (add the trailing slash)' : '';
        broken.push(`${page}: ${reference} → nothing is built at ${target.path}${hint}`);
        continue;
      }
      if (
        target.fragment &&
        builtFile(target.path).endsWith('.html') &&
        !idsOf(target.path).has(target.fragment)
      ) {
        broken.push(`${page}: ${reference} → ${target.path} has no element with id "${target.fragment}"`);
      }
    }
  }
  expect(checked).toBeGreaterThan(pages.length * 10);
  expect(broken, 'broken internal links').toEqual([]);
});
