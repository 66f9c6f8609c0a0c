#!/usr/bin/env node
/**
 * Prints the gzipped size of the island JavaScript our components add to the built site (`dist/`),
 * against the budget for all islands together. Run after `astro build`:
 *
 *   node scripts/bench-islands.mjs
 *
 * Counted: the module script of every component in `src/components` that has a `<script>` (its
 * bundle in `dist/_astro` and every chunk it imports), and the inline scripts those components
 * render (found in the built pages by the custom element they define). Each file is gzipped on
 * its own, as a server sends it. Starlight's own scripts are not counted.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 4 * 1024;
const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const assets = join(dist, '_astro');

const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const files = (dir, ext) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f));

/** Our components with a bundled `<script>`, and the custom elements their inline scripts define. */
const components = new Map();
const inlineElements = new Set();
for (const file of files(join(root, 'src/components'), '.astro')) {
  const source = readFileSync(file, 'utf8');
  if (/<script(?![^>]*is:inline)[^>]*>/.test(source)) components.set(basename(file, '.astro'), file);
  for (const [, body] of source.matchAll(/<script[^>]*is:inline[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const [, name] of body.matchAll(/customElements\.define\(\s*['"]([a-z0-9-]+)['"]/g)) {
      inlineElements.add(name);
    }
  }
}

let assetFiles;
try {
  assetFiles = readdirSync(assets).filter((f) => f.endsWith('.js'));
} catch {
  console.error('No dist/_astro: run `npx astro build` first.');
  process.exit(1);
}

/** A chunk and every chunk it imports, by file name. */
function withImports(name, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  const code = readFileSync(join(assets, name), 'utf8');
  for (const [, dep] of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) withImports(dep, seen);
  return seen;
}

const counted = new Map();
const rows = [];
for (const name of components.keys()) {
  const entries = assetFiles.filter((f) => f.startsWith(`${name}.astro_astro_type_script_`));
  // An override of a Starlight component shares its name but has no script of its own.
  if (entries.length === 0) continue;
  const chunks = new Set(entries.flatMap((e) => [...withImports(e)]));
  for (const chunk of chunks) counted.set(chunk, gz(readFileSync(join(assets, chunk))));
  rows.push([name, [...chunks].reduce((sum, c) => sum + counted.get(c), 0), [...chunks]]);
}

const inline = new Map();
const pages = files(dist, '.html');
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  for (const [, body] of html.matchAll(
    /<script(?![^>]*\bsrc=)(?![^>]*type="application\/)[^>]*>([\s\S]*?)<\/script>/g,
  )) {
    if ([...inlineElements].some((el) => body.includes(`'${el}'`) || body.includes(`"${el}"`))) {
      inline.set(body, gz(body));
    }
  }
}

console.log('Island JavaScript added by src/components (gzip -9, each file on its own)\n');
for (const [name, bytes, chunks] of rows) {
  console.log(`  ${name.padEnd(22)} ${kb(bytes).padStart(9)}  (${chunks.join(', ')})`);
}
const inlineBytes = [...inline.values()].reduce((a, b) => a + b, 0);
console.log(
  `  ${'inline restore'.padEnd(22)} ${kb(inlineBytes).padStart(9)}  (${inline.size} distinct script)`,
);

const total = [...counted.values()].reduce((a, b) => a + b, 0) + inlineBytes;
console.log(
  `\n  Shared chunks counted once. Total: ${kb(total)} of ${kb(BUDGET)} budget (${Math.round((total / BUDGET) * 100)}%)`,
);

/** What one page loads of it: the islands it references, with shared chunks once. */
const samples = ['quick-checks', 'fixes', 'fixes/restart-imessage', 'my-progress'];
console.log('\n  Per page:');
for (const sample of samples) {
  let html;
  try {
    html = readFileSync(join(dist, sample, 'index.html'), 'utf8');
  } catch {
    continue;
  }
  const chunks = new Set();
  for (const [, src] of html.matchAll(/<script[^>]*\bsrc="[^"]*\/_astro\/([^"]+\.js)"/g)) {
    const row = rows.find(([, , list]) => list.includes(src));
    if (row) for (const c of row[2]) chunks.add(c);
  }
  const inlineHere = [...inline.keys()]
    .filter((body) => html.includes(body))
    .reduce((a, b) => a + inline.get(b), 0);
  const bytes = [...chunks].reduce((sum, c) => sum + counted.get(c), 0) + inlineHere;
  console.log(`    /${sample}/`.padEnd(30) + kb(bytes).padStart(9));
}

if (total > BUDGET) {
  console.log(`\nOver budget by ${kb(total - BUDGET)}.`);
  process.exitCode = 1;
}
