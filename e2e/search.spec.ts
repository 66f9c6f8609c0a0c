import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hrefOf } from '../src/lib/content';
import { searchSite } from './support/fixtures';

/**
 * The part of the sourced query set (search-phrasings.md) that tuned from its first split, as people
 * type them, with the pages that answer each (docs ids). `bench:search` measures the rest of it, and
 * the held-out set (search-phrasings-fresh2.json) in aggregate only.
 */
const QUERIES = (
  JSON.parse(readFileSync(new URL('./search-phrasings.json', import.meta.url), 'utf8')) as {
    queries: { query: string; pages: string[]; set: 'tuning' | 'held-out' }[];
  }
).queries.filter((q) => q.set === 'tuning');

/** The share of them that must put an acceptable page in the top three, as `bench:search` requires. */
const REQUIRED_HIT_RATE = 0.97;

/** The URL of the search API the site search uses, once the page has loaded it. */
async function searchApi(page: Page): Promise<string> {
  const search = page.locator('guide-search[data-search-api]').first();
  await expect(search).toHaveCount(1, { timeout: 15_000 });
  return (await search.getAttribute('data-search-api')) ?? '';
}

interface Found {
  query: string;
  top: string[];
}

/** Runs each query through the site's search API in the page, returning the top URLs. */
async function searchAll(page: Page, queries: string[], filters: Record<string, string> = {}) {
  const api = await searchApi(page);
  return page.evaluate(
    async ({ api, queries, filters }) => {
      interface Api {
        search(
          term: string | null,
          options?: object,
        ): Promise<{ results: { data(): Promise<{ url: string; filters: Record<string, string[]> }> }[] }>;
      }
      const pagefind = (await import(api)) as Api;
      const out: { query: string; top: string[]; filters: Record<string, string[]>[] }[] = [];
      for (const query of queries) {
        const response = await pagefind.search(query, { filters });
        const data = await Promise.all(response.results.map((r) => r.data()));
        out.push({ query, top: data.map((d) => d.url), filters: data.map((d) => d.filters) });
      }
      return out;
    },
    { api, queries, filters },
  );
}

/** The URL of every page in the search index. */
async function indexedUrls(page: Page): Promise<string[]> {
  return page.evaluate(
    async (api) => {
      const pagefind = (await import(api)) as {
        search(term: null): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
      };
      const all = await pagefind.search(null);
      return Promise.all(all.results.map(async (r) => (await r.data()).url));
    },
    await searchApi(page),
  );
}

/** Errors the page reports from now on, Content Security Policy violations included. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

async function openSearch(page: Page) {
  await page.goto('/');
  await page
    .locator('header')
    .getByRole('button', { name: /search/i })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('what people type finds a page that answers it in the top three', async ({ page }) => {
  await page.goto('/');
  const indexed = new Set(await indexedUrls(page));
  // Only queries with an answering page built count, as in `bench:search`.
  const counted = QUERIES.filter((q) => q.pages.some((id) => indexed.has(hrefOf(id))));
  expect(counted.length).toBeGreaterThanOrEqual(QUERIES.length * 0.9);

  const found: Found[] = await searchAll(
    page,
    counted.map((q) => q.query),
  );
  const misses = found.filter((f, i) => {
    const acceptable = new Set(counted[i]?.pages.map((id) => hrefOf(id)));
    return !f.top.slice(0, 3).some((url) => acceptable.has(url));
  });
  const rate = 1 - misses.length / counted.length;
  const first = found.filter((f, i) => counted[i]?.pages.some((id) => hrefOf(id) === f.top[0])).length;
  console.log(
    `Search hit rate (acceptable page in the top 3): ${(rate * 100).toFixed(1)}% of ${counted.length} queries`,
  );
  console.log(`  right page first: ${((first / counted.length) * 100).toFixed(1)}%`);
  for (const miss of misses) {
    const wanted = counted.find((q) => q.query === miss.query)?.pages.join(', ');
    console.log(
      `  miss: "${miss.query}" → ${miss.top.slice(0, 3).join(' ') || '(nothing)'}  (wanted ${wanted})`,
    );
  }
  expect(rate).toBeGreaterThanOrEqual(REQUIRED_HIT_RATE);
});

test('an app filter keeps only pages about that app', async ({ page }) => {
  await page.goto('/');
  const [all] = await searchAll(page, ['voice message']);
  const [whatsapp] = await searchAll(page, ['voice message'], { app: 'WhatsApp' });
  expect(whatsapp?.top.length).toBeGreaterThan(0);
  expect(whatsapp?.top.length).toBeLessThan(all?.top.length ?? 0);
  for (const filters of (await searchAll(page, ['voice message'], { app: 'WhatsApp' }))[0]?.filters ?? []) {
    expect(filters['app']).toContain('WhatsApp');
  }

  const dialog = await openSearch(page);
  await dialog.getByRole('textbox', { name: 'Search' }).fill('telegram or whatsapp voice message');
  await expect(dialog.locator('a[href$="/apps/telegram/"]').first()).toBeVisible();
  await dialog.getByText('App', { exact: true }).click();
  await dialog.getByRole('checkbox', { name: /WhatsApp/ }).check();
  await expect(dialog.locator('a[href$="/apps/whatsapp/"]').first()).toBeVisible();
  await expect(dialog.locator('a[href$="/apps/telegram/"]')).toHaveCount(0);
});

test('a page type filter keeps only that kind of page', async ({ page }) => {
  const dialog = await openSearch(page);
  await dialog.getByRole('textbox', { name: 'Search' }).fill('microphone');
  await expect(dialog.locator('a[href*="/causes/"]').first()).toBeVisible();
  await dialog.getByText('Type', { exact: true }).click();
  await dialog.getByRole('checkbox', { name: /^Fix \(/ }).check();
  await expect(dialog.locator('a[href*="/fixes/"]').first()).toBeVisible();
  await expect(dialog.locator('.pagefind-ui__result-link[href*="/causes/"]')).toHaveCount(0);
});

test('a search with no good match points to the diagnosis and the quick checks', async ({ page }) => {
  const errors = errorsOf(page);
  const dialog = await openSearch(page);
  const input = dialog.getByRole('textbox', { name: 'Search' });
  const hint = dialog.getByRole('complementary');
  await input.fill('zxqv blorptang');
  await expect(hint).toBeVisible();
  await expect(hint.getByRole('link', { name: 'What do you see?' })).toHaveAttribute('href', '/diagnose/');
  await expect(hint.getByRole('link', { name: 'Quick checks' })).toHaveAttribute('href', '/quick-checks/');

  await input.fill('reset network settings');
  await expect(dialog.locator('a[href$="/fixes/reset-network-settings/"]').first()).toBeVisible();
  await expect(hint).toBeHidden();
  expect(errors).toEqual([]);
});

test('results quote the page, not the address and date it prints at its foot', async ({ page }) => {
  await page.goto('/');
  // The printed address is the site's own, whatever SITE_URL the build was given.
  const host = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').host;
  expect(host).toContain('.');
  const dialog = await searchSite(page, 'audio message shows 0:00');
  const results = dialog.locator('.pagefind-ui__result');
  await expect(results.first()).toBeVisible();
  await expect(results.filter({ hasText: '0:00' }).first()).toBeVisible();
  for (const text of await results.allInnerTexts()) {
    expect(text).not.toMatch(/Page built|Printed /);
    expect(text).not.toContain(host);
  }
});

test('the search button is named by the text it shows', async ({ page }) => {
  await page.goto('/');
  const button = page.locator('header').getByRole('button', { name: /search/i });
  await expect(button).toBeEnabled();
  const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();
  const visible = squash(await button.innerText());
  const name = /button "([^"]*)"/.exec(await button.ariaSnapshot())?.[1] ?? '';
  expect(visible.length).toBeGreaterThan(0);
  expect(squash(name)).toContain(visible);
  await expect(button).toHaveAccessibleName(/search/i);
});

test('the home page leads with search, then the quick checks and "What do you see?"', async ({ page }) => {
  await page.goto('/');
  const main = page.getByRole('main');
  const search = main.getByRole('button', { name: /search what you see/i });
  const checks = main.getByRole('link', { name: /quick checks/i });
  const diagnose = main.getByRole('link', { name: /what do you see/i });
  const height = page.viewportSize()?.height ?? 0;
  const boxes = [];
  for (const target of [search, checks, diagnose]) {
    const box = await target.boundingBox();
    expect(box, 'on the first screen').not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(height);
    boxes.push(box?.y ?? 0);
  }
  expect(boxes).toEqual([...boxes].sort((a, b) => a - b));

  await search.click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.getByRole('textbox', { name: 'Search' })).toBeFocused();
});

test('results say why they match: the symptom a query shares is quoted', async ({ page }) => {
  await page.goto('/');
  const dialog = await searchSite(page, 'microphone switch grayed out');
  const first = dialog.locator('.pagefind-ui__result').first();
  await expect(first).toBeVisible();
  await expect(first.locator('.pagefind-ui__result-excerpt').first()).toContainText(/Matches “.*greyed.*”/);
  await expect(first.locator('.pagefind-ui__result-excerpt mark').first()).toBeVisible();
});

test('a misspelt query still finds the page, and an app name keeps pages about that app', async ({
  page,
}) => {
  await page.goto('/');
  const [typo, app] = await searchAll(page, ['microphne acess grayed', 'telegarm mic turned into camera']);
  expect(typo?.top.slice(0, 3).join(' ')).toMatch(/microphone|screen-time|device-management/);
  expect(app?.top[0]).toBe(hrefOf('apps/telegram'));
  for (const filters of app?.filters ?? []) expect(filters['app']).toContain('Telegram');
});

test('HTML typed into the search is shown as text and never runs', async ({ page }) => {
  const errors = errorsOf(page);
  await page.goto('/');
  await page.evaluate(() => {
    (window as unknown as { injected: boolean }).injected = false;
  });
  const query = '<img src=x onerror="window.injected=true"> mic <b>grey</b>';
  const dialog = await searchSite(page, query);
  await expect(dialog.locator('.pagefind-ui__message')).toContainText('<img src=x');
  await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible();
  await expect(dialog.locator('img[src="x"], #starlight__search b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { injected: boolean }).injected)).toBe(false);
  expect(errors).toEqual([]);
});

test('a query with nothing to find leads to "What do you see?" and the quick checks, not an empty list', async ({
  page,
}) => {
  await page.goto('/');
  for (const query of ['why is it not the', '😭🎤', 'x'.repeat(500)]) {
    const dialog = await searchSite(page, query);
    const hint = dialog.getByRole('complementary');
    await expect(hint).toBeVisible();
    await expect(hint.getByRole('link', { name: 'What do you see?' })).toBeVisible();
    await expect(hint.getByRole('link', { name: 'Quick checks' })).toBeVisible();
    await page.keyboard.press('Escape');
  }
});

test('on a Spanish page, a Spanish query typed without accents finds Spanish pages and says why in Spanish', async ({
  page,
}) => {
  const errors = errorsOf(page);
  await page.goto('/es/');
  await page.locator('header [data-open-search]').click();
  const dialog = page.locator('guide-search dialog[open]');
  await dialog
    .locator('input.pagefind-ui__search-input')
    .fill('no me deja mandar audios, el microfono esta en gris');
  const links = dialog.locator('.pagefind-ui__result-link');
  await expect(links.first()).toBeVisible();
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    expect(href).toMatch(/^\/es\//);
  }
  await expect(
    dialog.locator('.pagefind-ui__result-excerpt', { hasText: /^Coincide con “/ }).first(),
  ).toBeVisible();
  await expect(dialog.locator('.pagefind-ui__result-excerpt mark').first()).toBeVisible();
  expect(errors).toEqual([]);
});
