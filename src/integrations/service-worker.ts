import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, type GenerateSWOptions } from 'workbox-build';
import { SERVICE_WORKER_FILE } from '../lib/offline.ts';

/** Page every guide URL falls back to when it is not saved and there is no network. */
const NOT_FOUND_PAGE = '404.html';

/**
 * Files that are not part of the guide a reader uses offline: the worker itself, sitemaps for
 * crawlers, source maps.
 */
const NOT_PRECACHED = [
  SERVICE_WORKER_FILE,
  'sitemap-*.xml',
  '**/*.map',
  // Pagefind's ready-made UIs: the site bundles its own search UI and only loads the index and API.
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-highlight.js',
  // The Spanish pages: not precached with the English guide (see README, "Offline").
  'es/**',
];

/**
 * Files whose names change when their content does (Vite's `_astro/` bundles, Pagefind's index,
 * meta, filter and fragment files), so their URL alone identifies a version.
 */
const HASHED_NAMES = /^_astro\/|\.pf_[a-z]+$/;

/**
 * The URL a built file is served at under `base`: `fixes/x/index.html` is the page `/fixes/x/`,
 * every other file keeps its path. `base` is Astro's `base` (`/` or `/docs/`, trailing slash or not).
 */
export function publicUrl(file: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const path = file.replace(/\\/g, '/').replace(/^\.?\//, '');
  return prefix + path.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Workbox options for the guide built in `outDir` and served under `base`: every file of the
 * build (pages, CSS/JS, icons, all of `/pagefind/`) is precached with a content hash, so a new
 * deploy downloads only what changed and drops what is gone.
 */
function precacheOptions(outDir: string, base: string): GenerateSWOptions {
  const notFound = publicUrl(NOT_FOUND_PAGE, base);
  return {
    globDirectory: outDir,
    globPatterns: ['**/*'],
    globIgnores: NOT_PRECACHED,
    swDest: join(outDir, SERVICE_WORKER_FILE),
    dontCacheBustURLsMatching: HASHED_NAMES,
    manifestTransforms: [
      (entries) => ({
        manifest: entries.map((entry) => ({ ...entry, url: publicUrl(entry.url, base) })),
        warnings: [],
      }),
    ],
    // The site is static: no query string changes what a URL serves. Pagefind adds `?ts=…` to
    // its entry file, search results may add highlight or tracking parameters.
    ignoreURLParametersMatching: [/./],
    directoryIndex: 'index.html',
    // Pages open from the cache; a guide URL that is not saved shows the guide's own 404 page
    // instead of the browser's offline error.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: notFound } },
      },
    ],
    // The new version waits until the reader chooses to reload; the first one takes over the
    // open page at once so it works offline without a reload.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  };
}

/** What writing the service worker reports: files precached and their total size in bytes. */
export interface PrecacheReport {
  count: number;
  size: number;
  warnings: string[];
}

/**
 * Writes `sw.js` into the built site in `outDir` (served under `base`), precaching every file of
 * the build. Throws when the search index is missing, since the guide would then search nothing
 * offline.
 */
export async function writeServiceWorker(outDir: string, base = '/'): Promise<PrecacheReport> {
  if (!existsSync(join(outDir, 'pagefind', 'pagefind-entry.json'))) {
    throw new Error(
      `No Pagefind index in ${outDir}: the service worker must be generated after Starlight writes it (list serviceWorker() after starlight()).`,
    );
  }
  const { count, size, warnings } = await generateSW(precacheOptions(outDir, base));
  return { count, size, warnings };
}

/**
 * A worker served in development in place of the real one: a browser that still has the
 * production worker for this origin (from `astro preview` on the same port) swaps to it, and it
 * removes itself and its caches, so the dev server's pages are never answered from an old build.
 */
const RETIRING_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) await caches.delete(key);
      await self.registration.unregister();
    })(),
  );
});
`;

/**
 * Astro integration that makes the built guide work offline: after the build (and Starlight's
 * Pagefind index) it writes a service worker precaching the whole site. List it after
 * `starlight()` so its `astro:build:done` runs after the index is written.
 */
export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'guide:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (req.url?.split('?')[0] !== publicUrl(SERVICE_WORKER_FILE, base)) return next();
          res.setHeader('Content-Type', 'text/javascript');
          res.setHeader('Cache-Control', 'no-store');
          res.end(RETIRING_WORKER);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir), base);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`${SERVICE_WORKER_FILE} precaches ${count} files, ${(size / 1024).toFixed(0)} KiB.`);
      },
    },
  };
}
