#!/usr/bin/env node
/**
 * The one random split of e2e/search-phrasings.json into a tuning set and a held-out set.
 * Method: the mulberry32 generator seeded with `split.seed` drives a Fisher–Yates shuffle of the
 * queries' positions in file order; the first `split.heldOut` positions are held out, the rest
 * tune. Run it to check that every query's `set` is the one this method gives; `--write` sets them
 * (done once, when the phrasings were collected, before any search code changed).
 *
 *   node scripts/split-search-phrasings.mjs [--write]
 */
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = new URL('../e2e/search-phrasings.json', import.meta.url);

/**
 * The mulberry32 pseudo-random generator: numbers in [0, 1), the same sequence for the same seed.
 * @param {number} seed
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Which set each of `count` queries falls in, for a seed and a held-out size.
 * @param {number} count
 * @param {number} seed
 * @param {number} heldOut
 * @returns {('tuning' | 'held-out')[]}
 */
export function splitSets(count, seed, heldOut) {
  const random = mulberry32(seed);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const sets = Array.from({ length: count }, () => /** @type {'tuning' | 'held-out'} */ ('tuning'));
  for (const i of order.slice(0, heldOut)) sets[i] = 'held-out';
  return sets;
}

const data = JSON.parse(readFileSync(FILE, 'utf8'));
const sets = splitSets(data.queries.length, data.split.seed, data.split.heldOut);
if (process.argv.includes('--write')) {
  data.queries.forEach((q, i) => (q.set = sets[i]));
  writeFileSync(FILE, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`Split ${sets.length} queries: ${data.split.heldOut} held out (seed ${data.split.seed}).`);
} else {
  const wrong = data.queries.filter((q, i) => q.set !== sets[i]);
  console.log(
    wrong.length === 0
      ? 'The split matches its seed.'
      : `${wrong.length} queries are not in the set the seed gives.`,
  );
  if (wrong.length > 0) process.exitCode = 1;
}
