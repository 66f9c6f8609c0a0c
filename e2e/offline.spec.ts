import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic } from '../scripts/static-server.mjs';
import { writeServiceWorker } from '../src/integrations/service-worker';
import { pdfSheets, searchSite, sitePage, squash } from './support/fixtures';

/** The title a page's frontmatter gives it (`fixes/turn-off-vpn.mdx`), so the test follows the content. */
const titleOf = (file: string) => sitePage(file.replace(/\.mdx$/, '')).data.title;

// The service worker is what these tests check (it is blocked for the rest of the suite).
test.use({ serviceWorkers: 'allow' });

const offlineBadge = (page: Page) => page.getByRole('status').getByText('Available offline');
const updateNotice = (page: Page) =>
  page.getByRole('status').locator('div').filter({ hasText: 'New version available' });

/** Waits until the page says the whole guide is saved, as a reader would. */
async function waitUntilSaved(page: Page) {
  await expect(offlineBadge(page)).toBeVisible({ timeout: 30_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit, pages never opened and search work with no network', async ({ page, context }) => {
  await page.goto('/');
  await expect(offlineBadge(page)).toBeHidden();
  await waitUntilSaved(page);
  await context.setOffline(true);
  // The network is really gone: a file the guide does not save cannot be fetched.
  await expect(page.evaluate(() => fetch('/sitemap-index.xml'))).rejects.toThrow();

  await page.goto('/fixes/turn-off-vpn/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('fixes/turn-off-vpn.mdx'));
  await expect(offlineBadge(page)).toBeVisible();

  await page.goto('/apps/telegram/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('apps/telegram.mdx'));

  const dialog = await searchSite(page, 'Reset Network Settings');
  await expect(dialog.locator('a[href$="/fixes/reset-network-settings/"]').first()).toBeVisible();
  await dialog.locator('a[href$="/fixes/reset-network-settings/"]').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    titleOf('fixes/reset-network-settings.mdx'),
  );

  // A guide address that does not exist shows the guide's own page, not the browser's error.
  await page.goto('/no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('404.mdx'));
});

test('a ticked check survives a reload with no network, and the checklist prints offline', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitUntilSaved(page);
  await context.setOffline(true);
  await expect(page.evaluate(() => fetch('/sitemap-index.xml'))).rejects.toThrow();

  await page.goto('/quick-checks/');
  const check = page.locator('guide-checklist input[type=checkbox]').first();
  const value = await check.getAttribute('value');
  await check.check();
  await page.reload();
  await expect(check).toBeChecked();
  await expect(check).toBeEnabled();

  // The printable checklist opens from the saved copy, shows the tick, and prints.
  await page.goto('/checklist/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('checklist.mdx'));
  await expect(page.locator(`input[data-list="quick-checks"][data-item="${value}"]`)).toBeChecked();
  const paper = (await pdfSheets(await page.pdf({ format: 'A4' }))).join('\n');
  // The boxes are drawn by the guide's print styles, so these prove the styles came from the saved copy too.
  expect(paper.split('☑').length - 1).toBe(1);
  expect(paper.split('☐').length - 1).toBeGreaterThan(10);
  expect(squash(paper)).toContain(squash(titleOf('fixes/turn-off-vpn.mdx')));
});

/** Port of the server that serves both versions in turn: the third of this suite's ports. */
const UPDATE_PORT = Number(process.env['E2E_PORT'] ?? 4330) + 2;

test('a new version is offered, never forced, and shows after Reload', async ({
  page,
  context,
}, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'needs its own port; the update flow is the same on a phone');
  let root = 'dist';
  const site = await serveStatic(() => root, UPDATE_PORT);
  const next = mkdtempSync(join(tmpdir(), 'guide-next-'));
  try {
    const marker = 'Updated edition of the guide';
    cpSync('dist', next, { recursive: true });
    const home = join(next, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace(/<\/h1>/, ` (${marker})</h1>`));
    await writeServiceWorker(next);

    await page.goto(`${site.origin}/`);
    await waitUntilSaved(page);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).not.toContainText(marker);

    // The new version is deployed; the reader keeps reading and opens another page.
    root = next;
    await page.goto(`${site.origin}/quick-checks/`);
    await expect(updateNotice(page)).toBeVisible({ timeout: 30_000 });
    await page.goto(`${site.origin}/`);
    await expect(updateNotice(page)).toBeVisible();
    await expect(heading).not.toContainText(marker);

    await updateNotice(page).getByRole('button', { name: 'Reload' }).click();
    await expect(heading).toContainText(marker);
    await expect(updateNotice(page)).toBeHidden();
    await expect(offlineBadge(page)).toBeVisible();

    // The saved copy is the new version too.
    await context.setOffline(true);
    await page.reload();
    await expect(heading).toContainText(marker);
  } finally {
    await site.close();
    rmSync(next, { recursive: true, force: true });
  }
});
