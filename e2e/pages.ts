import { readFileSync } from 'node:fs';

/**
 * Every page of the built site, as site-relative paths, read from the sitemap Starlight writes.
 * The end-to-end suites that must cover "every page" iterate over this list.
 */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('../dist/sitemap-0.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
