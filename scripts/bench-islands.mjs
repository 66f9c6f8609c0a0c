#!/usr/bin/env node
/**
 * The JavaScript of the checklists that remember — checklists, "Did this fix it?" and "My
 * progress" — read from the built site (`npm run build` first), against the budget for all of it
 * together (4 KB gzipped). Printed per island and per page, with the printable checklist's island
 * (it saves ticks through the same store) shown apart.
 *
 * Counted: each island's module script (found in the built pages by its component name) with the
 * files it imports, each file once however many islands share it, gzipped on its own at level 6
 * as a static host sends it; and the inline script that shows saved ticks from the first paint,
 * by what it adds to its page's gzipped HTML. Exits with status 1 over budget.
 *
 * The microphone test is shown apart: what its page runs on load for it, and what the page fetches
 * when its button is pressed (files the page has not loaded already), which the budget does not count.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages, builtSiteReader } from './lib/built-site.ts';
import { gzipSize, inlineScriptSize, loadedScripts, scriptComponent, scriptFiles } from './lib/weight.ts';

const BUDGET = 4 * 1024;
/** The islands of the checklists that remember, by the component whose script defines them. */
const ISLANDS = ['ChecklistScript', 'DidThisFix', 'MyProgress'];
/** Islands that use the same store for something else. */
const ALSO = ['PrintChecklist'];

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const read = builtSiteReader(dist);
const pages = builtPages(dist);
if (pages.length === 0) {
  console.error('No built site in dist/: run `npm run build` first.');
  process.exit(1);
}

/** A script file with what it imports statically, as loaded by a page that runs it. */
const files = new Map(); // path → gzipped bytes
const islands = new Map(); // component → Set of paths
let restore; // { page, bytes }: the inline restore, the same on every page that has it
const perPage = [];
for (const page of pages) {
  const html = read(page) ?? '';
  const scripts = loadedScripts(html, page, read);
  const here = new Set();
  const inline = scripts.find((s) => s.element && s.text.includes('guide-restore'));
  if (inline?.element) restore ??= { page, bytes: inlineScriptSize(html, inline.element) };
  for (const component of [...ISLANDS, ...ALSO]) {
    const entry = scripts.find((s) => scriptComponent(s.name) === component);
    if (!entry) continue;
    // The entry and the files it imports.
    const closure = islands.get(component) ?? new Set();
    for (const file of scriptFiles([entry.name], read)) {
      closure.add(file.name);
      files.set(file.name, gzipSize(file.text));
      here.add(file.name);
    }
    islands.set(component, closure);
  }
  perPage.push({ page, here, restored: Boolean(inline) });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const sum = (paths) => [...paths].reduce((total, p) => total + files.get(p), 0);
const counted = new Set(ISLANDS.flatMap((c) => [...(islands.get(c) ?? [])]));
const total = sum(counted) + (restore?.bytes ?? 0);

console.log('JavaScript of the checklists that remember (gzip -6, each file once)\n');
const missing = [];
for (const component of [...ISLANDS, ...ALSO]) {
  const closure = islands.get(component);
  if (!closure) {
    console.log(`  ${component.padEnd(18)} (on no built page)`);
    missing.push(component);
    continue;
  }
  const names = [...closure].map((p) => `${p.replace('/_astro/', '')} ${files.get(p)} B`).join(', ');
  console.log(`  ${component.padEnd(18)} ${kb(sum(closure)).padStart(9)}  (${names})`);
}
if (restore)
  console.log(
    `  ${'first-paint restore'.padEnd(18)} ${kb(restore.bytes).padStart(9)}  (inline, in ${restore.page})`,
  );

console.log(
  `\n  All islands of the checklists: ${kb(total)} of ${kb(BUDGET)} (${Math.round((total / BUDGET) * 100)} %)`,
);
const printOnly = [...(islands.get('PrintChecklist') ?? [])].filter((p) => !counted.has(p));
console.log(`  The printable checklist's island adds ${kb(sum(printOnly))} on /checklist/.`);

const micPage = '/fixes/test-microphone/';
const micHtml = read(micPage) ?? '';
const micScripts = loadedScripts(micHtml, micPage, read);
const micOnLoad = micScripts.find((s) => s.text.includes('guide-mic-test'));
const micRun = readdirSync(join(dist, '_astro')).find((name) => name.startsWith('mic-test-run.'));
const micLater = micRun
  ? scriptFiles([`/_astro/${micRun}`], read).filter((f) => !micScripts.some((s) => s.name === f.name))
  : [];
if (micOnLoad && micRun) {
  const onLoad = micOnLoad.element ? inlineScriptSize(micHtml, micOnLoad.element) : gzipSize(micOnLoad.text);
  const later = micLater.map((f) => `${f.name.replace('/_astro/', '')} ${gzipSize(f.text)} B`).join(', ');
  const laterBytes = micLater.reduce((total, f) => total + gzipSize(f.text), 0);
  console.log(
    `  The microphone test runs ${kb(onLoad)} on load on ${micPage}, and fetches ${kb(laterBytes)} when pressed (${later}).`,
  );
} else missing.push('the microphone test');

console.log('\n  Per page (largest first):');
const rows = perPage
  .map(({ page, here, restored }) => ({
    page,
    bytes: sum(here) + (restored ? (restore?.bytes ?? 0) : 0),
  }))
  .filter((r) => r.bytes > 0)
  .sort((a, b) => b.bytes - a.bytes);
const seen = new Set();
for (const { page, bytes } of rows) {
  const parts = page.split('/');
  const kind = `${parts[1]}:${parts.length}`;
  if (seen.has(kind)) continue;
  seen.add(kind);
  console.log(`    ${page.padEnd(34)} ${kb(bytes).padStart(9)}`);
}

if (total > BUDGET) {
  console.log(`\nOver budget by ${kb(total - BUDGET)}.`);
  process.exitCode = 1;
}
if (missing.length > 0 || !restore) {
  // A renamed component or a restore that moved would silently drop out of the total.
  console.log(
    `\nNot found on any built page: ${[...missing, ...(restore ? [] : ['the inline restore'])].join(', ')}.`,
  );
  process.exitCode = 1;
}
