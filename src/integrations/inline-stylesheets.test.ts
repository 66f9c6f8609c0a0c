import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inlineFreeStylesheets, renamedFor, roundTrips, sharedStyle } from './inline-stylesheets';

/** Random text that gzips to about `bytes`. */
const noise = (bytes: number) =>
  randomBytes(bytes)
    .toString('base64url')
    .slice(0, Math.round(bytes * 1.33));
const gzipped = (text: string) => gzipSync(text).length;

const page = (body: string, head = '<link rel="stylesheet" href="/_astro/common.css">') =>
  `<!DOCTYPE html><html><head>${head}<link rel="stylesheet" href="/_astro/print.css" media="print"></head><body>${body}</body></html>`;

const css = 'body{color:red}';
const read = (href: string) => ({ '/_astro/common.css': css, '/_astro/extra.css': 'p{margin:0}' })[href];

describe('roundTrips', () => {
  it.each([
    [0, 1],
    [14_600, 1],
    [14_601, 2],
    [43_800, 2],
    [43_801, 3],
    [102_200, 3],
  ])('%i bytes take %i round trip(s)', (bytes, trips) => {
    expect(roundTrips(bytes)).toBe(trips);
  });
});

describe('inlineFreeStylesheets', () => {
  it('keeps the link on a page that fits in the first round trip', () => {
    const html = page(`<p>${noise(8_000)}</p>`);
    const sheet = noise(11_000);
    expect(gzipped(html)).toBeLessThan(14_600);
    expect(inlineFreeStylesheets(html, () => sheet)).toBe(html);
  });

  it('writes the stylesheet into a page that needs a second round trip anyway', () => {
    const html = page(`<p>${noise(20_000)}</p>`);
    const inlined = inlineFreeStylesheets(html, read);
    expect(inlined).toContain(`<style>${css}</style>`);
    expect(inlined).not.toContain('href="/_astro/common.css"');
  });

  it('leaves the print stylesheet a link: it does not hold up the first paint', () => {
    const inlined = inlineFreeStylesheets(page(`<p>${noise(20_000)}</p>`), read);
    expect(inlined).toContain('<link rel="stylesheet" href="/_astro/print.css" media="print">');
  });

  it('keeps the link when inlining would add a round trip', () => {
    const html = page(`<p>${noise(38_000)}</p>`);
    const sheet = noise(11_000);
    expect(gzipped(html)).toBeGreaterThan(14_600);
    expect(gzipped(html) + gzipped(sheet)).toBeGreaterThan(43_800);
    expect(inlineFreeStylesheets(html, () => sheet)).toBe(html);
  });

  it('writes every blocking stylesheet of the page, in their places', () => {
    const html = page(
      `<p>${noise(20_000)}</p>`,
      '<link rel="stylesheet" href="/_astro/common.css"><link rel="stylesheet" href="/_astro/extra.css">',
    );
    expect(inlineFreeStylesheets(html, read)).toContain(`<style>${css}</style><style>p{margin:0}</style>`);
  });

  it('leaves the page alone when a stylesheet is unknown or could end the element early', () => {
    const html = page(`<p>${noise(20_000)}</p>`, '<link rel="stylesheet" href="/_astro/gone.css">');
    expect(inlineFreeStylesheets(html, read)).toBe(html);
    const closing = page(`<p>${noise(20_000)}</p>`);
    expect(inlineFreeStylesheets(closing, () => 'a::after{content:"</style>"}')).toBe(closing);
  });

  it('leaves the page alone when a stylesheet names a file relative to itself, not data or the site root', () => {
    const html = page(`<p>${noise(20_000)}</p>`);
    expect(inlineFreeStylesheets(html, () => 'b{background:url(./dot.png)}')).toBe(html);
    for (const ok of ['b{background:url("data:image/png;base64,AA")}', "b{background:url('/dot.png')}"]) {
      expect(inlineFreeStylesheets(html, () => ok)).toContain(`<style>${ok}</style>`);
    }
  });
});

describe('sharedStyle', () => {
  const styled = (body: string, style = '.badge{color:red}', href = '/_astro/common.css') =>
    page(body, `<link rel="stylesheet" href="${href}"><style>${style}</style>`);

  it('finds the style every page carries right after the same stylesheet', () => {
    expect(sharedStyle([styled('<p>a</p>'), styled('<p>b</p>'), styled('')])).toEqual({
      href: '/_astro/common.css',
      css: '.badge{color:red}',
    });
  });

  it('finds none when one page differs, lacks it, or has it elsewhere', () => {
    expect(sharedStyle([styled('a'), styled('b', '.badge{color:blue}')])).toBeUndefined();
    expect(sharedStyle([styled('a'), page('b')])).toBeUndefined();
    expect(sharedStyle([styled('a'), styled('b', undefined, '/_astro/other.css')])).toBeUndefined();
    expect(sharedStyle([styled('a'), page('<style>.badge{color:red}</style>')])).toBeUndefined();
    expect(sharedStyle([])).toBeUndefined();
  });
});

describe('renamedFor', () => {
  it('gives the stylesheet a new hash for new content, the same for the same content', () => {
    const a = renamedFor('/_astro/common.CRWFih69.css', 'p{margin:0}');
    expect(a).toMatch(/^\/_astro\/common\.[\w-]{8}\.css$/);
    expect(a).not.toBe('/_astro/common.CRWFih69.css');
    expect(renamedFor('/_astro/common.CRWFih69.css', 'p{margin:0}')).toBe(a);
    expect(renamedFor('/_astro/common.CRWFih69.css', 'p{margin:1px}')).not.toBe(a);
    expect(renamedFor('/style.css', 'p{margin:0}')).toMatch(/^\/style\.[\w-]{8}\.css$/);
  });
});
