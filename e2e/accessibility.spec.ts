import { expect, test } from '@playwright/test';
import { axeBothThemes } from './support/axe';
import { searchSite } from './support/fixtures';

// Every page as it loads is checked in every-page.spec.ts; these are the states a reader opens.

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
