#!/usr/bin/env node
/**
 * The one random split of each query set (e2e/search-phrasings.json in English,
 * e2e/search-phrasings-es.json in Spanish) into a tuning set and a held-out set.
 * Method: the mulberry32 generator seeded with `split.seed` drives a Fisher–Yates shuffle of the
 * queries' positions in file order; the first `split.heldOut` positions are held out, the rest
 * tune. Run it to check that every query's `set` is the one this method gives; `--write FILE` sets
 * them in one file (done once, when its phrasings were collected, before any search code changed
 * for its language).
 *
 * The English split is kept as the seed gave it, but its held-out part was used while tuning, so
 * `bench:search` now counts all of e2e/search-phrasings.json as tuning, and so is the first fresh
 * set, e2e/search-phrasings-fresh.json, once it had been used while tuning in its turn; the English
 * held-out set is e2e/search-phrasings-fresh2.json, collected after that. The check also makes sure no phrasing of a fresh set repeats an English phrasing that tunes
 * (search-phrasings.json and the extra sets) or one of an earlier fresh set: the same words,
 * ignoring case, punctuation and order. It prints only how many repeat, never the held-out
 * phrasings themselves.
 *
 *   node scripts/split-search-phrasings.mjs [--write e2e/search-phrasings-es.json]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const FILES = ['e2e/search-phrasings.json', 'e2e/search-phrasings-es.json'].map(
  (name) => new URL(`../${name}`, import.meta.url),
);
/** The English fresh sets, oldest first, and the English sets that tune. */
const FRESH = ['e2e/search-phrasings-fresh.json', 'e2e/search-phrasings-fresh2.json'].map(
  (name) => new URL(`../${name}`, import.meta.url),
);
const TUNING = [
  'e2e/search-phrasings.json',
  'e2e/search-phrasings-extra.json',
  'e2e/search-phrasings-extra2.json',
].map((name) => new URL(`../${name}`, import.meta.url));

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

/**
 * A phrasing's words, lowercased, without punctuation, sorted: two phrasings with the same key say
 * the same thing in the same words.
 * @param {string} query
 */
export function wordsKey(query) {
  return query
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}&]+/u)
    .filter(Boolean)
    .sort()
    .join(' ');
}

const write = process.argv.indexOf('--write');
if (write >= 0) {
  const file = new URL(`../${process.argv[write + 1] ?? ''}`, import.meta.url);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const sets = splitSets(data.queries.length, data.split.seed, data.split.heldOut);
  data.queries.forEach((q, i) => (q.set = sets[i]));
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`Split ${sets.length} queries: ${data.split.heldOut} held out (seed ${data.split.seed}).`);
} else {
  for (const file of FILES.filter((f) => existsSync(f))) {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const sets = splitSets(data.queries.length, data.split.seed, data.split.heldOut);
    const wrong = data.queries.filter((q, i) => q.set !== sets[i]);
    const name = file.pathname.split('/').pop();
    console.log(
      wrong.length === 0
        ? `${name}: the split matches its seed.`
        : `${name}: ${wrong.length} queries are not in the set the seed gives.`,
    );
    if (wrong.length > 0) process.exitCode = 1;
  }
  /** What each fresh set must not repeat: the tuning sets, then every fresh set before it. */
  const earlier = new Set(
    TUNING.filter((f) => existsSync(f)).flatMap((f) =>
      JSON.parse(readFileSync(f, 'utf8')).queries.map((q) => wordsKey(q.query)),
    ),
  );
  for (const file of FRESH.filter((f) => existsSync(f))) {
    const fresh = JSON.parse(readFileSync(file, 'utf8')).queries;
    const seen = new Set();
    const repeated = fresh.filter((q) => {
      const key = wordsKey(q.query);
      const again = earlier.has(key) || seen.has(key);
      seen.add(key);
      return again;
    });
    const name = file.pathname.split('/').pop();
    console.log(
      repeated.length === 0
        ? `${name}: ${fresh.length} phrasings, none repeats another, a tuning one or an earlier fresh one.`
        : `${name}: ${repeated.length} phrasings repeat another, a tuning one or an earlier fresh one.`,
    );
    if (repeated.length > 0) process.exitCode = 1;
    for (const key of seen) earlier.add(key);
  }
}
