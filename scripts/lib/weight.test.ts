import { describe, expect, it } from 'vitest';
import {
  addedJavaScript,
  byOrigin,
  gzipSize,
  inlineScriptSize,
  loadedScripts,
  scriptComponent,
  scriptFiles,
  scriptIdentity,
  scriptsSize,
  staticImports,
} from './weight';

describe('gzipSize', () => {
  it('measures compressed bytes: far below the raw size for repetitive text, not for random bytes', () => {
    const repetitive = 'a'.repeat(10_000);
    expect(gzipSize(repetitive)).toBeGreaterThan(0);
    expect(gzipSize(repetitive)).toBeLessThan(100);
    const random = Uint8Array.from({ length: 10_000 }, () => Math.floor(Math.random() * 256));
    expect(gzipSize(random)).toBeGreaterThanOrEqual(10_000);
  });
});

describe('staticImports', () => {
  it.each([
    ['import{t as e}from"./a.js";e()', ['./a.js']],
    ['import"./a.js";import"./b.js";run()', ['./a.js', './b.js']],
    ["import * as x from './a.js'\nimport y from './b.js'\nx(y)", ['./a.js', './b.js']],
    ['export{t as e}from"./c.js";', ['./c.js']],
    ['const m = import(`./lazy.js`);', []],
    ['console.log(import.meta.url);import"./late.js"', []],
    ['var e={};function f(){}', []],
  ])('%s', (js, imports) => {
    expect(staticImports(js)).toEqual(imports);
  });
});

describe('loadedScripts', () => {
  const files: Record<string, string> = {
    '/_astro/a.js': 'import{t}from"./shared.js";import"./b.js";t()',
    '/_astro/b.js': 'import"./shared.js";const l=import("./lazy.js")',
    '/_astro/shared.js': 'export const t=()=>1',
    '/_astro/lazy.js': 'never loaded',
    '/_astro/pre.js': 'preloaded',
  };
  const read = (path: string) => files[path];

  it('finds inline scripts, script files and what they import, each file once', () => {
    const html = `<script>inline()</script><script type="module" src="/_astro/a.js"></script>
      <script type="module" src="../_astro/b.js"></script><link rel="modulepreload" href="/_astro/pre.js">`;
    expect(loadedScripts(html, '/fixes/', read).map((s) => s.name)).toEqual([
      'inline',
      '/_astro/a.js',
      '/_astro/shared.js',
      '/_astro/b.js',
      '/_astro/pre.js',
    ]);
  });

  it('leaves out data blocks, templates and files that are not built', () => {
    const html = `<script type="application/ld+json">{"a":1}</script><script type="text/template"><p></script>
      <script src="/_astro/missing.js"></script><link rel="stylesheet" href="/_astro/a.js">`;
    expect(loadedScripts(html, '/', read)).toEqual([]);
  });

  it('gives a script file with the files it imports, without a page around it', () => {
    expect(scriptFiles(['/_astro/b.js', '/_astro/missing.js'], read).map((s) => s.name)).toEqual([
      '/_astro/b.js',
      '/_astro/shared.js',
    ]);
  });
});

describe('scriptIdentity', () => {
  it('ignores the content hashes of the files a script imports', () => {
    expect(scriptIdentity('import{t as e}from"./Search.astro_lang.BH3XwIQL.js";e()')).toBe(
      scriptIdentity('import{t as e}from"./Search.astro_lang.DQUKnGwE.js";e()'),
    );
  });

  it('still tells apart scripts whose code differs', () => {
    expect(scriptIdentity('import{t as e}from"./a.BH3XwIQL.js";e()')).not.toBe(
      scriptIdentity('import{t as e}from"./a.BH3XwIQL.js";e(1)'),
    );
    expect(scriptIdentity('import"./a.BH3XwIQL.js"')).not.toBe(scriptIdentity('import"./b.BH3XwIQL.js"'));
  });
});

describe('byOrigin and scriptsSize', () => {
  const stock = new Set(
    ['starlight()', 'export const toc=1', 'import"./helper.js";ui()'].map(scriptIdentity),
  );
  const scripts = [
    { name: 'inline', text: 'starlight()' },
    { name: '/_astro/toc.js', text: 'export const toc=1' },
    { name: '/_astro/ui.js', text: 'import"./helper.Ab12Cd34.js";ui()' },
    { name: 'inline', text: 'ours()' },
    { name: '/_astro/toc-changed.js', text: 'export const toc=2' },
  ];

  it('counts a script as Starlight’s only when the stock build ships the same code', () => {
    const { starlight, ours } = byOrigin(scripts, stock);
    expect(starlight.map((s) => s.name)).toEqual(['inline', '/_astro/toc.js', '/_astro/ui.js']);
    expect(ours.map((s) => s.text)).toEqual(['ours()', 'export const toc=2']);
  });

  it('adds up each script gzipped on its own', () => {
    expect(scriptsSize(scripts)).toBe(scripts.reduce((sum, s) => sum + gzipSize(s.text), 0));
    expect(scriptsSize([])).toBe(0);
  });
});

describe('scriptComponent', () => {
  it.each([
    ['/_astro/Search.astro_astro_type_script_index_0_lang.DFZCeJhI.js', 'Search'],
    [
      '/_astro/MobileTableOfContents.astro_astro_type_script_index_1_lang.C3f-4K_a.js',
      'MobileTableOfContents',
    ],
    ['/_astro/progress.HLZmY-nC.js', undefined],
    ['inline', undefined],
  ])('%s', (path, component) => {
    expect(scriptComponent(path)).toBe(component);
  });
});

describe('inlineScriptSize', () => {
  it('is what the script adds to the gzipped page, less than the script gzipped alone', () => {
    const script = `<script>${'function guard(){return localStorage.getItem("audio-guide:progress")}'.repeat(3)}</script>`;
    const page = `<!doctype html><html><head>${script}</head><body>${'<p>Restart your iPhone.</p>'.repeat(50)}</body></html>`;
    const size = inlineScriptSize(page, script);
    expect(size).toBe(gzipSize(page) - gzipSize(page.replace(script, '')));
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThan(gzipSize(script));
  });
});

describe('addedJavaScript', () => {
  const search = '/_astro/Search.astro_astro_type_script_index_0_lang.Ab12Cd34.js';
  const helper = '/_astro/helper.Ef56Gh78.js';
  const island = '/_astro/checklist.Ij90Kl12.js';
  const ownInline = '<script>ours()</script>';
  const html = `<html><head><script>starlight()</script>${ownInline}</head><body>page</body></html>`;
  const scripts = [
    { name: 'inline', text: 'starlight()', element: '<script>starlight()</script>' },
    { name: 'inline', text: 'ours()', element: ownInline },
    { name: search, text: `import"./helper.Ef56Gh78.js";search()${'x'.repeat(50)}` },
    { name: helper, text: 'export const h=()=>1'.repeat(20) },
    { name: island, text: 'customElements.define("guide-checklist",class{})' },
  ];
  const sizeOf = (name: string) => gzipSize(scripts.find((s) => s.name === name)!.text);

  it('counts every script of ours, an inline one by what it adds to the page', () => {
    const starlight = { identities: new Set([scriptIdentity('starlight()')]), components: new Map() };
    const added = addedJavaScript(html, scripts, starlight);
    expect(added.scripts.map((s) => s.name)).toEqual(['inline', search, helper, island]);
    expect(added.scripts[0]!.bytes).toBe(inlineScriptSize(html, ownInline));
    expect(added.total).toBe(
      inlineScriptSize(html, ownInline) + sizeOf(search) + sizeOf(helper) + sizeOf(island),
    );
  });

  it('takes what an override replaces off the override and its imports, never below nothing', () => {
    const identities = new Set([scriptIdentity('starlight()')]);
    const small = addedJavaScript(html, scripts, { identities, components: new Map([['Search', 10]]) });
    expect(small.scripts.find((s) => s.name === search)!.bytes).toBe(sizeOf(search) - 10);
    expect(small.scripts.find((s) => s.name === helper)!.bytes).toBe(sizeOf(helper));

    const large = sizeOf(search) + 5;
    const spill = addedJavaScript(html, scripts, { identities, components: new Map([['Search', large]]) });
    expect(spill.scripts.find((s) => s.name === search)!.bytes).toBe(0);
    expect(spill.scripts.find((s) => s.name === helper)!.bytes).toBe(sizeOf(helper) - 5);
    // The island is not part of the override: it always counts in full.
    expect(spill.scripts.find((s) => s.name === island)!.bytes).toBe(sizeOf(island));

    const all = addedJavaScript(html, scripts, { identities, components: new Map([['Search', 1e6]]) });
    expect(all.total).toBe(inlineScriptSize(html, ownInline) + sizeOf(island));
  });
});
