import { describe, expect, it } from 'vitest';
import { preloadModules, staticImports } from './module-preload';

const page = (head: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><p>Hi</p></body></html>`;
const files: Record<string, string> = {
  '/_astro/search.js': 'import{t as e}from"./config.js";var n=`/_astro/ui.js`;import("./later.js");',
  '/_astro/config.js': 'export{a as t};import"./shared.js";',
  '/_astro/shared.js': 'var a=1;export{a};',
  '/_astro/fix.js': 'import{m as e,t}from"./store.js";',
  '/_astro/store.js': 'import { x } from "../_astro/shared.js";export{x as m};',
  '/_astro/later.js': 'export default 1;',
};
const read = (src: string) => files[src];
const links = (html: string) =>
  [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map(([, h]) => h);

describe('staticImports', () => {
  it('lists static imports and re-exports, minified or not, and leaves dynamic imports out', () => {
    expect(staticImports(files['/_astro/search.js']!)).toEqual(['./config.js']);
    expect(staticImports(files['/_astro/config.js']!)).toEqual(['./shared.js']);
    expect(staticImports(files['/_astro/store.js']!)).toEqual(['../_astro/shared.js']);
    expect(staticImports('export*from"./all.js";import x from \'./y.js\'')).toEqual(['./all.js', './y.js']);
    expect(staticImports('const u="/x.js";import("./z.js")')).toEqual([]);
  });
});

describe('preloadModules', () => {
  it('preloads what the module scripts import, at any depth, once each, before the first script', () => {
    const html = page(
      '<script type="module" src="/_astro/search.js"></script><script type="module" src="/_astro/fix.js"></script>',
    );
    const out = preloadModules(html, read);
    expect(links(out)).toEqual(['/_astro/config.js', '/_astro/shared.js', '/_astro/store.js']);
    expect(out.indexOf('rel="modulepreload"')).toBeLessThan(out.indexOf('<script type="module"'));
    expect(out.replace(/<link rel="modulepreload" href="[^"]+">/g, '')).toBe(html);
  });

  it('does not preload a script the page already loads, nor code loaded later', () => {
    const html = page(
      '<script type="module" src="/_astro/config.js"></script><script type="module" src="/_astro/search.js"></script>',
    );
    expect(links(preloadModules(html, read))).toEqual(['/_astro/shared.js']);
  });

  it('leaves a page alone when its scripts import nothing, or what they import is not a file of the site', () => {
    const none = page('<script type="module" src="/_astro/shared.js"></script>');
    expect(preloadModules(none, read)).toBe(none);
    const missing = page('<script type="module" src="/_astro/gone.js"></script>');
    expect(preloadModules(missing, read)).toBe(missing);
    const broken = page('<script type="module" src="/_astro/odd.js"></script>');
    expect(
      preloadModules(broken, (src) => (src === '/_astro/odd.js' ? 'import"./nowhere.js";' : undefined)),
    ).toBe(broken);
    expect(preloadModules(page('<p>no scripts</p>'), read)).toBe(page('<p>no scripts</p>'));
  });
});
