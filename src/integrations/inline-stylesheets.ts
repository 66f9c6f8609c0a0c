import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { basePath, builtFiles } from './built-site';
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

/** A stylesheet link with an inline `<style>` right after it. */
const LINK_THEN_STYLE = /<link rel="stylesheet" href="([^"]+\.css)"\s*\/?><style>([^<]*)<\/style>/;

/**
 * The `<style>` element every one of `pages` carries, word for word, right after the same
 * stylesheet link, with that link's address; none when a page differs. Astro writes the styles of
 * Starlight's components into each page that way, the same on every page: a part of the site's
 * stylesheet that each page sends again and no browser can keep.
 */
export function sharedStyle(pages: readonly string[]): { href: string; css: string } | undefined {
  let shared: { href: string; css: string } | undefined;
  for (const html of pages) {
    const [, href, css] = LINK_THEN_STYLE.exec(html) ?? [];
    if (href === undefined || css === undefined) return undefined;
    shared ??= { href, css };
    if (shared.href !== href || shared.css !== css) return undefined;
  }
  return shared;
}

/**
 * The address of the stylesheet at `href` once `css` is its content: the same name, with a hash
 * of the new content where the old one was (`common.CRWFih69.css` → `common.<hash>.css`).
 */
export function renamedFor(href: string, css: string): string {
  const hash = createHash('sha256').update(css).digest('base64url').slice(0, 8);
  return href.replace(/(\.[\w-]+)?\.css$/, `.${hash}.css`);
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
        base = basePath(config);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { files, texts: css } = await builtFiles(root, base, '.css');
        const pages = files.filter((f) => f.endsWith('.html'));
        const htmls = await Promise.all(pages.map((page) => readFile(join(root, page), 'utf8')));
        // The styles every page repeats join the stylesheet they follow, under a new name.
        const shared = sharedStyle(htmls);
        const sheet = shared && css.get(shared.href);
        if (shared && sheet !== undefined) {
          const merged = `${sheet.trimEnd()}\n${shared.css}`;
          const href = renamedFor(shared.href, merged);
          const from = `<link rel="stylesheet" href="${shared.href}"><style>${shared.css}</style>`;
          const to = `<link rel="stylesheet" href="${href}">`;
          htmls.forEach((html, i) => (htmls[i] = html.replace(from, to)));
          await writeFile(join(root, href.slice(base.length)), merged);
          await rm(join(root, shared.href.slice(base.length)));
          css.delete(shared.href);
          css.set(href, merged);
          logger.info(`The styles every page repeated (${shared.css.length} bytes) moved into ${href}.`);
        }
        let changed = 0;
        for (const [i, page] of pages.entries()) {
          const file = join(root, page);
          const html = htmls[i]!;
          const next = inlineFreeStylesheets(html, (href) => css.get(href));
          if (next !== html) changed += 1;
          await writeFile(file, next);
        }
        logger.info(`Stylesheets written into ${changed} of ${pages.length} pages (no extra round trip).`);
      },
    },
  };
}
