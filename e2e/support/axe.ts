import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the rules axe-core tags for each. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The WCAG 2.2 AA rules whose result depends on colours, so on the theme. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Switches the page to a colour theme the way a reader's system setting does: Starlight follows the
 * `prefers-color-scheme` change and sets `data-theme` on <html>.
 */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * Runs axe on the page as it is now (all WCAG 2.2 AA rules, or only `rules`; the whole page, or only
 * `include`) and returns one readable entry per failing element: where, rule, element, what to fix.
 * axe runs inside the page itself (the pages have no frames from elsewhere, which is what axe's
 * default mode opens an extra page for) and reports violations only, which makes a run several times
 * faster and finds the same problems.
 */
export async function axeViolations(
  page: Page,
  where: string,
  { rules, include }: { rules?: string[] | undefined; include?: string | undefined } = {},
): Promise<string[]> {
  // `options()` replaces every option, so it comes before the rule choice.
  let axe = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  axe = rules ? axe.withRules(rules) : axe.withTags(WCAG_22_AA);
  if (include) axe = axe.include(include);
  const { violations } = await axe.analyze();
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
export async function axeBothThemes(page: Page, where: string, include?: string): Promise<string[]> {
  await useTheme(page, 'light');
  const found = await axeViolations(page, `${where} (light)`, { include });
  await useTheme(page, 'dark');
  found.push(...(await axeViolations(page, `${where} (dark)`, { rules: COLOUR_RULES, include })));
  return found;
}
