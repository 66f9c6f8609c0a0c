/**
 * The page types the benchmarks measure, each as one built page: the home page, the quick checks,
 * the heaviest cause, fix and app page (largest gzipped HTML, the worst case of its kind), and the
 * checklist, diagnosis and progress pages. A type with no built page is reported as missing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './browser.mjs';
import { builtPages, builtSiteReader } from '../src/lib/built-site.ts';
import { gzipSize } from '../src/lib/weight.ts';

const TYPES = [
  { type: 'home', pattern: /^\/$/ },
  { type: 'quick checks', pattern: /^\/quick-checks\/$/ },
  { type: 'cause', pattern: /^\/causes\/[^/]+\/$/ },
  { type: 'fix', pattern: /^\/fixes\/[^/]+\/$/ },
  { type: 'app', pattern: /^\/apps\/[^/]+\/$/ },
  { type: 'checklist', pattern: /^\/checklist\/$/ },
  { type: 'diagnose', pattern: /^\/diagnose\/$/ },
  { type: 'my progress', pattern: /^\/my-progress\/$/ },
];

/**
 * One page per type in the built site `dist`, or `path: undefined` when the site has none.
 * @param {string} dist
 * @returns {{ type: string, path: string | undefined }[]}
 */
export function pageTypes(dist) {
  const read = builtSiteReader(dist);
  const pages = builtPages(dist);
  return TYPES.map(({ type, pattern }) => {
    const candidates = pages.filter((p) => pattern.test(p));
    const heaviest = candidates
      .map((path) => ({ path, size: gzipSize(read(path) ?? '') }))
      .sort((a, b) => b.size - a.size || a.path.localeCompare(b.path))[0];
    return { type, path: heaviest?.path };
  });
}

/**
 * What every page-type benchmark needs before it starts: a build in `dist` and a Chromium. Exits
 * with a one-line instruction when either is missing; otherwise returns the Chromium found.
 * @param {string} dist
 */
export function benchPrerequisites(dist) {
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('No build in dist/: run `npm run build` first.');
    process.exit(1);
  }
  const found = findChromium();
  if (!found) {
    console.error('No Chromium: run `node scripts/browser.mjs --ensure`.');
    process.exit(1);
  }
  return found;
}
