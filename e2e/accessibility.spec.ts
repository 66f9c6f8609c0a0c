import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths, searchSite } from './support/fixtures';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the rules axe-core tags for each. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Switches the page to a colour theme the way a reader's system setting does: Starlight follows the
 * `prefers-color-scheme` change and sets `data-theme` on <html>.
 */
async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** The WCAG 2.2 AA rules whose result depends on colours, so on the theme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe (all WCAG 2.2 AA rules, or only `rules`) and returns one readable entry per failing
 * element: page and theme, rule, element, what to fix.
 */
async function violations(page: Page, where: string, rules?: string[]): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  const { violations } = await (rules ? axe.withRules(rules) : axe).analyze();
  return violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${where}: ${v.id} (${v.impact ?? 'unknown'}) at ${node.target.join(' ')}\n` +
        `    ${node.failureSummary?.replaceAll('\n', '\n    ') ?? v.help}\n    ${v.helpUrl}`,
    ),
  );
}

/**
 * Checks the page as it is now in the light theme with every rule, then in the dark theme with the
 * colour rules only (the markup is the same in both themes, so the other rules would repeat).
 */
async function checkBothThemes(page: Page, where: string): Promise<string[]> {
  await useTheme(page, 'light');
  const found = await violations(page, `${where} (light)`);
  await useTheme(page, 'dark');
  found.push(...(await violations(page, `${where} (dark)`, COLOUR_RULES)));
  return found;
}

for (const path of sitemapPaths()) {
  test(`${path} meets WCAG 2.2 AA in light and dark theme`, async ({ page }) => {
    await page.goto(path);
    const found = await checkBothThemes(page, path);
    expect(found, 'WCAG 2.2 AA violations').toEqual([]);
  });
}

test('the open search dialog with results meets WCAG 2.2 AA in light and dark theme', async ({ page }) => {
  await page.goto('/fixes/');
  const dialog = await searchSite(page, 'microphone');
  await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible();
  const found = await checkBothThemes(page, 'search dialog on /fixes/');
  expect(found, 'WCAG 2.2 AA violations').toEqual([]);
});

test('the open phone menu meets WCAG 2.2 AA in light and dark theme', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'the menu button exists at phone width only');
  await page.goto('/fixes/');
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('combobox', { name: 'Select theme' }).locator('visible=true')).toBeVisible();
  const found = await checkBothThemes(page, 'phone menu on /fixes/');
  expect(found, 'WCAG 2.2 AA violations').toEqual([]);
});
