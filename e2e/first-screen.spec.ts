import { expect, test, type Locator, type Page } from '@playwright/test';
import { byKind, hrefOf } from '../src/lib/content';
import { sitePages } from './support/fixtures';
import { en, spanishPages, word } from './support/spanish';

/**
 * What a reader sees before scrolling, in CSS px: the screen of a recent iPhone, and of a small
 * phone (an older Android, or an iPhone SE with its browser's bars).
 */
const FIRST_SCREENS = [
  { width: 390, height: 844 },
  { width: 360, height: 640 },
];

test.skip(({ isMobile }) => !isMobile, 'the first screen of a phone');

/**
 * Where the first line of `target` ends, in CSS px from the top of the document, once the page has
 * loaded and painted: its top plus one line of its text.
 */
async function firstLineBottom(target: Locator): Promise<number> {
  await target.page().waitForLoadState('load');
  return target.evaluate(
    (element) =>
      new Promise<number>((done) =>
        requestAnimationFrame(() => {
          const top = element.getBoundingClientRect().top + window.scrollY;
          const style = getComputedStyle(element);
          const line = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.2;
          done(Math.ceil(top + line));
        }),
      ),
  );
}

/** Opens `href` on each first screen in turn and runs `check` with that screen's size. */
async function onEachFirstScreen(
  page: Page,
  href: string,
  check: (screen: (typeof FIRST_SCREENS)[number]) => Promise<void>,
): Promise<void> {
  for (const screen of FIRST_SCREENS) {
    await test.step(`${screen.width}×${screen.height}`, async () => {
      await page.setViewportSize(screen);
      await page.goto(href);
      await check(screen);
    });
  }
}

// Every fix and app page in both languages: Spanish sentences run longer.
for (const { pages, base, cautionTitle } of [
  { pages: sitePages, base: '/', cautionTitle: en['guide.caution.title']! },
  { pages: spanishPages, base: '/es/', cautionTitle: word('guide.caution.title') },
]) {
  for (const fix of byKind(pages, 'fix')) {
    const cautioned = fix.data.erases.length > 0;
    test(`${hrefOf(fix.id, base)}: the first step is on the first screen${cautioned ? ', after the caution' : ''}`, async ({
      page,
    }) => {
      await onEachFirstScreen(page, hrefOf(fix.id, base), async (screen) => {
        const step = page.locator('.sl-markdown-content .sl-steps > li').first();
        const bottom = await firstLineBottom(step);
        expect(bottom, `the first step's first line ends ${bottom} px down`).toBeLessThanOrEqual(
          screen.height,
        );
        if (cautioned) {
          const caution = page.locator('main aside').filter({ hasText: cautionTitle }).first();
          const cautionBox = await caution.boundingBox();
          const stepBox = await step.boundingBox();
          expect(cautionBox, 'the caution is shown').not.toBeNull();
          expect(
            cautionBox!.y + cautionBox!.height,
            'the caution ends above the first step',
          ).toBeLessThanOrEqual(stepBox!.y);
        }
      });
    });
  }

  for (const app of byKind(pages, 'app')) {
    test(`${hrefOf(app.id, base)}: the first checklist item is on the first screen`, async ({ page }) => {
      await onEachFirstScreen(page, hrefOf(app.id, base), async (screen) => {
        const bottom = await firstLineBottom(page.locator('guide-checklist .checklist-items > li').first());
        expect(bottom, `the first item's first line ends ${bottom} px down`).toBeLessThanOrEqual(
          screen.height,
        );
      });
    });
  }
}
