import { expect, test, type Page } from '@playwright/test';
import { pageErrors, printCalls, recordPrintCalls } from './support/fixtures';
import { badSavedProgress, KEY, UNKNOWN_IDS } from './support/saved-progress';

/** What the browser has saved, parsed (null when nothing). */
async function saved(
  page: Page,
): Promise<{ version: number; lists: Record<string, Record<string, number>> } | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), KEY);
  return raw === null ? null : JSON.parse(raw);
}

/** The fixes of the fix path, in order, as their titles and links. */
async function fixPath(page: Page): Promise<{ title: string; href: string }[]> {
  await page.goto('/fixes/');
  const links = page.locator('guide-checklist .checklist-text > a');
  await expect(links.first()).toBeVisible();
  return links.evaluateAll((all) =>
    all.map((a) => ({ title: a.textContent?.trim() ?? '', href: a.getAttribute('href') ?? '' })),
  );
}

/** The ids of a page's checklist items, as the page renders them. */
async function itemIds(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  return page
    .locator('guide-checklist [type=checkbox]')
    .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
}

test.describe('ticking a checklist', () => {
  for (const path of ['/quick-checks/', '/apps/whatsapp/']) {
    test(`a ticked item on ${path} is still ticked after a reload`, async ({ page }) => {
      const errors = await pageErrors(page);
      await page.goto(path);
      const boxes = page.getByRole('checkbox');
      const total = await boxes.count();
      expect(total).toBeGreaterThan(0);
      await expect(page.getByText(`0 of ${total} done`)).toBeVisible();
      await boxes.first().check();
      await expect(page.getByText(`1 of ${total} done`)).toBeVisible();
      await page.reload();
      await expect(boxes.first()).toBeChecked();
      await expect(page.getByText(`1 of ${total} done`)).toBeVisible();
      expect(errors).toEqual([]);
    });
  }

  test.describe('with no script file loading', () => {
    // `page.route` sees these requests because the suite blocks service workers (playwright.config.ts).
    test('saved ticks show from the first paint, with their count', async ({ page }) => {
      await page.goto('/quick-checks/');
      const total = await page.getByRole('checkbox').count();
      await page.getByRole('checkbox').nth(1).check();
      await expect.poll(() => saved(page)).not.toBeNull();
      // Only the inline restore can show the tick now.
      await page.route(/\/_astro\/[^/]+\.js$/, (route) => route.abort());
      await page.reload();
      await expect(page.getByRole('checkbox').nth(1)).toBeChecked();
      await expect(page.getByRole('checkbox').first()).not.toBeChecked();
      await expect(page.getByRole('checkbox').first()).toBeEnabled();
      await expect(page.getByText(`1 of ${total} done`)).toBeVisible();
    });
  });

  test('a tick in one tab shows in another tab without a reload', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto('/quick-checks/');
    await b.goto('/quick-checks/');
    await a.getByRole('checkbox').first().check();
    await expect(b.getByRole('checkbox').first()).toBeChecked();
    await a.getByRole('checkbox').first().uncheck();
    await expect(b.getByRole('checkbox').first()).not.toBeChecked();
    await b.goto('/fixes/');
    await a.goto('/fixes/');
    await a.getByRole('checkbox').nth(1).check();
    await expect(b.getByRole('checkbox').nth(1)).toBeChecked();
    await expect(b.locator('guide-checklist li').nth(1)).toContainText('No change');
  });

  test('"Start over" clears the checklist only after confirming', async ({ page }) => {
    await page.goto('/fixes/');
    const first = page.getByRole('checkbox').first();
    await first.check();
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(first).toBeChecked();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(first).not.toBeChecked();
    await page.reload();
    await expect(first).not.toBeChecked();
  });
});

test.describe('"Did this fix it?" and My progress', () => {
  test('No, Skip and Yes on fix pages show on My progress in order, and the summary copies', async ({
    page,
    context,
  }) => {
    const errors = await pageErrors(page);
    const [first, second, third] = await fixPath(page);
    if (!first || !second || !third) throw new Error('the fix path needs at least three fixes');

    await page.goto(first.href);
    const answer = page.locator('guide-fix-result');
    /** An answer button once the page script runs (it says whether it is the saved answer); before, it only leads on. */
    const button = async (name: string) => {
      const found = answer.getByRole('button', { name });
      await expect(found).toHaveAttribute('aria-pressed', 'false');
      return found;
    };
    await (await button('No')).click();
    await expect(answer.getByText('Saved: tried, no change.')).toBeVisible();
    await answer.getByRole('link', { name: second.title }).click();
    await expect(page).toHaveURL(new RegExp(`${second.href}$`));

    await (await button('Skip')).click();
    await expect(page).toHaveURL(new RegExp(`${third.href}$`));

    await (await button('Yes')).click();
    await expect(answer.getByText('Saved: this is the fix that solved it.')).toBeVisible();
    await expect(answer.getByRole('link').filter({ hasText: /./ }).first()).toHaveAttribute(
      'href',
      /\/prevention\//,
    );

    await page.goto('/fixes/');
    const rows = page.locator('guide-checklist li');
    await expect(rows.nth(0)).toContainText('No change');
    await expect(rows.nth(1)).toContainText('Skipped');
    await expect(rows.nth(2)).toContainText('Fixed it');
    await expect(page.getByText('Next to try')).toHaveCount(0);
    await expect(page.locator('[data-where]')).toHaveText(`Fixed by ${third.title}`);

    await page.goto('/my-progress/');
    const history = page.locator('[data-history] li');
    await expect(history).toHaveCount(3);
    await expect(history.nth(0)).toContainText(`${first.title} — No change`);
    await expect(history.nth(1)).toContainText(`${second.title} — Skipped`);
    await expect(history.nth(2)).toContainText(`${third.title} — Fixed it`);

    await page.getByLabel('Your iOS version (optional)').fill('18.5');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const copy = page.getByRole('button', { name: 'Copy summary' });
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toBe(
      `iPhone, iOS 18.5. Tried: ${first.title} (no change); ${third.title} (fixed it). ` +
        `Skipped: ${second.title}. Result: fixed by ${third.title}.`,
    );
    await page.reload();
    await expect(page.getByLabel('Your iOS version (optional)')).toHaveValue('18.5');
    expect(errors).toEqual([]);
  });

  test('a ticked check shows in the summary for support, under its checklist', async ({ page }) => {
    await page.goto('/quick-checks/');
    const title = (await page.locator('h1').textContent())?.trim() ?? '';
    const item = page.locator('guide-checklist li').first();
    const text = (await item.locator('.checklist-text > label').textContent())?.trim() ?? '';
    await item.getByRole('checkbox').check();
    await page.goto('/my-progress/');
    await expect(page.locator('[data-summary]')).toContainText(`Checked (${title}): ${text}.`);
  });

  test('the fix path shows where to resume', async ({ page }) => {
    const [first, second] = await fixPath(page);
    if (!first || !second) throw new Error('the fix path needs at least two fixes');
    await expect(page.locator('[data-where]')).toHaveText(`Next to try: ${first.title}`);
    await page.getByRole('checkbox', { name: first.title }).check();
    await expect(page.locator('[data-where]')).toHaveText(`Next to try: ${second.title}`);
    await expect(page.locator('guide-checklist li').nth(1)).toContainText('Next to try');
  });
});

test.describe('bad saved data never breaks the page', () => {
  const cases = badSavedProgress();

  for (const [name, stored] of cases) {
    test(`with ${name}: no page error, valid ticks survive, ticking works`, async ({ page }) => {
      const [item] = await itemIds(page, '/quick-checks/');
      const [fix, other] = await itemIds(page, '/fixes/');
      if (!item || !fix || !other) throw new Error('checklists need items');
      const mixed = name === UNKNOWN_IDS;
      const value = stored({ item, fix });
      await page.evaluate(([key, v]) => localStorage.setItem(key!, v!), [KEY, value]);
      const errors = await pageErrors(page);

      await page.goto('/quick-checks/');
      const box = page.locator(`guide-checklist [value="${item}"]`);
      await expect(box).toBeChecked({ checked: mixed });
      await box.setChecked(!mixed);
      await expect(box).toBeChecked({ checked: !mixed });
      await page.reload();
      await expect(box).toBeChecked({ checked: !mixed });

      await page.goto('/fixes/');
      await expect(page.locator(`[value="${fix}"]`)).toBeChecked({ checked: mixed });
      await page.locator(`[value="${other}"]`).check();
      await page.reload();
      await expect(page.locator(`[value="${other}"]`)).toBeChecked();
      await expect(page.locator(`[value="${fix}"]`)).toBeChecked({ checked: mixed });

      const after = await saved(page);
      expect(after?.version).toBe(1);
      expect(JSON.stringify(after)).not.toContain('removed-');
      await expect(page.getByText('Progress can’t be saved')).toBeHidden();
      expect(errors).toEqual([]);
    });
  }

  test('with storage that refuses writes: saved ticks show, ticking works, a note says it is not kept', async ({
    page,
  }) => {
    const [item] = await itemIds(page, '/quick-checks/');
    const [fix, other] = await itemIds(page, '/fixes/');
    if (!item || !fix || !other) throw new Error('checklists need items');
    const value = JSON.stringify({
      version: 1,
      lists: { 'quick-checks': { [item]: Date.now() - 1000 } },
      fixes: { [fix]: { result: 'tried', at: Date.now() - 1000 } },
    });
    await page.evaluate(([key, v]) => localStorage.setItem(key!, v!), [KEY, value]);
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (this === window.localStorage) {
          throw new DOMException(`The quota has been exceeded (${key}).`, 'QuotaExceededError');
        }
        setItem.call(this, key, value);
      };
    });
    const errors = await pageErrors(page);

    await page.goto('/fixes/');
    const total = await page.getByRole('checkbox').count();
    await expect(page.locator(`[value="${fix}"]`)).toBeChecked();
    await expect(page.getByText('Progress can’t be saved in this browser')).toBeVisible();
    await page.locator(`[value="${other}"]`).check();
    await expect(page.locator(`[value="${other}"]`)).toBeChecked();
    await expect(page.getByText(`2 of ${total} tried`)).toBeVisible();

    await page.goto('/quick-checks/');
    await expect(page.locator(`[value="${item}"]`)).toBeChecked();
    await page.locator(`[value="${item}"]`).uncheck();
    await expect(page.locator(`[value="${item}"]`)).not.toBeChecked();
    await expect(page.getByText('Progress can’t be saved in this browser')).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('checklists are visible and readable, with nothing that needs a script', async ({ page }) => {
    for (const path of ['/quick-checks/', '/apps/whatsapp/', '/fixes/']) {
      await page.goto(path);
      const boxes = page.getByRole('checkbox');
      expect(await boxes.count()).toBeGreaterThan(0);
      for (const box of await boxes.all()) {
        await expect(box).toBeVisible();
        await expect(box).toBeDisabled();
        await expect(box).toHaveAccessibleName(/\w{3}/);
      }
      await expect(page.getByRole('button', { name: 'Start over' })).toBeHidden();
    }
    await expect(page.locator('guide-checklist li')).toHaveCount(await page.getByRole('checkbox').count());
    await expect(page.locator('guide-checklist li').first().getByRole('link')).toBeVisible();
  });

  test('"Did this fix it?" still leads on, and My progress says what it needs', async ({ page }) => {
    await page.goto('/fixes/');
    const [first, second] = await page
      .locator('guide-checklist .checklist-text > a')
      .evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
    if (!first || !second) throw new Error('the fix path needs at least two fixes');
    await page.goto(first);
    await expect(page.getByRole('heading', { name: 'Did this fix it?' })).toBeVisible();
    await page.getByRole('button', { name: 'No' }).click();
    await expect(page).toHaveURL(new RegExp(`${second}\\??$`));
    await page.goto('/my-progress/');
    await expect(page.getByText('Turn on JavaScript to see what you have tried')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy summary' })).toBeHidden();
  });
});

test('the Print button on an app page opens the print dialog', async ({ page }) => {
  await recordPrintCalls(page);
  await page.goto('/apps/whatsapp/');
  await page.getByRole('button', { name: 'Print this page' }).click();
  expect(await printCalls(page)).toHaveLength(1);
});
