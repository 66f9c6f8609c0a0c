import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { anchorIds, builtFile, internalTarget, pageReferences } from '../src/lib/links';

/**
 * Every link, script, stylesheet and image on every built page, the ones components generate
 * included, checked against the files in dist/ (no browser needed): the target must be built and a
 * #fragment must name an element of the target page.
 */
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const ORIGIN = new URL(
  [...readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)][0]![1]!,
).origin;

/** The site path a built HTML file is served at. */
const pathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

const htmlFiles = (readdirSync(DIST, { recursive: true }) as string[])
  .map((f) => f.split('\\').join('/'))
  .filter((f) => f.endsWith('.html'));

const idsCache = new Map<string, Set<string>>();
/** The anchors of a built HTML file, read once. */
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = anchorIds(readFileSync(join(DIST, file), 'utf8'));
    idsCache.set(file, ids);
  }
  return ids;
}

/** Whether the site path is served by a file in dist/. */
function isBuilt(path: string): boolean {
  const file = join(DIST, builtFile(path));
  return existsSync(file) && statSync(file).isFile();
}

test('every internal link and #anchor on every built page resolves', () => {
  expect(htmlFiles.length).toBeGreaterThan(40);
  const broken: string[] = [];
  let checked = 0;
  for (const file of htmlFiles) {
    const page = pathOf(file);
    for (const reference of pageReferences(readFileSync(join(DIST, file), 'utf8'))) {
      const target = internalTarget(reference, page, ORIGIN);
      if (!target) continue;
      checked += 1;
      if (!isBuilt(target.path)) {
        const hint = isBuilt(`${target.path}/`) ? ' (add the trailing slash)' : '';
        broken.push(`${page}: ${reference} → nothing is built at ${target.path}${hint}`);
        continue;
      }
      const targetFile = builtFile(target.path);
      if (target.fragment && targetFile.endsWith('.html') && !idsOf(targetFile).has(target.fragment)) {
        broken.push(`${page}: ${reference} → ${target.path} has no element with id "${target.fragment}"`);
      }
    }
  }
  expect(checked).toBeGreaterThan(htmlFiles.length * 10);
  expect(broken, 'broken internal links').toEqual([]);
});
