#!/usr/bin/env node
/**
 * Search benchmark: how fast the built site answers the query set in e2e/search-queries.json, how
 * often the right page is in the top three, and how big the Pagefind index is. Compares the site's
 * search API (what the search dialog uses) with Pagefind on its own. Exits with status 1 when the
 * site search puts an acceptable page in the top three for fewer queries than the query set's
 * `requiredHitRate` (the bar the e2e test holds too).
 *
 *   npm run build && npm run bench:search -- [--url http://127.0.0.1:4321] [--runs 5]
 *
 * Without --url it serves dist/ itself on BENCH_PORT (default 4340).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { launchOptions } from './browser.mjs';
import { serveStatic } from './static-server.mjs';
import { hrefOf } from '../src/lib/content.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const { values: args } = parseArgs({
  options: { url: { type: 'string' }, runs: { type: 'string', default: '5' } },
});
const runs = Math.max(1, Number(args.runs) || 5);
const { queries, requiredHitRate } = JSON.parse(
  await readFile(join(root, 'e2e/search-queries.json'), 'utf8'),
);

/** Every file under `dir`, with its size. */
async function files(dir) {
  const names = await readdir(dir, { recursive: true });
  const out = [];
  for (const name of names) {
    const info = await stat(join(dir, name));
    if (info.isFile()) out.push({ name: relative(dir, join(dir, name)), bytes: info.size });
  }
  return out;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const percentile = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const ms = (x) => `${x.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Times one query in the page: from the call to the data of the first five results. */
function timeQueries(page, apiUrl, list) {
  return page.evaluate(
    async ({ apiUrl, list }) => {
      const api = await import(apiUrl);
      const out = [];
      for (const query of list) {
        const start = performance.now();
        const response = await api.search(query);
        const data = await Promise.all(response.results.slice(0, 5).map((r) => r.data()));
        out.push({ ms: performance.now() - start, top: data.slice(0, 3).map((d) => d.url) });
      }
      return out;
    },
    { apiUrl, list },
  );
}

/**
 * Times the first search on a fresh page (loading Pagefind and the index included), then every
 * query `runs` times; counts the bytes fetched from /pagefind/ (the worker's requests included).
 */
async function measure(page, apiUrl, runs) {
  const [cold] = await timeQueries(page, apiUrl, [queries[0].query]);
  const coldBytes = fetched;
  const times = [];
  let top = [];
  for (let run = 0; run < runs; run++) {
    const timed = await timeQueries(
      page,
      apiUrl,
      queries.map((q) => q.query),
    );
    times.push(...timed.map((t) => t.ms));
    top = timed.map((t) => t.top);
  }
  return { cold: cold.ms, coldBytes, allBytes: fetched, times, top };
}

let fetched = 0;

const pagefindFiles = await files(join(dist, 'pagefind')).catch(() => {
  console.error('No dist/pagefind: run `npm run build` first.');
  process.exit(1);
});
const started = args.url
  ? { origin: args.url.replace(/\/$/, ''), close: () => undefined }
  : await serveStatic(dist, Number(process.env.BENCH_PORT ?? 4340));
const browser = await chromium.launch(launchOptions());

try {
  const results = {};
  for (const [label, api] of [
    ['site search (query reading + Pagefind)', 'site'],
    ['Pagefind alone', '/pagefind/pagefind.js'],
  ]) {
    const context = await browser.newContext();
    fetched = 0;
    context.on('requestfinished', async (request) => {
      if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
      const sizes = await request.sizes();
      fetched += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    const page = await context.newPage();
    await page.goto(`${started.origin}/`);
    const apiUrl =
      api === 'site'
        ? await page
            .locator('guide-search[data-search-api]')
            .first()
            .getAttribute('data-search-api', { timeout: 15_000 })
        : api;
    const m = await measure(page, apiUrl, runs);
    const wanted = (i) => queries[i].pages.map((id) => hrefOf(id));
    const hits = m.top.filter((urls, i) => urls.some((u) => wanted(i).includes(u))).length;
    const firsts = m.top.filter((urls, i) => wanted(i).includes(urls[0])).length;
    results[label] = { ...m, hits, firsts };
    await context.close();
  }

  const total = pagefindFiles.reduce((sum, f) => sum + f.bytes, 0);
  const group = (test) => pagefindFiles.filter((f) => test(f.name));
  const sum = (list) => list.reduce((s, f) => s + f.bytes, 0);
  console.log(
    `Pagefind index (dist/pagefind): ${total} bytes (${kb(total)}) in ${pagefindFiles.length} files`,
  );
  for (const [label, list] of [
    ['  word index chunks', group((n) => n.startsWith('index/'))],
    ['  page fragments', group((n) => n.startsWith('fragment/'))],
    ['  filter chunks', group((n) => n.startsWith('filter/'))],
    ['  wasm + meta', group((n) => /\.pagefind$|pf_meta$/.test(n))],
    ['  scripts and styles', group((n) => /\.(js|css|json)$/.test(n) && !n.includes('/'))],
  ]) {
    console.log(`${label}: ${kb(sum(list))} in ${list.length} files`);
  }
  console.log(`Queries: ${queries.length} from e2e/search-queries.json, ${runs} warm runs each\n`);
  for (const [label, r] of Object.entries(results)) {
    console.log(label);
    console.log(
      `  top-3 hit rate: ${((r.hits / queries.length) * 100).toFixed(1)}% (${r.hits}/${queries.length})`,
    );
    console.log(
      `  right page first: ${((r.firsts / queries.length) * 100).toFixed(1)}% (${r.firsts}/${queries.length})`,
    );
    console.log(
      `  median query → first 5 results: ${ms(median(r.times))} (p90 ${ms(percentile(r.times, 0.9))}, max ${ms(Math.max(...r.times))})`,
    );
    console.log(
      `  first search on a fresh page: ${ms(r.cold)}, downloading ${kb(r.coldBytes)} from /pagefind/`,
    );
    console.log(`  downloaded from /pagefind/ for the whole set: ${kb(r.allBytes)}`);
  }
  const site = results['site search (query reading + Pagefind)'];
  if (site.hits / queries.length < requiredHitRate) {
    console.log(`\nThe site search's top-3 hit rate is below the required ${requiredHitRate * 100} %.`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await started.close();
}
