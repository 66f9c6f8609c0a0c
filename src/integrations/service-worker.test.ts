import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publicUrl, writeServiceWorker } from './service-worker';

describe('publicUrl', () => {
  it.each([
    ['index.html', '/', '/'],
    ['fixes/turn-off-vpn/index.html', '/', '/fixes/turn-off-vpn/'],
    ['404.html', '/', '/404.html'],
    ['pagefind/fragment/en_1.pf_fragment', '/', '/pagefind/fragment/en_1.pf_fragment'],
    ['_astro/page.abc.js', '/guide', '/guide/_astro/page.abc.js'],
    ['apps/index.html', '/guide/', '/guide/apps/'],
    ['apps\\whatsapp\\index.html', '/', '/apps/whatsapp/'],
    ['not-index.html', '/', '/not-index.html'],
  ])('%s under %s is %s', (file, base, url) => {
    expect(publicUrl(file, base)).toBe(url);
  });
});

describe('writeServiceWorker', () => {
  const root = mkdtempSync(join(tmpdir(), 'guide-sw-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const site = (name: string, files: Record<string, string>) => {
    const dir = join(root, name);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    return dir;
  };

  it('refuses to write a worker for a build without a search index', async () => {
    const dir = site('no-index', { 'index.html': '<h1>Home</h1>' });
    await expect(writeServiceWorker(dir)).rejects.toThrow(/Pagefind index/);
  });

  it('precaches every page and the whole search index, not sitemaps', async () => {
    const dir = site('full', {
      'index.html': '<h1>Home</h1>',
      'fixes/turn-off-vpn/index.html': '<h1>VPN</h1>',
      '404.html': '<h1>Not found</h1>',
      '_astro/page.abc123.js': 'console.log(1)',
      'pagefind/pagefind-entry.json': '{}',
      'pagefind/pagefind.js': '',
      'pagefind/pagefind.en_1a2b3c.pf_meta': 'meta',
      'pagefind/fragment/en_4d5e6f.pf_fragment': 'fragment',
      'pagefind/index/en_7a8b9c.pf_index': 'index',
      'sitemap-index.xml': '<sitemapindex/>',
    });
    const report = await writeServiceWorker(dir);
    expect(report.count).toBe(9);

    // The precache list the worker carries: each URL with its revision (null for hashed file names).
    const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
    const precached = new Map(
      [...worker.matchAll(/url:\s*"([^"]+)",\s*revision:\s*(null|"[^"]*")/g)].map((m) => [m[1]!, m[2]!]),
    );
    for (const url of [
      '/',
      '/fixes/turn-off-vpn/',
      '/404.html',
      '/pagefind/pagefind-entry.json',
      '/pagefind/fragment/en_4d5e6f.pf_fragment',
      '/pagefind/index/en_7a8b9c.pf_index',
      '/pagefind/pagefind.en_1a2b3c.pf_meta',
    ]) {
      expect(precached.has(url), url).toBe(true);
    }
    expect([...precached.keys()].filter((url) => url.includes('sitemap'))).toEqual([]);
    // Hashed file names need no revision; the rest are versioned by content.
    expect(precached.get('/_astro/page.abc123.js')).toBe('null');
    expect(precached.get('/fixes/turn-off-vpn/')).toMatch(/^"[0-9a-f]{32}"$/);
  }, 30_000);

  it('leaves the Spanish pages and their search index to the worker that saves them on the first Spanish visit', async () => {
    const dir = site('spanish', {
      'index.html': '<h1>Home</h1>',
      'pagefind/pagefind-entry.json': '{}',
      'pagefind/pagefind.en_1a2b3c.pf_meta': 'meta',
      'pagefind/pagefind.es_4d5e6f.pf_meta': 'meta',
      'pagefind/wasm.es.pagefind': 'wasm',
      'pagefind/index/es_7a8b9c.pf_index': 'index',
      'pagefind/fragment/es_1b2c3d.pf_fragment': 'fragment',
      'es/index.html': '<h1>Inicio</h1>',
      'es/fixes/turn-off-vpn/index.html': '<h1>VPN</h1>',
    });
    const report = await writeServiceWorker(dir);
    const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
    const precached = [...worker.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1]!);
    expect(precached.filter((url) => url.includes('es'))).toEqual([]);
    expect(precached).toContain('/pagefind/pagefind.en_1a2b3c.pf_meta');
    expect(report.languages).toEqual({ es: { count: 6, size: expect.any(Number) } });

    const [, imported] = /importScripts\("([^"]+)"\)/.exec(worker) ?? [];
    expect(imported).toMatch(/^\/sw-languages\.[0-9a-f]{10}\.js$/);
    const languages = readFileSync(join(dir, imported!), 'utf8');
    const manifest = JSON.parse(/const MANIFESTS = (.*);/.exec(languages)![1]!) as Record<
      string,
      { url: string; revision: string | null }[]
    >;
    expect(manifest['es']!.map((e) => e.url).sort()).toEqual([
      '/es/',
      '/es/fixes/turn-off-vpn/',
      '/pagefind/fragment/es_1b2c3d.pf_fragment',
      '/pagefind/index/es_7a8b9c.pf_index',
      '/pagefind/pagefind.es_4d5e6f.pf_meta',
      '/pagefind/wasm.es.pagefind',
    ]);
  }, 30_000);
});
