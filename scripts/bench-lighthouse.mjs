#!/usr/bin/env node
/**
 * Lighthouse scores of each page type of the built site (run `npm run build` first): performance,
 * accessibility, best practices and SEO, with Lighthouse's default mobile settings (simulated slow
 * 4G and 4× CPU slowdown), in the headless Chromium the end-to-end tests use, against
 * `astro preview`. For a score below 100, lists the audits that cost the points.
 *
 * Target: 100 in every category on every page type. Exits with status 1 when one is missed.
 * BENCH_PORT sets the preview port (default 4340). Scores depend on the machine: run it on an idle one.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from './browser.mjs';
import { benchPrerequisites, pageTypes, printTable } from './page-types.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = `${ROOT}dist/`;
const PORT = Number(process.env.BENCH_PORT ?? 4340);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CATEGORIES = [
  ['performance', 'perf'],
  ['accessibility', 'a11y'],
  ['best-practices', 'best pr.'],
  ['seo', 'SEO'],
];

/** Starts `astro preview` on PORT and resolves with the process once the site answers. */
async function startPreview() {
  const preview = spawn(
    process.execPath,
    [`${ROOT}node_modules/astro/bin/astro.mjs`, 'preview', '--host', '127.0.0.1', '--port', String(PORT)],
    { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  for (let tries = 0; tries < 120; tries += 1) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return preview;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  preview.kill();
  throw new Error(`astro preview did not answer on ${ORIGIN}`);
}

const found = benchPrerequisites(DIST);

const preview = await startPreview();
const chrome = await chromeLauncher.launch({
  chromePath: found.path ?? chromium.executablePath(),
  chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
});

const rows = [];
const shortfalls = [];
try {
  for (const { type, path } of pageTypes(DIST)) {
    const result = await lighthouse(`${ORIGIN}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES.map(([id]) => id),
    });
    const { categories, audits } = result.lhr;
    const scores = CATEGORIES.map(([id]) => Math.round((categories[id]?.score ?? 0) * 100));
    rows.push([type, path, ...scores.map(String)]);
    for (const [id, label] of CATEGORIES) {
      if ((categories[id]?.score ?? 0) === 1) continue;
      shortfalls.push(`${path} ${label}: ${Math.round((categories[id]?.score ?? 0) * 100)}`);
      for (const ref of categories[id]?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          const value = audit.displayValue ? ` (${audit.displayValue})` : '';
          shortfalls.push(
            `${path} ${label}: ${audit.id} ${Math.round(audit.score * 100)} – ${audit.title}${value}`,
          );
        }
      }
    }
  }
} finally {
  chrome.kill();
  preview.kill();
}

console.log('\nLighthouse, mobile defaults (simulated slow 4G, 4× CPU slowdown), headless Chromium\n');
const header = ['page type', 'page', ...CATEGORIES.map(([, label]) => label)];
const table = [header, ...rows];
printTable(table);
console.log(
  `\nTarget: 100 everywhere. ${shortfalls.length ? '✗ Below 100, with the audits that cost points:' : '✓ met'}`,
);
for (const line of shortfalls) console.log(`  ${line}`);
if (shortfalls.length) process.exitCode = 1;
