import { expect, test } from '@playwright/test';
import { pageErrors, sitemapPaths, searchSite } from './support/fixtures';

/** Makes every read of localStorage and sessionStorage throw, as Chrome does with site data blocked. */
function blockSiteData() {
  for (const name of ['localStorage', 'sessionStorage']) {
    Object.defineProperty(window, name, {
      configurable: true,
      get() {
        throw new DOMException('The user has blocked site data.', 'SecurityError');
      },
    });
  }
}

/** Lets storage be read but makes every write fail, as a full quota does. */
function failWrites() {
  Storage.prototype.setItem = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

for (const [name, block] of [
  ['site data blocked', blockSiteData],
  ['storage writes failing', failWrites],
] as const) {
  test.describe(`with ${name}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(block);
    });

    test('every page renders with no page error', async ({ page, isMobile }) => {
      test.skip(!isMobile, 'storage fails the same way at any width; the phone is where it matters');
      test.slow();
      const errors = await pageErrors(page);
      for (const path of sitemapPaths()) {
        await page.goto(path);
        await expect(page.locator('h1').first()).toBeVisible();
      }
      expect(errors).toEqual([]);
    });

    test('the theme can be switched', async ({ page, isMobile }) => {
      const errors = await pageErrors(page);
      await page.goto('/quick-checks/');
      if (isMobile) await page.getByRole('button', { name: 'Menu' }).click();
      const select = page.getByRole('combobox', { name: 'Select theme' }).locator('visible=true');
      await select.selectOption('dark');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await select.selectOption('light');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      expect(errors).toEqual([]);
    });

    test('search still finds pages', async ({ page }) => {
      const errors = await pageErrors(page);
      await page.goto('/');
      const dialog = await searchSite(page, 'Reset Network Settings');
      await expect(dialog.locator('a[href$="/fixes/reset-network-settings/"]').first()).toBeVisible();
      expect(errors).toEqual([]);
    });
  });
}
