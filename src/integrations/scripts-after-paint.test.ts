import { describe, expect, it } from 'vitest';
import { AFTER_PAINT_TYPE, scriptsAfterPaint } from './scripts-after-paint';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('scriptsAfterPaint', () => {
  const html = page(
    '<script>theme()</script><script type="module" src="/_astro/page.js"></script>',
    '<main>Steps</main><script type="module">inline()</script><script type="module" src="/_astro/island.js"></script>',
  );
  const result = scriptsAfterPaint(html);

  it('turns each module script file into data the browser neither fetches nor runs, keeping its place and address', () => {
    expect(result).not.toContain('<script type="module" src=');
    expect(result).toContain(`<script type="${AFTER_PAINT_TYPE}" src="/_astro/page.js"></script>`);
    expect(result.indexOf('/_astro/page.js')).toBeLessThan(result.indexOf('/_astro/island.js'));
  });

  it('adds one loader at the end of the body that imports them after the first paint', () => {
    const loaders = result.match(/<script type="module">requestAnimationFrame\(/g) ?? [];
    expect(loaders).toHaveLength(1);
    expect(result.endsWith('</script></body></html>')).toBe(true);
  });

  it('leaves inline scripts, which may be needed for the first paint, where they are', () => {
    expect(result).toContain('<script>theme()</script>');
    expect(result).toContain('<script type="module">inline()</script>');
  });

  it('leaves a page without module script files, or without a body end, unchanged', () => {
    const plain = page('<script>theme()</script>', '<p>Text</p>');
    expect(scriptsAfterPaint(plain)).toBe(plain);
    const cut = '<script type="module" src="/_astro/page.js"></script><p>No end';
    expect(scriptsAfterPaint(cut)).toBe(cut);
  });

  it('gives the same page the same result every time', () => {
    expect(scriptsAfterPaint(html)).toBe(result);
  });
});
