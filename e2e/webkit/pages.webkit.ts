import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pageTypes } from '../../scripts/page-types.mjs';
import { builtPages } from '../../scripts/lib/built-site';
import { expect, test } from './fixtures';

test('every page loads at phone size with a heading and no uncaught script error', async ({
  phone,
  site,
}) => {
  const pages = builtPages('dist');
  expect(pages.length).toBeGreaterThan(20);
  for (const path of pages) {
    await phone.open(path);
    const heading = await phone.texts('h1');
    expect(heading[0], `the heading of ${path}`).toMatch(/\w/);
    // No page is wider than the phone: nothing scrolls sideways.
    expect(await phone.run(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  }
  expect(site.errors).toEqual([]);
}, 180_000);

declare global {
  /** axe-core, once injected into the page. */
  const axe: typeof import('axe-core');
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('one page of each type has no WCAG 2.2 AA violation that axe finds in WebKit', async ({ phone }) => {
  const found: string[] = [];
  for (const { type, path } of pageTypes('dist')) {
    await phone.open(path);
    await phone.driver.executeScript(AXE);
    const { checked, violations } = await phone.run(async (tags: string[]) => {
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return {
        checked: result.passes.length,
        violations: result.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      };
    }, WCAG);
    expect(checked, `rules axe checked on ${path}`).toBeGreaterThan(5);
    found.push(...violations.map((v) => `${type} ${path} ${v}`));
  }
  expect(found).toEqual([]);
}, 300_000);
