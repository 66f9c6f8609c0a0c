import { expect, test } from '@playwright/test';
import { axeBothThemes } from './support/axe';
import { sitemapPaths, searchSite } from './support/fixtures';

for (const path of sitemapPaths()) {
  test(`${path} meets WCAG 2.2 AA in light and dark theme`, async ({ page }) => {
    await page.goto(path);
    const found = await axeBothThemes(page, path);
    expect(found, 'WCAG 2.2 AA violations').toEqual([]);
  });
}

test('the open search dialog with results meets WCAG 2.2 AA in light and dark theme', async ({ page }) => {
  await page.goto('/fixes/');
  const dialog = await searchSite(page, 'microphone');
  await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible();
  const found = await axeBothThemes(page, 'search dialog on /fixes/');
  expect(found, 'WCAG 2.2 AA violations').toEqual([]);
});

test('the open phone menu meets WCAG 2.2 AA in light and dark theme', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'the menu button exists at phone width only');
  await page.goto('/fixes/');
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('combobox', { name: 'Select theme' }).locator('visible=true')).toBeVisible();
  const found = await axeBothThemes(page, 'phone menu on /fixes/');
  expect(found, 'WCAG 2.2 AA violations').toEqual([]);
});
