#!/usr/bin/env node
/**
 * Lighthouse on each page type of the built site (run `npm run build` first), next to the stock
 * Starlight page of the same type (scripts/stock-starlight.mjs: its splash page for the home page,
 * its doc page for the others), with Lighthouse's default mobile settings (simulated slow 4G, 4× CPU
 * slowdown) in the headless Chromium the end-to-end tests use.
 *
 * Both sites are served gzip-compressed, as a static host serves them (scripts/static-server.mjs),
 * taking turns on one origin. Each page and its stock counterpart are measured one after the other,
 * three times, the order swapped every round, so both see the same machine; the figures are the
 * median of the three. Lighthouse's simulated timings are computed from the CPU time the page really
 * used, so a busy machine makes both sites slower: the conditions (cores, load, Lighthouse's
 * benchmark index of this machine) are printed with the table.
 *
 * Targets, for every page type: LCP ≤ 1.0 s, no later than the stock page's, and 100 in all four
 * Lighthouse categories (performance is the median of the three runs; the other three, which do not
 * depend on timing, are checked on the first); and the fix page, the heaviest, ≤ 70 KB transferred
 * in all (gzipped, Lighthouse's total byte weight, which counts what the page fetches when the browser
 * is idle too). Exits with status 1 when one is missed. BENCH_PORT
 * sets the port (default 4340); `npm run bench:lighthouse -- fix app` measures only those page types.
 */
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from './browser.mjs';
import { benchPrerequisites, pageTypes, printTable } from './page-types.mjs';
import { packageVersion, stockStarlightDist } from './stock-starlight.mjs';
import { serveStatic } from './static-server.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const PORT = Number(process.env.BENCH_PORT ?? 4340);
const RUNS = 3;
const LCP_TARGET = 1000;
/** What a fix page may transfer in all on a cold load, gzipped. */
const FIX_PAGE_BYTES = 70 * 1024;
const CATEGORIES = [
  ['performance', 'perf'],
  ['accessibility', 'a11y'],
  ['best-practices', 'best pr.'],
  ['seo', 'SEO'],
];

/** @typedef {{ fcp: number, lcp: number, tbt: number, cls: number, bytes: number, lcpElement: string, benchmarkIndex: number, scores: Record<string, number>, lost: string[] }} Run */

/**
 * The figures of one Lighthouse report: paint timings, blocking time, layout shift, bytes
 * transferred, the LCP element, the scores, and the audits that cost points.
 * @returns {Run}
 */
function figures(lhr) {
  const { audits, categories } = lhr;
  const value = (id) => audits[id]?.numericValue ?? NaN;
  const lcpNode = audits['lcp-breakdown-insight']?.details?.items?.find((i) => i.type === 'node');
  /** @type {Record<string, number>} */
  const scores = {};
  const lost = [];
  for (const [id, label] of CATEGORIES) {
    if (!categories[id]) continue;
    scores[id] = Math.round((categories[id].score ?? 0) * 100);
    for (const ref of categories[id].auditRefs ?? []) {
      const audit = audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        const shown = audit.displayValue ? ` (${audit.displayValue})` : '';
        lost.push(`${label}: ${audit.id} ${Math.round(audit.score * 100)} – ${audit.title}${shown}`);
      }
    }
  }
  return {
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    bytes: value('total-byte-weight'),
    lcpElement: lcpNode ? `${lcpNode.selector} “${String(lcpNode.nodeLabel).slice(0, 40)}”` : '?',
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
    scores,
    lost,
  };
}

/** The middle value (the lower middle of an even count). */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** The run whose LCP is the median: its other figures belong together. */
const medianRun = (runs) => {
  const lcp = median(runs.map((r) => r.lcp));
  return runs.find((r) => r.lcp === lcp) ?? runs[0];
};

const found = benchPrerequisites(DIST);
const stockDist = stockStarlightDist();
// `npm run bench:lighthouse -- fix app` measures only the page types named.
const only = process.argv.slice(2);
const types = pageTypes(DIST)
  .filter((t) => only.length === 0 || only.includes(t.type))
  .map((t) => ({ ...t, stock: t.type === 'home' ? '/' : '/guides/page/' }));
if (types.length === 0) {
  console.error(`No page type named ${only.join(', ')}.`);
  process.exit(1);
}

let servedDist = DIST;
const server = await serveStatic(() => servedDist, PORT);
const chrome = await chromeLauncher.launch({
  chromePath: found.path ?? chromium.executablePath(),
  chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
});

/** Lighthouse on `path` of the site in `dist`, with the categories given. */
async function measure(dist, path, categories) {
  servedDist = dist;
  const result = await lighthouse(`${server.origin}${path}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories,
  });
  if (!result) throw new Error(`Lighthouse returned no report for ${path}`);
  if (result.lhr.runtimeError) throw new Error(`${path}: ${result.lhr.runtimeError.message}`);
  return figures(result.lhr);
}

const started = Date.now();
const loadBefore = loadavg()[0];
/** @type {Map<string, { ours: Run[], stock: Run[] }>} */
const results = new Map(types.map((t) => [t.type, { ours: [], stock: [] }]));
try {
  for (let round = 0; round < RUNS; round += 1) {
    for (const { type, path, stock } of types) {
      const runs = results.get(type);
      // Accessibility, best practices and SEO do not vary from run to run: the first run checks them.
      const categories = round === 0 ? CATEGORIES.map(([id]) => id) : ['performance'];
      const ours = () => measure(DIST, path, categories).then((r) => void runs.ours.push(r));
      const theirs = () => measure(stockDist, stock, ['performance']).then((r) => void runs.stock.push(r));
      if (round % 2 === 0) {
        await ours();
        await theirs();
      } else {
        await theirs();
        await ours();
      }
      process.stderr.write('.');
    }
  }
} finally {
  process.stderr.write('\n');
  chrome.kill();
  await server.close();
}
const loadAfter = loadavg()[0];

const ms = (v) => String(Math.round(v));
const header = [
  'page type',
  'page',
  'FCP',
  'stock',
  'LCP',
  'stock',
  'TBT',
  'stock',
  'CLS',
  'stock',
  'KB',
  'stock',
];
header.push(...CATEGORIES.map(([, label]) => label));
const table = [header];
const problems = [];
const details = [];
const allOurs = [];
const allStock = [];
for (const { type, path, stock } of types) {
  const { ours, stock: theirs } = results.get(type);
  allOurs.push(...ours);
  allStock.push(...theirs);
  const m = (runs, key) => median(runs.map((r) => r[key]));
  const scores = CATEGORIES.map(([id]) =>
    median(ours.filter((r) => id in r.scores).map((r) => r.scores[id])),
  );
  const lcp = m(ours, 'lcp');
  const stockLcp = m(theirs, 'lcp');
  table.push([
    type,
    path,
    ms(m(ours, 'fcp')),
    ms(m(theirs, 'fcp')),
    ms(lcp),
    ms(stockLcp),
    ms(m(ours, 'tbt')),
    ms(m(theirs, 'tbt')),
    m(ours, 'cls').toFixed(3),
    m(theirs, 'cls').toFixed(3),
    (m(ours, 'bytes') / 1024).toFixed(1),
    (m(theirs, 'bytes') / 1024).toFixed(1),
    ...scores.map(String),
  ]);
  details.push(`${type}: ${medianRun(ours).lcpElement}; stock ${stock}: ${medianRun(theirs).lcpElement}`);
  if (lcp > LCP_TARGET) problems.push(`${path}: LCP ${ms(lcp)} ms > ${LCP_TARGET} ms`);
  if (lcp > stockLcp) problems.push(`${path}: LCP ${ms(lcp)} ms later than stock's ${ms(stockLcp)} ms`);
  if (type === 'fix' && m(ours, 'bytes') > FIX_PAGE_BYTES)
    problems.push(`${path}: ${(m(ours, 'bytes') / 1024).toFixed(1)} KB > ${FIX_PAGE_BYTES / 1024} KB`);
  for (const [i, [, label]] of CATEGORIES.entries()) {
    if (scores[i] >= 100) continue;
    problems.push(`${path} ${label}: ${scores[i]}`);
    // Each audit that cost points, once: as one of the runs that lost points on it reported it.
    const byAudit = Map.groupBy(
      ours.flatMap((r) => r.lost).filter((l) => l.startsWith(`${label}:`)),
      (l) => l.split(' ')[1],
    );
    for (const lines of byAudit.values())
      problems.push(`  ${path} ${lines[Math.floor((lines.length - 1) / 2)]}`);
  }
}

console.log(
  `\nLighthouse ${packageVersion('lighthouse')}, mobile defaults (simulated slow 4G, 4× CPU slowdown), headless Chromium;`,
);
console.log(
  `median of ${RUNS} runs per page, each next to a run of the stock Starlight page (times in ms, KB transferred gzipped)\n`,
);
printTable(table);
console.log('\nLCP element (median run):');
for (const line of details) console.log(`  ${line}`);
const index = (runs) => ms(median(runs.map((r) => r.benchmarkIndex)));
console.log(
  `\nConditions: ${cpus().length} CPU cores, load average ${loadBefore.toFixed(1)} before and ` +
    `${loadAfter.toFixed(1)} after, Lighthouse benchmark index ${index(allOurs)} (guide runs) and ` +
    `${index(allStock)} (stock runs), ${Math.round((Date.now() - started) / 1000)} s in all.`,
);
console.log(
  `\nTargets: LCP ≤ ${LCP_TARGET} ms and no later than stock; 100 in every category; ` +
    `a fix page ≤ ${FIX_PAGE_BYTES / 1024} KB. ` +
    (problems.length ? '✗ Missed:' : '✓ met'),
);
for (const line of problems) console.log(`  ${line}`);
if (problems.length) process.exitCode = 1;
