import { expect, test, type Page } from '@playwright/test';
import { PDFParse } from 'pdf-parse';
import {
  pdfSheets,
  printCalls,
  recordPrintCalls,
  siteFixes,
  sitePage,
  sitemapPaths,
  squash,
} from './support/fixtures';

/** Paper sizes people print on; Chromium's default margins, the page's own size ignored. */
const FORMATS = ['A4', 'Letter'] as const;

/** Words of the site's navigation and controls that must never reach paper. */
const NAVIGATION = [
  'Start here',
  'Real-world cases',
  'Skip to content',
  'On this page',
  'Search',
  'Next fix',
  'Print blank',
  'Print with my progress',
  'Print this page',
];

const quickChecks = sitePage('quick-checks').data.items;
const fixes = siteFixes;
const whatsapp = sitePage('apps/whatsapp').data;

const count = (text: string, glyph: string) => text.split(glyph).length - 1;
const EMPTY_BOX = '☐';
const TICKED_BOX = '☑';

/** Prints the current page as the browser would and returns the text of each sheet. */
async function print(page: Page, format: (typeof FORMATS)[number], printBackground = false) {
  const pdf = await page.pdf({ format, preferCSSPageSize: false, printBackground });
  const sheets = await pdfSheets(pdf);
  return { pdf, sheets, all: sheets.join('\n') };
}

function expectNoNavigation(text: string) {
  for (const words of NAVIGATION) expect(text, `"${words}" on paper`).not.toContain(words);
}

const box = (page: Page, list: string, item: string) =>
  page.locator(`input[data-list="${list}"][data-item="${item}"]`);

test.describe('the printable checklist', () => {
  test.beforeEach(async ({ page }) => {
    await recordPrintCalls(page);
    await page.goto('/checklist/');
  });

  for (const format of FORMATS) {
    test(`prints blank on at most two ${format} pages, with every quick check and fix`, async ({ page }) => {
      await box(page, 'quick-checks', quickChecks[0]!.id).check();
      await box(page, 'fixes', fixes[0]!.slug).check();
      await page.getByRole('button', { name: 'Print blank' }).click();
      expect(await printCalls(page)).toEqual(['blank']);

      const { sheets, all } = await print(page, format);
      expect(sheets.length).toBeLessThanOrEqual(2);
      const paper = squash(all);
      for (const check of quickChecks) expect(paper).toContain(squash(check.text));
      for (const fix of fixes) {
        expect(paper).toContain(squash(fix.title));
        expect(paper).toContain(squash(fix.summary ?? ''));
      }
      expect(count(all, EMPTY_BOX)).toBe(quickChecks.length + fixes.length);
      expect(count(all, TICKED_BOX)).toBe(0);
      expect(all).not.toContain('Tried so far');
      expect(all).not.toContain(whatsapp.title);
      expectNoNavigation(all);
    });

    test(`prints with my progress on at most two ${format} pages: ticks and what was tried`, async ({
      page,
    }) => {
      const ticked = [quickChecks[1]!, quickChecks[4]!];
      const tried = [fixes[0]!, fixes[2]!];
      for (const check of ticked) await box(page, 'quick-checks', check.id).click();
      for (const fix of tried) await box(page, 'fixes', fix.slug).click();
      await page.getByRole('button', { name: 'Print with my progress' }).click();
      expect(await printCalls(page)).toEqual(['progress']);

      const { sheets, all } = await print(page, format);
      expect(sheets.length).toBeLessThanOrEqual(2);
      expect(count(all, TICKED_BOX)).toBe(4);
      expect(count(all, EMPTY_BOX)).toBe(quickChecks.length + fixes.length - 4);
      const summary = squash(all.slice(all.indexOf('Tried so far'), all.indexOf(quickChecks[0]!.text)));
      for (const done of [...ticked.map((c) => c.text), ...tried.map((f) => f.title)]) {
        expect(summary).toContain(squash(done));
      }
      expect(summary).not.toContain(squash(quickChecks[0]!.text));
      expectNoNavigation(all);
    });

    test(`prints a chosen app checklist on a ${format} page of its own`, async ({ page }) => {
      const stored = () => page.evaluate(() => JSON.stringify({ ...localStorage }));
      const before = await stored();
      await page.getByLabel('Include the WhatsApp checklist').check();
      // Choosing what prints is not progress: nothing is saved.
      expect(await stored()).toBe(before);
      await box(page, 'apps/whatsapp', whatsapp.items[0]!.id).check();

      const { sheets } = await print(page, format);
      const appSheet = sheets.findIndex((s) => s.trimStart().startsWith(whatsapp.title));
      expect(appSheet).toBeGreaterThan(0);
      expect(appSheet).toBeLessThanOrEqual(2);
      const core = squash(sheets.slice(0, appSheet).join('\n'));
      expect(core).toContain(squash(fixes.at(-1)!.title));
      expect(core).not.toContain(squash(whatsapp.items[1]!.text));
      const app = sheets.slice(appSheet).join('\n');
      for (const item of whatsapp.items) expect(squash(app)).toContain(squash(item.text));
      expect(count(app, EMPTY_BOX) + count(app, TICKED_BOX)).toBe(whatsapp.items.length);
      expect(count(app, TICKED_BOX)).toBe(1);
    });
  }

  test('prints what was saved anywhere in the guide: ticks, fix results and the plan', async ({ page }) => {
    const [worked, tried, skipped, other] = fixes;
    const ticked = quickChecks[2]!;
    const at = Date.now() - 60_000;
    await page.evaluate(
      (progress) => localStorage.setItem('audio-guide:progress', JSON.stringify(progress)),
      {
        version: 1,
        lists: { 'quick-checks': { [ticked.id]: at } },
        fixes: {
          [worked!.slug]: { result: 'worked', at },
          [tried!.slug]: { result: 'tried', at },
          [skipped!.slug]: { result: 'skipped', at },
        },
        plan: { query: '?app=messages&memos=no', fixes: [tried!.slug, other!.slug] },
      },
    );
    await page.reload();
    // The page itself shows what will print.
    await expect(box(page, 'quick-checks', ticked.id)).toBeChecked();
    await expect(box(page, 'fixes', skipped!.slug)).not.toBeChecked();
    const row = (slug: string) => page.locator('li').filter({ has: box(page, 'fixes', slug) });
    await expect(row(worked!.slug).locator('[data-result]')).toHaveText('Fixed it');
    await expect(row(other!.slug)).toContainText('In your plan');

    await page.getByRole('button', { name: 'Print with my progress' }).click();
    let { all } = await print(page, 'A4');
    expect(count(all, TICKED_BOX)).toBe(3);
    expect(count(all, EMPTY_BOX)).toBe(quickChecks.length + fixes.length - 3);
    // The lists, after the "Tried so far" summary (which names the same fixes).
    const paper = squash(all.slice(all.indexOf(quickChecks[0]!.text)));
    for (const [fix, result] of [
      [worked!, 'Fixed it'],
      [tried!, 'No change'],
      [skipped!, 'Skipped'],
    ] as const) {
      // The result is printed in the fix's own row: after its title, before the next fix.
      const next = fixes[fixes.indexOf(fix) + 1]!;
      const rowText = paper.slice(paper.indexOf(squash(fix.title)), paper.indexOf(squash(next.title)));
      expect(rowText, fix.title).toContain(squash(result));
    }
    expect(count(all, 'In your plan')).toBe(2);
    const summary = squash(all.slice(all.indexOf('Tried so far'), all.indexOf(quickChecks[0]!.text)));
    for (const done of [ticked.text, worked!.title, tried!.title]) expect(summary).toContain(squash(done));
    expect(summary).not.toContain(squash(skipped!.title));

    await page.getByRole('button', { name: 'Print blank' }).click();
    ({ all } = await print(page, 'A4'));
    expect(count(all, TICKED_BOX)).toBe(0);
    expect(count(all, EMPTY_BOX)).toBe(quickChecks.length + fixes.length);
    for (const words of ['Fixed it', 'No change', 'Skipped', 'In your plan', 'Tried so far']) {
      expect(all).not.toContain(words);
    }
  });

  test('a box ticked on the printable checklist is kept for the rest of the guide', async ({ page }) => {
    await box(page, 'fixes', fixes[1]!.slug).check();
    await box(page, 'quick-checks', quickChecks[0]!.id).check();
    await page.goto('/fixes/');
    await expect(page.locator(`guide-checklist [value="${fixes[1]!.slug}"]`)).toBeChecked();
    await expect(page.locator('guide-checklist li').nth(1)).toContainText('No change');
    await page.goto('/quick-checks/');
    await expect(page.locator(`guide-checklist [value="${quickChecks[0]!.id}"]`)).toBeChecked();
  });

  test('says on paper where it came from and the day it was printed', async ({ page }) => {
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const address = (canonical ?? '').replace(/^https?:\/\//, '');
    expect(address).toMatch(/\/checklist\/$/);
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
    const { all } = await print(page, 'A4');
    expect(squash(all)).toContain(squash(`${address} · Printable checklist · Printed ${today}`));
  });

  test('gives every box the list and item ids of the interactive checklists', async ({ page }) => {
    const ids = await page
      .locator('input[data-list]')
      .evaluateAll((boxes) =>
        boxes.map((b) => `${b.getAttribute('data-list')}/${b.getAttribute('data-item')}`),
      );
    expect(ids).toEqual(
      expect.arrayContaining([
        ...quickChecks.map((c) => `quick-checks/${c.id}`),
        ...fixes.map((f) => `fixes/${f.slug}`),
        ...whatsapp.items.map((i) => `apps/whatsapp/${i.id}`),
      ]),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the checklist still prints, ticks included, dated by its build', async ({ page }) => {
    await page.goto('/checklist/');
    await expect(page.getByRole('button', { name: /print/i })).toHaveCount(0);
    await box(page, 'fixes', fixes[1]!.slug).check();
    const { sheets, all } = await print(page, 'Letter');
    expect(sheets.length).toBeLessThanOrEqual(2);
    expect(count(all, TICKED_BOX)).toBe(1);
    expect(count(all, EMPTY_BOX)).toBe(quickChecks.length + fixes.length - 1);
    expect(all).toContain('Page built');
    expectNoNavigation(all);
  });

  test('the quick checks page links to the printable checklist instead of a dead button', async ({
    page,
  }) => {
    await page.goto('/quick-checks/');
    await expect(page.getByRole('button', { name: 'Print this page' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Printable checklist of every step' }).click();
    await expect(page).toHaveURL(/\/checklist\/$/);
  });
});

for (const format of FORMATS) {
  test(`a fix page prints its steps and warnings on ${format}, without navigation`, async ({ page }) => {
    await page.goto('/fixes/reset-network-settings/');
    const steps = await page.locator('.sl-steps > li').allInnerTexts();
    const warnings = await page.locator('.starlight-aside').allInnerTexts();
    expect(steps.length).toBeGreaterThan(0);
    expect(warnings.length).toBeGreaterThan(0);

    const { all } = await print(page, format);
    const paper = squash(all);
    for (const text of [...steps, ...warnings]) expect(paper).toContain(squash(text));
    // The caution names the first thing it removes; paper has the full list, after the steps.
    const { erases } = siteFixes.find((fix) => fix.slug === 'reset-network-settings')!;
    for (const item of erases) expect(paper).toContain(squash(item));
    expect(paper).toContain(squash('/fixes/reset-network-settings/ · Reset Network Settings'));
    expectNoNavigation(all);
  });
}

// Every page, a section of the site to a test so that the sections print side by side.
const sections = Map.groupBy(sitemapPaths(), (path) =>
  path.split('/').length > 3 ? path.split('/')[1]! : '',
);
for (const [section, paths] of sections) {
  test(`every page ${section ? `under /${section}/` : 'at the top level'} prints without navigation, saying where it came from`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    for (const path of paths) {
      await page.goto(path);
      const title = (await page.title()).split(' | ')[0]!;
      const { all } = await print(page, 'A4');
      expect(squash(all), path).toContain(squash(`${path} · ${title}`));
      for (const words of NAVIGATION) expect(all, `"${words}" on paper from ${path}`).not.toContain(words);
    }
  });
}

test('every iOS version tab prints, under its own label', async ({ page }) => {
  await page.goto('/fixes/restart-imessage/');
  const tabs = page.locator('starlight-tabs').first();
  const labels = tabs.getByRole('tab');
  const panels = tabs.locator('[role="tabpanel"]');
  const names = await labels.allInnerTexts();
  const texts = await panels.evaluateAll((ps) => ps.map((p) => p.textContent ?? ''));
  expect(names.length).toBeGreaterThan(1);

  // Every label and every panel reach paper (numbered steps print their numbers, text does not have them).
  const paper = squash((await print(page, 'A4')).all);
  const unnumbered = (text: string) => squash(text).replace(/\d+(?=[A-Z])/g, '');
  for (const name of names) expect(paper).toContain(squash(`${name}:`));
  for (const text of texts) expect(unnumbered(paper)).toContain(unnumbered(text));

  // On paper each label sits right above its own panel: label 1, panel 1, label 2, panel 2…
  await page.emulateMedia({ media: 'print' });
  const tops: number[] = [];
  for (let i = 0; i < names.length; i++) {
    for (const part of [labels.nth(i), panels.nth(i)]) {
      const box = await part.boundingBox();
      expect(box, `tab ${i + 1} prints`).not.toBeNull();
      tops.push(box?.y ?? -1);
    }
  }
  expect(tops).toEqual([...tops].sort((x, y) => x - y));
});

test('external links print their short address, internal ones do not', async ({ page }) => {
  await page.goto('/get-help/');
  const link = page
    .locator('.sl-markdown-content a[href^="https://www.apple.com/support/systemstatus"]')
    .first();
  const text = await link.innerText();
  const paper = squash((await print(page, 'A4')).all);
  expect(paper).toContain(squash(`${text}(apple.com/support/systemstatus)`));
  expect(paper).not.toContain('(/');
});

test('a page printed from dark mode is black on white', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/fixes/reset-network-settings/');
  await page.evaluate(() => localStorage.setItem('starlight-theme', 'dark'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  const { pdf } = await print(page, 'A4', true);
  const parser = new PDFParse({ data: pdf });
  const shot = await parser.getScreenshot({ partial: [1], scale: 0.75 }).finally(() => parser.destroy());
  const image = shot.pages[0]!.dataUrl;
  // Decode the rendered sheet in the browser and sort its pixels into light, dark and in between.
  const shares = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let light = 0;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) {
      const lum = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
      if (lum > 235) light += 1;
      else if (lum < 80) dark += 1;
    }
    const total = data.length / 4;
    return { light: light / total, dark: dark / total };
  }, image);
  expect(shares.light).toBeGreaterThan(0.85);
  expect(shares.dark).toBeGreaterThan(0.01);
});
