import { expect, test } from '@playwright/test';
import { hrefOf } from '../src/lib/content';
import { cautionNames } from '../src/lib/labels';
import { NEWEST_IOS, RISKS, confirmedOnNewest } from '../src/lib/terms';
import { sitePages, siteFixes } from './support/fixtures';

const riskAboveLow = (risk: (typeof RISKS)[number] | undefined) =>
  risk !== undefined && RISKS.indexOf(risk) > RISKS.indexOf('low');

const warned = siteFixes.filter((fix) => fix.erases.length > 0 || riskAboveLow(fix.risk));

test('every fix that can remove something is among the fixes that warn', () => {
  expect(warned.map((f) => f.slug)).toContain('free-up-storage');
  expect(warned.map((f) => f.slug)).toContain('reset-all-settings');
});

for (const fix of warned) {
  test(`${fix.slug}: the caution comes before the first step and names what is removed`, async ({ page }) => {
    await page.goto(`/fixes/${fix.slug}/`);
    const caution = page.locator('main aside').filter({ hasText: 'Before you start' }).first();
    const firstStep = page.locator('.sl-markdown-content .sl-steps > li').first();
    await expect(caution).toBeVisible();
    const { named, more } = cautionNames(fix.erases);
    for (const item of named) await expect(caution).toContainText(item);
    const before = await caution.evaluate(
      (aside, step) => !!(aside.compareDocumentPosition(step!) & Node.DOCUMENT_POSITION_FOLLOWING),
      await firstStep.elementHandle(),
    );
    expect(before, 'the caution precedes the first step').toBe(true);

    // A long list: the caution says how many more, and links to all of them after the steps.
    const list = page.getByRole('region', { name: 'What this fix removes' });
    if (more === 0) {
      await expect(list).toHaveCount(0);
      return;
    }
    await caution.getByRole('link', { name: `${more} more things` }).click();
    await expect(list).toBeInViewport();
    await expect(list.getByRole('listitem')).toHaveText(fix.erases);
    const lastStep = page.locator('.sl-markdown-content .sl-steps > li').last();
    const after = await lastStep.evaluate(
      (step, section) => !!(step.compareDocumentPosition(section!) & Node.DOCUMENT_POSITION_FOLLOWING),
      await list.elementHandle(),
    );
    expect(after, 'the full list follows the last step').toBe(true);
  });
}

const unconfirmed = sitePages.filter((p) => !confirmedOnNewest(p.data.ios));
const confirmed = sitePages.filter((p) => p.data.ios.includes(NEWEST_IOS));

test(`a page not yet confirmed on iOS ${NEWEST_IOS} tells the reader under its title`, async ({ page }) => {
  test.skip(unconfirmed.length === 0, `every page is confirmed on iOS ${NEWEST_IOS}`);
  await page.goto(hrefOf(unconfirmed[0]!.id));
  await expect(page.getByText(`Not yet confirmed on iOS ${NEWEST_IOS}`)).toBeVisible();
});

test(`a page confirmed on iOS ${NEWEST_IOS} shows no such notice`, async ({ page }) => {
  test.skip(confirmed.length === 0, `no page is confirmed on iOS ${NEWEST_IOS} yet`);
  await page.goto(hrefOf(confirmed[0]!.id));
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.getByText(`Not yet confirmed on iOS ${NEWEST_IOS}`)).toHaveCount(0);
});

test('the foot of a page says what its steps were compared with and when it was reviewed', async ({
  page,
}) => {
  const fix = siteFixes[0]!;
  await page.goto(`/fixes/${fix.slug}/`);
  const review = page.locator('.sources-review');
  await expect(review).toContainText('compared with the documentation below');
  await expect(review).toContainText('not tried on a device');
  await expect(review.locator('time')).toHaveAttribute(
    'datetime',
    fix.reviewed?.toISOString().slice(0, 10) ?? '',
  );
});

test('the phrasings people type are found by search but not shown on the page', async ({ page }) => {
  const fix = siteFixes.find((f) => f.symptoms.length > 0)!;
  await page.goto(`/fixes/${fix.slug}/`);
  await expect(page.getByText(fix.symptoms[0]!, { exact: true })).toBeHidden();
});
