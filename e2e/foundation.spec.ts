import { expect, test } from '@playwright/test';
import { searchSite } from './support/fixtures';

test('the home page fits a phone screen without sideways scrolling', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Cannot Send Audio Message');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('link', { name: /quick checks/i }).first()).toBeVisible();
});

test('the menu opens on a phone and lists the guide', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'the sidebar is always open on desktop');
  await page.goto('/fixes/');
  await page.getByRole('button', { name: 'Menu' }).click();
  const sidebar = page.locator('#starlight__sidebar');
  await expect(sidebar.getByRole('link', { name: /quick checks/i })).toBeVisible();
  await expect(sidebar.getByText('Causes', { exact: true })).toBeVisible();
});

test('the sidebar lists its groups in the guide order', async ({ page }) => {
  await page.goto('/quick-checks/');
  const groups = await page.locator('#starlight__sidebar details > summary').allInnerTexts();
  expect(groups.map((g) => g.trim())).toEqual([
    'Start here',
    'Causes',
    'Fixes',
    'Apps',
    'Workarounds',
    'Prevention',
    'Real-world cases',
    'Get help',
  ]);
});

test('searching for a word on a page finds that page', async ({ page }) => {
  await page.goto('/');
  const dialog = await searchSite(page, 'Reset Network Settings');
  await expect(dialog.locator('a[href$="/fixes/reset-network-settings/"]').first()).toBeVisible();
});

test('a page prints to PDF', async ({ page, browserName }) => {
  test.skip(browserName !== 'chromium', 'only Chromium prints to PDF');
  await page.goto('/fixes/reset-network-settings/');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(1000);
});

test('a missing address shows the not-found page, which claims no address and asks not to be indexed', async ({
  page,
}) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'six quick checks' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
});

test('every page offers the guide as a home-screen app: manifest, icon and name', async ({
  page,
  request,
}) => {
  await page.goto('/fixes/turn-off-vpn/');
  const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect((await request.get(manifest!)).ok()).toBe(true);
  const icon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect((await request.get(icon!)).ok()).toBe(true);
  await expect(page.locator('meta[name="apple-mobile-web-app-title"]')).toHaveAttribute('content', /\S/);
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
});
