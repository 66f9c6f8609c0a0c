/**
 * The built site in `dist/`, read as a static host serves it: shared by the budget and link tests
 * and the benchmarks.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

/** The built pages in `dist`, as site paths (`/`, `/fixes/x/`, `/404.html`), sorted. */
export function builtPages(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}
