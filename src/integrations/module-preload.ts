import { readFile, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { basePath, builtFiles } from './built-site';

/** A module script file of the page: `<script type="module" src="…">`. */
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"/g;

/**
 * What a script file imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from
 * "./x.js"`), as relative addresses. Dynamic `import("…")` is left out: that code loads later, when
 * it is needed.
 */
export function staticImports(code: string): string[] {
  const found = code.matchAll(/\b(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.\.?\/[^"']+)["']/g);
  return [...found].map(([, specifier]) => specifier!);
}

/**
 * The page `html` with a `<link rel="modulepreload">` for each file its module scripts import
 * statically, at any depth, ahead of the first module script. Without it the browser learns of an
 * imported file only once the file importing it has arrived, one round trip after another; with it
 * every file of the page is requested as the page is read. `read` gives a script's text by its
 * address, or `undefined` when it is not a file of the site (it is then neither preloaded nor followed).
 */
export function preloadModules(html: string, read: (src: string) => string | undefined): string {
  const entries = [...html.matchAll(MODULE_SCRIPT)].map(([, src]) => src!);
  const seen = new Set(entries);
  const imported: string[] = [];
  const follow = (src: string) => {
    for (const specifier of staticImports(read(src) ?? '')) {
      const file = posix.join(posix.dirname(src), specifier);
      if (seen.has(file) || read(file) === undefined) continue;
      seen.add(file);
      imported.push(file);
      follow(file);
    }
  };
  entries.forEach(follow);
  const at = html.search(MODULE_SCRIPT);
  if (imported.length === 0 || at < 0 || html.includes('rel="modulepreload"')) return html;
  const links = imported.map((file) => `<link rel="modulepreload" href="${file}">`).join('');
  return html.slice(0, at) + links + html.slice(at);
}

/**
 * After the build, adds the module preloads to every page (see `preloadModules`). List it before
 * the integrations that weigh the pages' size, hash their inline code and fingerprint the HTML.
 */
export default function modulePreload(): AstroIntegration {
  let base = '/';
  return {
    name: 'guide:module-preload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = basePath(config);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { files, texts: scripts } = await builtFiles(root, base, '.js');
        let changed = 0;
        const pages = files.filter((f) => f.endsWith('.html'));
        for (const page of pages) {
          const file = join(root, page);
          const html = await readFile(file, 'utf8');
          const next = preloadModules(html, (src) => scripts.get(src));
          if (next !== html) {
            await writeFile(file, next);
            changed += 1;
          }
        }
        logger.info(`Imported script files preloaded on ${changed} of ${pages.length} pages.`);
      },
    },
  };
}
