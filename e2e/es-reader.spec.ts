import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { pdfSheets, squash } from './support/fixtures';
import { spanishPage, spanishPages, word } from './support/spanish';
import { byKind, slugOf } from '../src/lib/content';

// What a Spanish reader does, once, at phone size: the desktop run adds nothing the English suite
// does not check already.
test.skip(({ isMobile }) => !isMobile, 'the Spanish edition is checked at phone size');

/** One Spanish page of each kind, and the pages with their own tools. */
const ONE_OF_EACH = [
  '/es/',
  '/es/quick-checks/',
  '/es/diagnose/',
  '/es/my-progress/',
  '/es/checklist/',
  '/es/causes/network/',
  '/es/fixes/reset-network-settings/',
  '/es/apps/whatsapp/',
  '/es/workarounds/',
  '/es/prevention/keep-storage-free/',
  '/es/scenarios/only-on-home-wifi/',
];

test('one Spanish page of each kind has no WCAG 2.2 AA violation, in Spanish', async ({ page }) => {
  test.setTimeout(180_000);
  const found: string[] = [];
  for (const path of ONE_OF_EACH) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    found.push(...(await axeViolations(page, path)));
  }
  expect(found).toEqual([]);
});

const checklistBox = (page: Page, list: string, item: string) =>
  page.locator(`guide-checklist[data-list="${list}"] input[value="${item}"]`);

test('a Spanish checklist ticks, survives a reload, and shows the same ticks in English', async ({
  page,
}) => {
  const [first, second] = spanishPage('quick-checks').data.items;
  await page.goto('/es/quick-checks/');
  await expect(page.locator('guide-checklist').first()).toContainText(first!.text);
  await checklistBox(page, 'quick-checks', second!.id).check();
  await page.reload();
  await expect(checklistBox(page, 'quick-checks', second!.id)).toBeChecked();
  await expect(checklistBox(page, 'quick-checks', first!.id)).not.toBeChecked();
  // Saved progress is the reader's, whichever language the page is in.
  await page.goto('/quick-checks/');
  await expect(checklistBox(page, 'quick-checks', second!.id)).toBeChecked();
  // My progress dates the tick in Spanish, though this browser's own language is English.
  await page.goto('/es/my-progress/');
  const month = new Intl.DateTimeFormat('es', { month: 'short' }).format(new Date());
  expect(month, 'the month differs in Spanish and English').not.toBe(
    new Intl.DateTimeFormat('en', { month: 'short' }).format(new Date()),
  );
  await expect(page.locator('[data-history] li').first()).toContainText(` ${month} `);
});

/** The visible question of the diagnosis. */
const question = (page: Page) => page.locator('guide-diagnose [data-screen]:not([hidden]) h2');
const answer = (page: Page, id: string) =>
  page.locator(`guide-diagnose [data-screen]:not([hidden]) [data-answer="${id}"]`).tap();

test('the Spanish diagnosis gives a plan of Spanish fix pages, and switching language keeps it', async ({
  page,
}) => {
  const questions = spanishPage('diagnose').data.questions;
  const text = (id: string) => questions.find((q) => q.id === id)!.text;
  await page.goto('/es/diagnose/');
  await expect(question(page)).toHaveText(text('app'));
  await answer(page, 'messages');
  await expect(question(page)).toHaveText(text('others-send'));
  await answer(page, 'no');
  await expect(question(page)).toHaveText(text('memos'));
  await answer(page, 'yes');
  await expect(question(page)).toHaveText(text('network'));
  await answer(page, 'one-network');
  await expect(question(page)).toHaveText(text('started'));
  await answer(page, 'not-sure');
  const query = '?app=messages&others-send=no&memos=yes&network=one-network&started=not-sure';
  await expect(page).toHaveURL(`/es/diagnose/${query}`);

  const fixes = page.locator('[data-list="diagnose-plan"] li a');
  const firstFix = spanishPage('fixes/check-phone-online');
  await expect(fixes.first()).toHaveText(firstFix.data.title);
  await expect(fixes.first()).toHaveAttribute('href', '/es/fixes/check-phone-online/');

  // Starlight's language picker, in the menu on a phone: the same plan, in English.
  await page.locator('button[popovertarget="starlight__sidebar"]').tap();
  await page.locator('starlight-lang-select select:visible').selectOption({ label: 'English' });
  await expect(page).toHaveURL(`/diagnose/${query}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-list="diagnose-plan"] li a').first()).toHaveAttribute(
    'href',
    '/fixes/check-phone-online/',
  );
});

const EMPTY_BOX = '☐';
const TICKED_BOX = '☑';
const count = (text: string, glyph: string) => text.split(glyph).length - 1;

for (const format of ['A4', 'Letter'] as const) {
  test(`the Spanish checklist prints on at most two ${format} pages, blank and with progress`, async ({
    page,
  }) => {
    const checks = spanishPage('quick-checks').data.items;
    const fixes = byKind(spanishPages, 'fix');
    await page.goto('/es/checklist/');
    const printed = async () => {
      const sheets = await pdfSheets(await page.pdf({ format, preferCSSPageSize: false }));
      return { sheets, all: sheets.join('\n') };
    };

    let { sheets, all } = await printed();
    expect(sheets.length).toBeLessThanOrEqual(2);
    const paper = squash(all);
    for (const check of checks) expect(paper).toContain(squash(check.text));
    for (const fix of fixes) expect(paper).toContain(squash(fix.data.title));
    expect(count(all, EMPTY_BOX)).toBe(checks.length + fixes.length);

    await page.locator(`input[data-list="quick-checks"][data-item="${checks[0]!.id}"]`).check();
    await page.locator(`input[data-list="fixes"][data-item="${slugOf(fixes[0]!.id)}"]`).check();
    await page
      .locator('guide-print[data-mode="progress"] button')
      .first()
      .evaluate((b: HTMLElement) => {
        // The print dialog cannot open headless: the button sets what prints, then asks for it.
        window.print = () => undefined;
        b.click();
      });
    ({ sheets, all } = await printed());
    expect(sheets.length).toBeLessThanOrEqual(2);
    expect(count(all, TICKED_BOX)).toBe(2);
    expect(all).toContain(word('guide.print.triedSoFar'));
  });
}

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one Spanish visit, Spanish pages never opened work with no network', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/es/');
    const ready = page.locator('[data-offline-ready]');
    await expect(ready).toBeVisible({ timeout: 60_000 });
    await expect(ready).toHaveText(word('guide.offline.ready'));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await expect(page.evaluate(() => fetch('/sitemap-index.xml'))).rejects.toThrow();

    for (const id of ['fixes/turn-off-vpn', 'apps/telegram']) {
      await page.goto(`/es/${id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(spanishPage(id).data.title);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    }
    // The English guide is saved too.
    await page.goto('/fixes/turn-off-vpn/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('the home page, which has no menu, switches language at phone size too', async ({ page }) => {
  await page.goto('/es/');
  const picker = page.locator('starlight-lang-select select:visible');
  await expect(picker).toHaveCount(1);
  await picker.selectOption({ label: 'English' });
  await expect(page).toHaveURL('/');
  await page.locator('starlight-lang-select select:visible').selectOption({ label: 'Español' });
  await expect(page).toHaveURL('/es/');
});
