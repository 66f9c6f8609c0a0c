/**
 * The built site in `dist/`, read as a static host serves it: shared by the budget and link tests
 * and the benchmarks.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { localeOfPath, type TranslationLocale } from '../../src/lib/translations.ts';
import { builtFile } from './html-links.ts';

/**
 * A reader of the built site in `dist`: the text of the file served at a site path, or `undefined`
 * when nothing is built there.
 */
export function builtSiteReader(dist: string): (path: string) => string | undefined {
  return (path) => {
    const file = join(dist, builtFile(decodeURIComponent(path)));
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  };
}

/**
 * The built pages in `dist` in one language, as site paths (`/`, `/fixes/x/`, `/404.html`), sorted:
 * English (the default) at the root, or a translation's pages under its prefix (`es`: `/es/…`).
 */
export function builtPages(dist: string, locale?: TranslationLocale): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`)
    .filter((path) => localeOfPath(path) === locale)
    .sort();
}
