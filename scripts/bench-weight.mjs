#!/usr/bin/env node
/**
 * Weight of a cold load of each page type of the built site (run `npm run build` first).
 *
 * Each page is opened in headless Chromium at phone size with an empty cache, served from dist/ by
 * a plain static server; every request the page makes until the network is idle is counted (this
 * includes Starlight's search UI, which it loads when the browser is idle). Sizes are the built
 * files gzipped at level 6, as a static host would send them.
 *
 * "Stock" is the same measure of a stock Starlight page built with the same installed versions
 * (scripts/stock-starlight.mjs): its splash page for the home page, its doc page with sidebar,
 * table of contents, tabs, steps, asides, cards and a code block for the others. "JS ours" is the
 * JavaScript the page runs as it loads beyond what the stock build ships (see `addedJavaScript`;
 * what e2e/budget.spec.ts holds to the budget). "Later Δ" is the script the page fetched after it
 * had loaded, until the network settled, compared with the stock page: modules loaded on demand,
 * such as the offline status and, when the browser is idle, the search (Pagefind's UI, which the
 * stock page loads too, and the guide's query reading).
 *
 * Targets: a fix page ≤ 70 KB gzipped in total; JS ours at load ≤ 4 KB gzipped on every page type.
 * Exits with status 1 when a target is missed. BENCH_PORT sets the port (default 4340).
 */
import { fileURLToPath } from 'node:url';
import { chromium, devices } from '@playwright/test';
import { launchOptions } from './browser.mjs';
import { benchPrerequisites, pageTypes, printTable } from './page-types.mjs';
import { builtSiteReader } from './lib/built-site.ts';
import { packageVersion, starlightScripts, stockStarlightDist } from './stock-starlight.mjs';
import { serveStatic } from './static-server.mjs';
import { OUR_JS_BUDGET, addedJavaScript, fileKind, gzipSize, loadedScripts } from './lib/weight.ts';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const PORT = Number(process.env.BENCH_PORT ?? 4340);
const FIX_PAGE_BUDGET = 70 * 1024;
const KINDS = /** @type {const} */ (['html', 'css', 'js', 'img', 'other']);

/**
 * @typedef {{ requests: number, bytes: Record<(typeof KINDS)[number], number>, total: number,
 *   files: { path: string, size: number }[], foreign: string[], failed: string[], background: number }} Load
 */

/**
 * Opens `path` on the site served at `origin` in a new browser (Chromium keeps favicons across
 * contexts) and adds up what it downloads, sized from the built files `read` gives.
 * @returns {Promise<Load>}
 */
async function coldLoad(origin, read, path) {
  const browser = await chromium.launch(LAUNCH);
  const { defaultBrowserType: _, ...phone } = devices['iPhone 13'];
  const context = await browser.newContext({ ...phone, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const urls = [];
  const failed = [];
  let background = 0;
  page.on('requestfinished', async (request) => {
    urls.push(request.url());
    const status = (await request.response())?.status() ?? 0;
    if (status >= 400) failed.push(`${request.url()} (${status})`);
  });
  page.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));
  context.on('requestfinished', (request) => {
    if (request.serviceWorker()) background += 1;
  });
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await browser.close();

  /** @type {Load} */
  const load = {
    requests: urls.length,
    bytes: { html: 0, css: 0, js: 0, img: 0, other: 0 },
    total: 0,
    files: [],
    foreign: [],
    failed,
    background,
  };
  for (const url of urls) {
    const { origin: from, pathname } = new URL(url);
    if (from !== origin) {
      load.foreign.push(url);
      continue;
    }
    const size = gzipSize(read(pathname) ?? read('/404.html') ?? '');
    load.bytes[fileKind(pathname)] += size;
    load.total += size;
    load.files.push({ path: pathname, size });
  }
  return load;
}

/** Gzipped bytes of the script files page `path` fetched after it had loaded (modules loaded on demand). */
function laterScripts(read, path, load) {
  const atLoad = new Set(loadedScripts(read(path) ?? '', path, read).map((s) => s.name));
  return load.files
    .filter((f) => fileKind(f.path) === 'js' && !atLoad.has(f.path))
    .reduce((sum, f) => sum + f.size, 0);
}

/**
 * Gzipped bytes of the JavaScript of ours a loaded page fetched: `atLoad`, what it runs as it loads
 * beyond what Starlight ships (inline scripts, script files and their static imports, counted as the
 * budget test counts them: see `addedJavaScript`), and `later`, the script files it fetched after
 * that while the network settled, less what the stock page fetches that way (both load Pagefind's
 * search UI when the browser is idle).
 */
function ourScripts(read, path, load, starlight, stockLater) {
  const html = read(path) ?? '';
  return {
    atLoad: addedJavaScript(html, loadedScripts(html, path, read), starlight).total,
    later: laterScripts(read, path, load) - stockLater,
  };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const signed = (bytes) => `${bytes >= 0 ? '+' : '−'}${kb(Math.abs(bytes))}`;

const found = benchPrerequisites(DIST);

const stockDist = stockStarlightDist();
const starlight = starlightScripts();
const LAUNCH = launchOptions(found);

const stock = {};
{
  const server = await serveStatic(stockDist, PORT);
  const read = builtSiteReader(stockDist);
  stock.splash = await coldLoad(server.origin, read, '/');
  stock.splash.later = laterScripts(read, '/', stock.splash);
  stock.doc = await coldLoad(server.origin, read, '/guides/page/');
  stock.doc.later = laterScripts(read, '/guides/page/', stock.doc);
  await server.close();
}

const rows = [];
const problems = [];
{
  const server = await serveStatic(DIST, PORT);
  const read = builtSiteReader(DIST);
  for (const { type, path } of pageTypes(DIST)) {
    const load = await coldLoad(server.origin, read, path);
    const base = type === 'home' ? stock.splash : stock.doc;
    const ours = ourScripts(read, path, load, starlight, base.later);
    rows.push({ type, path, load, ours, base });
    if (load.failed.length) problems.push(`${path} failed to load: ${load.failed.join(', ')}`);
    if (load.foreign.length) problems.push(`${path} requested another origin: ${load.foreign.join(', ')}`);
    if (ours.atLoad > OUR_JS_BUDGET) {
      problems.push(`${path}: JS beyond Starlight's at load ${kb(ours.atLoad)} KB > ${kb(OUR_JS_BUDGET)} KB`);
    }
    if (type === 'fix' && load.total > FIX_PAGE_BUDGET) {
      problems.push(`${path}: cold load ${kb(load.total)} KB > ${kb(FIX_PAGE_BUDGET)} KB`);
    }
  }
  await server.close();
}
console.log(
  `\nCold load at phone size, KB gzipped (level 6). Stock = Starlight ${packageVersion('@astrojs/starlight')} ` +
    `with Astro ${packageVersion('astro')}, default options.\n`,
);
const header = ['page type', 'page', 'req', ...KINDS, 'total', 'stock', 'Δ stock', 'JS ours', 'later Δ'];
const table = [header];
for (const row of rows) {
  const { load, base } = row;
  table.push([
    row.type,
    row.path,
    String(load.requests),
    ...KINDS.map((k) => kb(load.bytes[k])),
    kb(load.total),
    kb(base.total),
    signed(load.total - base.total),
    kb(row.ours.atLoad),
    signed(row.ours.later),
  ]);
}
for (const [name, load] of [
  ['stock splash', stock.splash],
  ['stock doc page', stock.doc],
]) {
  table.push([
    name,
    '',
    String(load.requests),
    ...KINDS.map((k) => kb(load.bytes[k])),
    kb(load.total),
    ...header.slice(KINDS.length + 4).map(() => ''),
  ]);
}
printTable(table);

const background = rows.filter((r) => r.load.background > 0);
if (background.length) {
  console.log(
    `\nNot counted: after the load, the service worker saves the guide for offline use in the ` +
      `background (${background[0].load.background} requests on the first page).`,
  );
}
const fix = rows.find((r) => r.type === 'fix');
console.log('\nTargets');
console.log(
  `  ${fix && fix.load.total <= FIX_PAGE_BUDGET ? '✓' : '✗'} fix page cold load ${fix ? kb(fix.load.total) : '?'} KB ≤ ${kb(FIX_PAGE_BUDGET)} KB`,
);
const maxOurs = Math.max(0, ...rows.map((r) => r.ours.atLoad));
console.log(
  `  ${maxOurs <= OUR_JS_BUDGET ? '✓' : '✗'} JS beyond Starlight's at load, largest ${kb(maxOurs)} KB ≤ ${kb(OUR_JS_BUDGET)} KB`,
);
for (const problem of problems) console.log(`  ✗ ${problem}`);
if (problems.length || !fix) process.exitCode = 1;
