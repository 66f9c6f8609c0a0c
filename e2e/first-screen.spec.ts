import { expect, test, type Locator } from '@playwright/test';
import { byKind, hrefOf } from '../src/lib/content';
import { sitePages } from './support/fixtures';
import { en, spanishPages, word } from './support/spanish';

/** The screen of a recent iPhone, in CSS px: what a reader sees before scrolling. */
const FIRST_SCREEN = { width: 390, height: 844 };

test.use({ viewport: FIRST_SCREEN });
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
      await page.goto(hrefOf(fix.id, base));
      const step = page.locator('.sl-markdown-content .sl-steps > li').first();
      const bottom = await firstLineBottom(step);
      expect(bottom, `the first step's first line ends ${bottom} px down`).toBeLessThanOrEqual(
        FIRST_SCREEN.height,
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
  }

  for (const app of byKind(pages, 'app')) {
    test(`${hrefOf(app.id, base)}: the first checklist item is on the first screen`, async ({ page }) => {
      await page.goto(hrefOf(app.id, base));
      const bottom = await firstLineBottom(page.locator('guide-checklist .checklist-items > li').first());
      expect(bottom, `the first item's first line ends ${bottom} px down`).toBeLessThanOrEqual(
        FIRST_SCREEN.height,
      );
    });
  }
}
