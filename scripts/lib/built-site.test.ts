import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPages, builtSiteReader } from './built-site';

const dist = mkdtempSync(join(tmpdir(), 'guide-built-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
mkdirSync(join(dist, 'fixes/a'), { recursive: true });
mkdirSync(join(dist, 'es/fixes/a'), { recursive: true });
mkdirSync(join(dist, '_astro'));
writeFileSync(join(dist, 'es/index.html'), '<h1>Inicio</h1>');
writeFileSync(join(dist, 'es/fixes/a/index.html'), '<h1>Arreglo A</h1>');
writeFileSync(join(dist, 'index.html'), '<h1>Home</h1>');
writeFileSync(join(dist, '404.html'), '<h1>Not found</h1>');
writeFileSync(join(dist, 'fixes/a/index.html'), '<h1>Fix A</h1>');
writeFileSync(join(dist, '_astro/x.js'), 'export {};');

describe('the built site', () => {
  it('lists its pages as the paths they are served at', () => {
    expect(builtPages(dist)).toEqual(['/', '/404.html', '/fixes/a/']);
    expect(builtPages(dist, 'es')).toEqual(['/es/', '/es/fixes/a/']);
  });

  it('reads the file served at a path, and nothing where nothing is built', () => {
    const read = builtSiteReader(dist);
    expect(read('/fixes/a/')).toBe('<h1>Fix A</h1>');
    expect(read('/_astro/x.js')).toBe('export {};');
    expect(read('/fixes/')).toBeUndefined();
    expect(read('/fixes/a')).toBeUndefined();
  });
});
