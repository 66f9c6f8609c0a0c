import { expect, test, type Page } from '@playwright/test';
import { axeBothThemes } from './support/axe';
import { pageErrors, sitePages, sitemapPaths } from './support/fixtures';

/**
 * Every page of the sitemap, each opened once: what it requests and whether it breaks the Content
 * Security Policy, then WCAG 2.2 AA in light and dark theme at phone width (the project's screen)
 * and again at desktop width, in the same tab.
 */

/** A laptop's window, in CSS px: the sidebar and the table of contents show beside the page. */
const DESKTOP = { width: 1280, height: 800 };

const paths = sitemapPaths();
/** The diagnosis loads its plan's script only once it has answers. */
const PLAN = '/diagnose/?app=messages&others-send=no&memos=yes&network=one-network&started=not-sure';

test('the sitemap lists the whole guide', () => {
  expect(paths).toContain('/');
  // Every page but the not-found page.
  expect(paths.length).toBe(sitePages.length - 1);
});

/**
 * Opens `path`, waits until the scripts it loads later (the diagnosis plan) have run, and expects
 * no request to another origin and no error or CSP violation on the way.
 */
async function openWithoutForeignRequests(page: Page, path: string, baseURL: string | undefined) {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const problems = await pageErrors(page, { console: true });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  expect(foreign, 'requests to other origins').toEqual([]);
  expect(problems, 'errors and Content Security Policy violations').toEqual([]);
}

for (const path of paths) {
  test(`${path} loads nothing from another origin, breaks no security rule and meets WCAG 2.2 AA at phone and desktop width`, async ({
    page,
    baseURL,
  }) => {
    await openWithoutForeignRequests(page, path, baseURL);

    const found = await axeBothThemes(page, `${path} at phone width`);
    await page.setViewportSize(DESKTOP);
    found.push(...(await axeBothThemes(page, `${path} at desktop width`)));
    expect(found, 'WCAG 2.2 AA violations').toEqual([]);
  });
}

test(`the diagnosis with a plan loads nothing from another origin and breaks no security rule`, async ({
  page,
  baseURL,
}) => {
  await openWithoutForeignRequests(page, PLAN, baseURL);
});
