import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, getManifest, type GenerateSWOptions, type ManifestEntry } from 'workbox-build';
import { LANGUAGE_SAVED, SAVE_LANGUAGE, SERVICE_WORKER_FILE } from '../lib/offline.ts';
import { TRANSLATIONS } from '../lib/translations.ts';

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
  // The code that saves a translation, loaded by the worker itself.
  'sw-languages.*.js',
];

/**
 * The files of one translation (`es`): its pages and its part of the search index. They are not
 * precached with the English guide; the worker saves them when a page in that language is opened
 * (README, "Offline").
 */
export function languageFiles(locale: string): string[] {
  return [`${locale}/**/*`, `pagefind/**/${locale}_*`, `pagefind/*.${locale}_*`, `pagefind/wasm.${locale}.*`];
}

/** Every translation's files, left out of the precache. */
const TRANSLATION_FILES = Object.keys(TRANSLATIONS).flatMap(languageFiles);

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
function precacheOptions(outDir: string, base: string, languages: string): GenerateSWOptions {
  const notFound = publicUrl(NOT_FOUND_PAGE, base);
  return {
    // First, so its fetch handler answers a translation's files before Workbox's routes.
    importScripts: [publicUrl(languages, base)],
    globDirectory: outDir,
    globPatterns: ['**/*'],
    globIgnores: [...NOT_PRECACHED, ...TRANSLATION_FILES],
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
  /** Each translation's files, saved on the first visit to a page in it: how many and their bytes. */
  languages: Record<string, { count: number; size: number }>;
}

/**
 * The worker's code that saves a translation (imported by `sw.js`). `manifests` lists each
 * translation's files with their revisions. A page in that language asks for it
 * (`SAVE_LANGUAGE`, from `offline-status.ts`); the worker stores what is missing or changed, drops
 * what is gone, and answers `LANGUAGE_SAVED`. A saved file is served from the cache; one not saved
 * yet from the network, and an unsaved page offline gets the not-found page, as English does.
 */
function languageWorker(manifests: Record<string, ManifestEntry[]>, notFound: string): string {
  return `// Saves a translation of the guide for offline use when a page in it is opened.
const MANIFESTS = ${JSON.stringify(manifests)};
const NOT_FOUND = ${JSON.stringify(notFound)};
const cacheName = (lang) => 'guide-language-' + lang;
const keyOf = (entry) => new URL(entry.revision ? entry.url + '?__guide_rev=' + entry.revision : entry.url, self.location.href).href;
const FILES = new Map();
for (const [lang, entries] of Object.entries(MANIFESTS)) {
  for (const entry of entries) FILES.set(new URL(entry.url, self.location.href).pathname, { lang, key: keyOf(entry) });
}
const saving = {};
async function save(lang) {
  const cache = await caches.open(cacheName(lang));
  const wanted = new Set(MANIFESTS[lang].map(keyOf));
  const stored = new Set();
  for (const request of await cache.keys()) {
    if (wanted.has(request.url)) stored.add(request.url);
    else await cache.delete(request);
  }
  const missing = MANIFESTS[lang].filter((entry) => !stored.has(keyOf(entry)));
  for (let at = 0; at < missing.length; at += 6) {
    await Promise.all(
      missing.slice(at, at + 6).map(async (entry) => {
        const response = await fetch(entry.url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(entry.url + ': ' + response.status);
        await cache.put(keyOf(entry), response);
      }),
    );
  }
}
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== ${JSON.stringify(SAVE_LANGUAGE)} || !MANIFESTS[data.lang]) return;
  const lang = data.lang;
  saving[lang] ??= save(lang).then(() => true, () => false).finally(() => delete saving[lang]);
  event.waitUntil(
    saving[lang].then((ok) => event.source && event.source.postMessage({ type: ${JSON.stringify(LANGUAGE_SAVED)}, lang, ok })),
  );
});
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const file = event.request.method === 'GET' && url.origin === self.location.origin && FILES.get(url.pathname);
  if (!file) return;
  event.stopImmediatePropagation();
  event.respondWith(
    (async () => {
      const saved = await (await caches.open(cacheName(file.lang))).match(file.key);
      if (saved) return saved;
      try {
        return await fetch(event.request);
      } catch (error) {
        const fallback = event.request.mode === 'navigate' && (await caches.match(NOT_FOUND, { ignoreSearch: true }));
        if (fallback) return fallback;
        throw error;
      }
    })(),
  );
});
`;
}

/**
 * Writes the worker's translation code into `outDir` under a name that changes with its content
 * (so \`sw.js\` changes, and browsers update, whenever a translation does). Returns its file name
 * and what each translation holds.
 */
async function writeLanguageWorker(
  outDir: string,
  base: string,
): Promise<{ file: string; languages: PrecacheReport['languages'] }> {
  for (const old of readdirSync(outDir).filter((f) => /^sw-languages\..*\.js$/.test(f))) {
    rmSync(join(outDir, old));
  }
  const manifests: Record<string, ManifestEntry[]> = {};
  const languages: PrecacheReport['languages'] = {};
  for (const locale of Object.keys(TRANSLATIONS)) {
    const { manifestEntries, count, size } = await getManifest({
      globDirectory: outDir,
      globPatterns: languageFiles(locale),
      globIgnores: NOT_PRECACHED,
      dontCacheBustURLsMatching: HASHED_NAMES,
    });
    manifests[locale] = (manifestEntries ?? []).map((entry) => ({
      ...entry,
      url: publicUrl(entry.url, base),
    }));
    languages[locale] = { count, size };
  }
  const code = languageWorker(manifests, publicUrl(NOT_FOUND_PAGE, base));
  const file = `sw-languages.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
  writeFileSync(join(outDir, file), code);
  return { file, languages };
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
  const { file, languages } = await writeLanguageWorker(outDir, base);
  const { count, size, warnings } = await generateSW(precacheOptions(outDir, base, file));
  return { count, size, warnings, languages };
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
        const { count, size, warnings, languages } = await writeServiceWorker(fileURLToPath(dir), base);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`${SERVICE_WORKER_FILE} precaches ${count} files, ${(size / 1024).toFixed(0)} KiB.`);
        for (const [locale, saved] of Object.entries(languages)) {
          logger.info(
            `/${locale}/: ${saved.count} files, ${(saved.size / 1024).toFixed(0)} KiB, saved on the first visit to a page in it.`,
          );
        }
      },
    },
  };
}
