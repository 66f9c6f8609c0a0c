import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { PDFParse } from 'pdf-parse';
import { byKind, entryById, slugOf, type GuideEntry } from '../../src/lib/content';
import { readSitePages } from '../../scripts/lib/site-pages';
import { localeOfPath, type TranslationLocale } from '../../src/lib/translations';

/** The guide's pages as written, read from their source files, so a test does not trust the pages it checks. */
export const sitePages = readSitePages();

/** One page as written (`fixes/turn-off-vpn`): its id and frontmatter. */
export const sitePage = (id: string): GuideEntry => entryById(sitePages, id);

/** The fixes as written, in fix order, each with its slug. */
export const siteFixes = byKind(sitePages, 'fix').map((fix) => ({ slug: slugOf(fix.id), ...fix.data }));

/** Text as it compares on paper, where lines wrap anywhere: without any white space. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

/** The text of each sheet of a PDF. */
export async function pdfSheets(pdf: Uint8Array): Promise<string[]> {
  const parser = new PDFParse({ data: pdf });
  try {
    return (await parser.getText()).pages.map((p) => p.text);
  } finally {
    await parser.destroy();
  }
}

/**
 * Every page of the built site in one language, as site-relative paths, read from the sitemap
 * Starlight writes: English by default, or a translation's (`es`: `/es/…`). The end-to-end suites
 * that must cover "every page" iterate over this list.
 */
export function sitemapPaths(locale?: TranslationLocale): string[] {
  const xml = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]!).pathname)
    .filter((path) => localeOfPath(path) === locale);
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

/**
 * Collects what goes wrong on the page from now on, for `expect(errors).toEqual([])`: uncaught
 * errors and Content Security Policy violations (a script that catches its own blocked `eval`
 * leaves no console message, only the violation event), and with `console: true` console errors
 * too. Each message starts with the path of the page it happened on.
 */
export async function pageErrors(
  page: Page,
  { console = false }: { console?: boolean } = {},
): Promise<string[]> {
  const errors: string[] = [];
  const where = () => new URL(page.url()).pathname;
  page.on('pageerror', (error) => errors.push(`${where()}: page error: ${error.message}`));
  await page.exposeFunction('__guideCspViolation', (directive: string, blocked: string) => {
    errors.push(`${where()}: CSP ${directive} blocked ${blocked}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (d: string, b: string) => void>)[
        '__guideCspViolation'
      ];
      report?.(event.effectiveDirective, event.blockedURI);
    });
  });
  if (console) {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${where()}: console error: ${message.text()}`);
    });
  }
  return errors;
}

/** Replaces the browser's print dialog, which a headless browser cannot show, with a record of the call. */
export async function recordPrintCalls(page: Page) {
  await page.addInitScript(() => {
    const calls: (string | undefined)[] = [];
    Object.assign(window, { printCalls: calls });
    window.print = () => void calls.push(document.documentElement.dataset['printMode']);
  });
}
/** The calls made to `window.print()` since `recordPrintCalls`, each with the print mode then set. */
export const printCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { printCalls: (string | undefined)[] }).printCalls);
