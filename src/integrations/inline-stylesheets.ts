import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { allowOwnInlineCode } from './csp';

/** What a new connection delivers in its first round trip: 10 segments of 1,460 bytes (RFC 6928). */
const FIRST_WINDOW = 10 * 1460;

/** A stylesheet that holds up the first paint: `<link rel="stylesheet">` without a `media` query. */
const BLOCKING_STYLESHEET = /<link rel="stylesheet" href="([^"]+\.css)"\s*\/?>/g;

/**
 * How many round trips a response of `bytes` takes on a new connection: the first carries 14.6 KB,
 * and each next one twice the one before (TCP slow start).
 */
export function roundTrips(bytes: number): number {
  let trips = 1;
  for (let window = FIRST_WINDOW, sent = window; sent < bytes; trips += 1) {
    window *= 2;
    sent += window;
  }
  return trips;
}

/**
 * The gzipped size of the page `html` as a static host sends it, with its Content Security Policy
 * as `csp-inline` leaves it (Astro's lists the whole site's hashes, about 1 KB more).
 */
const servedSize = (html: string) => gzipSync(allowOwnInlineCode(html), { level: 6 }).length;

/**
 * The page `html` with its render-blocking stylesheets written into it, when that costs no extra
 * round trip: a page that already needs two round trips carries its stylesheet in the second
 * instead of requesting it after the first. A page that fits in the first round trip keeps the
 * link (and so the cached file on later pages). `read` gives a stylesheet's text by its URL, or
 * `undefined` to leave that page alone (as is a stylesheet that could end the element early or
 * that refers to a file by a relative URL).
 */
export function inlineFreeStylesheets(html: string, read: (href: string) => string | undefined): string {
  const links = [...html.matchAll(BLOCKING_STYLESHEET)];
  if (links.length === 0) return html;
  const sheets = links.map(([, href]) => read(href!));
  // A relative `url()` would resolve against the page instead of the stylesheet.
  const unsafe = (css: string | undefined) =>
    css === undefined || /<\/style/i.test(css) || /url\(\s*(?!["']?(?:data:|\/))/i.test(css);
  if (sheets.some(unsafe)) return html;
  let at = 0;
  const inlined = html.replace(BLOCKING_STYLESHEET, () => `<style>${sheets[at++]!.trim()}</style>`);
  return roundTrips(servedSize(inlined)) <= roundTrips(servedSize(html)) ? inlined : html;
}

/**
 * After the build, writes the stylesheet into each page that needs more than one round trip
 * anyway (see `inlineFreeStylesheets`). List it before the integrations that hash inline styles
 * into the Content Security Policy and fingerprint the HTML for the service worker.
 */
export default function inlineStylesheets(): AstroIntegration {
  let base = '/';
  return {
    name: 'guide:inline-stylesheets',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await readdir(root, { recursive: true });
        const css = new Map<string, string>();
        for (const file of files.filter((f) => f.endsWith('.css'))) {
          css.set(base + file.split('\\').join('/'), await readFile(join(root, file), 'utf8'));
        }
        const pages = files.filter((f) => f.endsWith('.html'));
        let changed = 0;
        for (const page of pages) {
          const file = join(root, page);
          const html = await readFile(file, 'utf8');
          const next = inlineFreeStylesheets(html, (href) => css.get(href));
          if (next !== html) {
            await writeFile(file, next);
            changed += 1;
          }
        }
        logger.info(`Stylesheets written into ${changed} of ${pages.length} pages (no extra round trip).`);
      },
    },
  };
}
