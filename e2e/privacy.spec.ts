import { expect, test } from '@playwright/test';
import { pageErrors, sitePages, sitemapPaths } from './support/fixtures';

const paths = sitemapPaths();
/** The diagnosis loads its plan's script only once it has answers. */
const PLAN = '/diagnose/?app=messages&others-send=no&memos=yes&network=one-network&started=not-sure';

test('the sitemap lists the whole guide', () => {
  expect(paths).toContain('/');
  // Every page but the not-found page.
  expect(paths.length).toBe(sitePages.length - 1);
});

for (const path of [...paths, PLAN]) {
  test(`${path} loads nothing from another origin and breaks no security rule`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const problems = await pageErrors(page, { console: true });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    await page.goto(path);
    // Scripts the page loads later (the diagnosis plan) run by the time the network is idle.
    await page.waitForLoadState('networkidle');
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(problems, 'errors and Content Security Policy violations').toEqual([]);
  });
}
