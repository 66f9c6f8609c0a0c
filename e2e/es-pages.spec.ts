import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { builtPages, builtSiteReader } from '../scripts/lib/built-site';
import {
  anchorIds,
  builtFile,
  decodeEntities,
  internalTarget,
  pageReferences,
  startTags,
} from '../scripts/lib/html-links';
import { localeOfPath } from '../src/lib/translations';
import { sitemapPaths } from './support/fixtures';
import { en, es } from './support/spanish';

/**
 * Every built Spanish page, read from dist/ without a browser: its language, its words, its
 * language alternates and its links. Run once (the phone project): nothing here depends on the screen.
 */
test.skip(({ isMobile }) => !isMobile, 'reads the built files; once is enough');

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const read = builtSiteReader(DIST);
const pages = builtPages(DIST, 'es');
const english = builtPages(DIST);
const ORIGIN = new URL(
  [...readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)][0]![1]!,
).origin;

test('every English page has a Spanish page, in the sitemap, in Spanish', () => {
  const expected = english.filter((p) => p !== '/404.html').map((p) => `/es${p}`);
  expect(pages).toEqual(expect.arrayContaining(expected));
  expect(sitemapPaths('es')).toEqual(expect.arrayContaining(expected));
  const notSpanish = pages.filter((p) => !/<html[^>]* lang="es"/.test(read(p) ?? ''));
  expect(notSpanish, 'pages without lang="es"').toEqual([]);
  // Nothing is served as Starlight's English fallback any more.
  const fallback = pages.filter((p) =>
    (read(p) ?? '').includes('lang="en" dir="ltr" class="sl-markdown-content'),
  );
  expect(fallback).toEqual([]);
});

/** What a page shows or says to a reader: its text, and the labels and words its islands carry. */
function readerText(html: string): string {
  const text = html.replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ');
  const said = startTags(html).flatMap((tag) =>
    [...tag.attributes]
      .filter(([name]) => /^(aria-label|title|placeholder|alt|data-.+)$/.test(name))
      .map(([, v]) => v),
  );
  return decodeEntities([text, ...said].join('\n')).replace(/\s+/g, ' ');
}

/**
 * The English phrases of en.json that a Spanish page must not show: each word's text between its
 * placeholders and link tags, of two words or more, where the Spanish differs (or is missing, so the
 * English would show).
 */
const ENGLISH = Object.entries(en)
  .filter(([key, value]) => es[key] !== value)
  .flatMap(([key, value]) =>
    value
      .split(/\{\{[^}]*\}\}|<[^>]*>/)
      .map((part) => part.trim().replace(/^[\s,.:;–—(]+|[\s,.:;–—)]+$/g, ''))
      // Two words or more, not names and numbers alone ("iOS 17").
      .filter((part) => part.split(/\s+/).filter((w) => /^[A-Za-z’']{2,}[,.:;?!]?$/.test(w)).length >= 2)
      .map((phrase) => ({ key, phrase })),
  );

test('no English interface word appears on a Spanish page', () => {
  expect(ENGLISH.length).toBeGreaterThan(50);
  const found: string[] = [];
  for (const path of pages) {
    const text = readerText(read(path) ?? '');
    for (const { key, phrase } of ENGLISH) {
      if (text.includes(phrase)) found.push(`${path}: "${phrase}" (${key})`);
    }
  }
  expect(found).toEqual([]);
});

test('lists on a Spanish page are joined the Spanish way', () => {
  // "a, b y c", never "a, b and c": what a fix erases, the releases a page was compared with.
  const joined = pages.filter((p) => / and (los|las|el|la|iOS) /.test(readerText(read(p) ?? '')));
  expect(joined).toEqual([]);
});

test('each Spanish page names its English page as its alternate, and the English page names it back', () => {
  const missing: string[] = [];
  for (const path of pages.filter((p) => p !== '/es/404/')) {
    const english = path.replace(/^\/es\//, '/');
    const alternates = (html: string) =>
      Object.fromEntries(
        startTags(html)
          .filter(
            (t) =>
              t.name === 'link' && t.attributes.get('rel') === 'alternate' && t.attributes.has('hreflang'),
          )
          .map((t) => [t.attributes.get('hreflang'), new URL(t.attributes.get('href')!).pathname]),
      );
    const here = alternates(read(path) ?? '');
    const there = alternates(read(english) ?? '');
    if (here['en'] !== english || here['es'] !== path) missing.push(`${path}: ${JSON.stringify(here)}`);
    if (there['es'] !== path) missing.push(`${english}: ${JSON.stringify(there)}`);
  }
  expect(missing).toEqual([]);
});

test('every link on every Spanish page resolves, and guide pages link to Spanish pages', () => {
  const broken: string[] = [];
  const toEnglish: string[] = [];
  let checked = 0;
  for (const path of pages) {
    const html = read(path) ?? '';
    // The notice of a page that is behind links to the English page on purpose.
    const own = html.replace(/<div class="translation-behind"[\s\S]*?<\/aside>/g, '');
    for (const reference of pageReferences(own)) {
      const target = internalTarget(reference, path, ORIGIN);
      if (!target) continue;
      checked += 1;
      const file = read(target.path);
      if (file === undefined) {
        broken.push(`${path}: ${reference} → nothing is built at ${target.path}`);
        continue;
      }
      if (
        target.fragment &&
        builtFile(target.path).endsWith('.html') &&
        !anchorIds(file).has(target.fragment)
      ) {
        broken.push(`${path}: ${reference} → no element with id "${target.fragment}"`);
      }
    }
    for (const tag of startTags(own).filter((t) => t.name === 'a' && t.attributes.has('href'))) {
      const target = internalTarget(tag.attributes.get('href')!, path, ORIGIN);
      if (target && builtFile(target.path).endsWith('.html') && localeOfPath(target.path) !== 'es') {
        toEnglish.push(`${path}: ${tag.attributes.get('href')}`);
      }
    }
  }
  expect(checked).toBeGreaterThan(pages.length * 10);
  expect(broken, 'broken internal links').toEqual([]);
  expect(toEnglish, 'links from a Spanish page to an English one').toEqual([]);
});
