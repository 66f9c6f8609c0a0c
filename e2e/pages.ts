import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

/**
 * Every page of the built site, as site-relative paths, read from the sitemap Starlight writes.
 * The end-to-end suites that must cover "every page" iterate over this list.
 */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('../dist/sitemap-0.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** Opens the site search from the header, types `query`, and returns the search dialog. */
export async function searchSite(page: Page, query: string): Promise<Locator> {
  await page
    .getByRole('button', { name: /search/i })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
  return dialog;
}
