import { expect, test } from '@playwright/test';

test('a real-world case lists fix pages to try, and each link opens that fix', async ({ page }) => {
  await page.goto('/scenarios/after-ios-update/');
  const links = page.locator('ol.scenario-path > li > a');
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(2);
  const steps = [];
  for (let i = 0; i < count; i++) {
    steps.push({
      title: (await links.nth(i).innerText()).trim(),
      href: await links.nth(i).getAttribute('href'),
    });
  }
  for (const step of steps) {
    expect(step.href).toMatch(/^\/fixes\/[a-z0-9-]+\/$/);
    await page.goto(step.href ?? '');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
    await expect(page.locator('.fix-meta')).toContainText(/About \d+ min/);
  }
});

test('every step of a case shows how long it takes', async ({ page }) => {
  await page.goto('/scenarios/only-on-home-wifi/');
  const items = page.locator('ol.scenario-path > li');
  await expect(items.first()).toBeVisible();
  for (const text of await items.allInnerTexts()) expect(text).toMatch(/\d+ min/);
});

test('the apps overview links to every app page in the sidebar', async ({ page }) => {
  await page.goto('/apps/');
  const cards = page.getByRole('navigation', { name: 'Apps' }).getByRole('link');
  const fromCards = (await cards.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort();
  const fromSidebar = (
    await page
      .locator('#starlight__sidebar a[href^="/apps/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
  )
    .filter((href) => href !== '/apps/')
    .sort();
  expect(fromCards.length).toBeGreaterThanOrEqual(4);
  expect(fromCards).toEqual(fromSidebar);
  await cards.first().click();
  await expect(page).toHaveURL(/\/apps\/[a-z]+\/$/);
});
