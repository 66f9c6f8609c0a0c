import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { sitePages } from './support/fixtures';
import { starlightScripts } from '../scripts/stock-starlight.mjs';
import { builtPages, builtSiteReader } from '../scripts/lib/built-site';
import {
  OUR_JS_BUDGET,
  addedJavaScript,
  byOrigin,
  loadedScripts,
  scriptFiles,
  type PageScript,
} from '../scripts/lib/weight';

/*
 * `OUR_JS_BUDGET`: JavaScript a page may run on load beyond what Starlight itself ships. Starlight's own scripts are recognised by their code in a stock Starlight build of the
 * installed versions (scripts/stock-starlight.mjs). Every other script file and statically imported
 * file counts, gzipped on its own; an inline script counts what it adds to the page's gzipped HTML;
 * an override of a Starlight component's script counts what it adds to the script it replaces (see
 * `addedJavaScript`). Modules a page fetches later, when it needs them, are not counted here;
 * `npm run bench:lighthouse` counts them in a page's bytes.
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

test('pages with a checklist and the diagnosis plan load the checklist from one file', () => {
  const read = builtSiteReader(DIST);
  const definesChecklist = (s: PageScript) =>
    /customElements\.define\(\s*["'`]guide-checklist["'`]/.test(s.text);
  const loadedByPages = new Set<string>();
  for (const page of builtPages(DIST)) {
    const html = read(page) ?? '';
    for (const script of loadedScripts(html, page, read).filter(definesChecklist)) {
      loadedByPages.add(script.name);
      // The page loads that file itself, not through a file that only imports it.
      expect(html, `${page} loads ${script.name} directly`).toContain(script.name);
    }
  }
  expect([...loadedByPages]).toHaveLength(1);
  const plan = readdirSync(join(DIST, '_astro')).find((name) => name.startsWith('plan-screen.'));
  expect(plan, 'the diagnosis plan module').toBeDefined();
  const loadedByPlan = scriptFiles([`/_astro/${plan}`], read).filter(definesChecklist);
  expect(loadedByPlan.map((s) => s.name)).toEqual([...loadedByPages]);
});
