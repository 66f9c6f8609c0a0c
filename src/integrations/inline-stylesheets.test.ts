import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inlineFreeStylesheets, roundTrips } from './inline-stylesheets';

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
