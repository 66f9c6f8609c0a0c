import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { builtPages, builtSiteReader, starlightScripts } from '../scripts/stock-starlight.mjs';
import { addedJavaScript, byOrigin, loadedScripts } from '../src/lib/weight';

/**
 * JavaScript a page may run on load beyond what Starlight itself ships, gzipped (README, "Quality
 * budgets"). Starlight's own scripts are recognised by their code in a stock Starlight build of the
 * installed versions (scripts/stock-starlight.mjs). Every other script file and statically imported
 * file counts, gzipped on its own; an inline script counts what it adds to the page's gzipped HTML;
 * an override of a Starlight component's script counts what it adds to the script it replaces (see
 * `addedJavaScript`). Modules a page fetches later, when it needs them, are not counted here;
 * `npm run bench:weight` shows them.
 */
const OUR_JS_BUDGET = 4 * 1024;

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

test(`no page runs more than ${OUR_JS_BUDGET / 1024} KB gzipped of JavaScript beyond Starlight's`, () => {
  test.setTimeout(180_000); // The first run builds the stock Starlight site to compare with.
  const starlight = starlightScripts();
  const read = builtSiteReader(DIST);
  const pages = builtPages(DIST);
  expect(pages.length).toBeGreaterThan(40);

  const over: string[] = [];
  for (const page of pages) {
    const html = read(page) ?? '';
    const scripts = loadedScripts(html, page, read);
    // Every page runs Starlight's theme script: none recognised means the comparison broke.
    expect(
      byOrigin(scripts, starlight.identities).starlight.length,
      `Starlight's scripts on ${page}`,
    ).toBeGreaterThan(0);
    const added = addedJavaScript(html, scripts, starlight);
    if (added.total > OUR_JS_BUDGET) {
      const list = added.scripts.map((s) => `${s.name} ${s.bytes} B`).join(', ');
      over.push(`${page}: ${added.total} B gzipped (${list})`);
    }
  }
  expect(over, `pages over the ${OUR_JS_BUDGET} B budget`).toEqual([]);
});
