import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { sitePages } from './pages';
import { starlightScripts } from '../scripts/stock-starlight.mjs';
import { builtPages, builtSiteReader } from '../src/lib/built-site';
import { OUR_JS_BUDGET, addedJavaScript, byOrigin, loadedScripts } from '../src/lib/weight';

/*
 * `OUR_JS_BUDGET`: JavaScript a page may run on load beyond what Starlight itself ships. Starlight's own scripts are recognised by their code in a stock Starlight build of the
 * installed versions (scripts/stock-starlight.mjs). Every other script file and statically imported
 * file counts, gzipped on its own; an inline script counts what it adds to the page's gzipped HTML;
 * an override of a Starlight component's script counts what it adds to the script it replaces (see
 * `addedJavaScript`). Modules a page fetches later, when it needs them, are not counted here;
 * `npm run bench:weight` shows them.
 */

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

test(`no page runs more than ${OUR_JS_BUDGET / 1024} KB gzipped of JavaScript beyond Starlight's`, () => {
  test.setTimeout(180_000); // The first run builds the stock Starlight site to compare with.
  const starlight = starlightScripts();
  const read = builtSiteReader(DIST);
  const pages = builtPages(DIST);
  expect(pages.length).toBe(sitePages.length);

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

test('pages with a checklist and the diagnosis plan share one file for the checklist', () => {
  const astro = join(DIST, '_astro');
  const scripts = readdirSync(astro).filter((name) => name.endsWith('.js'));
  const defining = scripts.filter((name) =>
    readFileSync(join(astro, name), 'utf8').includes('customElements.define(`guide-checklist`'),
  );
  expect(defining).toHaveLength(1);
  const [checklist] = defining;
  // The file pages load: the checklist's component script itself, with no file in between.
  expect(checklist).toMatch(/^ChecklistScript\.astro_astro_type_script_index_0_lang\./);
  const plan = scripts.find((name) => name.startsWith('diagnose-plan.'));
  expect(plan, 'the diagnosis plan module').toBeDefined();
  expect(readFileSync(join(astro, plan!), 'utf8')).toContain(`"./${checklist}"`);
});
