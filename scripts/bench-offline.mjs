#!/usr/bin/env node
/**
 * Prints what a first visit saves for offline use: the files the built service worker
 * (dist/sw.js) precaches, their size as stored and as downloaded, and the budget.
 *
 * Run after `npm run build`: `npm run bench:offline -- [dist]`.
 *
 * "Download" is what crosses the network: text files (HTML, CSS, JS, JSON, SVG) gzip-compressed as
 * any static host sends them, Pagefind's index files and images as they are (already compressed).
 * "Stored" is the uncompressed size Cache Storage keeps on the phone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { builtFile } from './lib/html-links.ts';
import { gzipSize } from './lib/weight.ts';

const BUDGET = 1.5 * 1024 * 1024;
const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.webmanifest',
  '.txt',
  '.xml',
]);

const dist = process.argv[2] ?? 'dist';
const worker = join(dist, 'sw.js');
if (!existsSync(worker)) {
  console.error(`No ${worker}: run \`npm run build\` first.`);
  process.exit(1);
}

const urls = [
  ...readFileSync(worker, 'utf8').matchAll(/\{url:"([^"]+)",revision:(?:"[0-9a-f]+"|null)\}/g),
].map((m) => m[1]);
if (urls.length === 0) {
  console.error(`Found no precache list in ${worker}.`);
  process.exit(1);
}

/** The built file behind a precached URL (`/fixes/x/` is `fixes/x/index.html`). */
const fileOf = (url) => join(dist, builtFile(decodeURIComponent(url)));

const part = (url) =>
  url.startsWith('/pagefind/')
    ? 'search index (/pagefind/)'
    : url.startsWith('/_astro/')
      ? 'CSS and JS (/_astro/)'
      : url.endsWith('/') || url.endsWith('.html')
        ? 'pages'
        : 'icons, manifest, other';

const parts = new Map();
const total = { files: 0, stored: 0, download: 0 };
for (const url of urls) {
  const bytes = readFileSync(fileOf(url));
  const download = COMPRESSIBLE.has(extname(fileOf(url))) ? gzipSize(bytes) : bytes.length;
  const sums = parts.get(part(url)) ?? { files: 0, stored: 0, download: 0 };
  for (const sum of [sums, total]) {
    sum.files += 1;
    sum.stored += bytes.length;
    sum.download += download;
  }
  parts.set(part(url), sums);
}

const kib = (bytes) => `${(bytes / 1024).toFixed(0).padStart(6)} KiB`;
const row = (label, { files, stored, download }) =>
  `${label.padEnd(28)}${String(files).padStart(5)}  ${kib(stored)}  ${kib(download)}`;

console.log(`Precache of ${worker}`);
console.log(`${''.padEnd(28)}files       stored     download`);
for (const [label, sums] of [...parts].sort((a, b) => b[1].download - a[1].download)) {
  console.log(row(label, sums));
}
console.log(row('total', total));
const within = total.download <= BUDGET;
console.log(
  `Download ${(total.download / 1048576).toFixed(2)} MB of a ${(BUDGET / 1048576).toFixed(1)} MB budget: ${within ? 'within' : 'OVER'}.`,
);
if (!within) process.exitCode = 1;
