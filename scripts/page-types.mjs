/**
 * The page types the benchmarks measure, each as one built page: the home page, the quick checks,
 * the heaviest cause, fix and app page (largest gzipped HTML, the worst case of its kind), and the
 * checklist, diagnosis and progress pages. A type with no built page is an error: a benchmark
 * would otherwise silently measure less.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './browser.mjs';
import { builtPages, builtSiteReader } from './lib/built-site.ts';
import { gzipSize } from './lib/weight.ts';

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
 * One page per type in the built site `dist`; throws when the site has none of a type.
 * @param {string} dist
 * @returns {{ type: string, path: string }[]}
 */
export function pageTypes(dist) {
  const read = builtSiteReader(dist);
  const pages = builtPages(dist);
  return TYPES.map(({ type, pattern }) => {
    const candidates = pages.filter((p) => pattern.test(p));
    const heaviest = candidates
      .map((path) => ({ path, size: gzipSize(read(path) ?? '') }))
      .sort((a, b) => b.size - a.size || a.path.localeCompare(b.path))[0];
    if (!heaviest) throw new Error(`No built page of the type "${type}" in ${dist}`);
    return { type, path: heaviest.path };
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

/**
 * Prints a table of text cells: the first row is the header, underlined; the first two columns
 * are left-aligned, the figures right-aligned.
 * @param {string[][]} table
 */
export function printTable(table) {
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  for (const [i, r] of table.entries()) {
    console.log(r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  }
}
