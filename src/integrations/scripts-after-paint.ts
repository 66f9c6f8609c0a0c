import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The type a module script file's tag takes until the page has painted. Browsers neither fetch nor
 * run a script of a type they do not know, so the tag stays in the page, with its `src`, as data.
 */
export const AFTER_PAINT_TYPE = 'module-after-paint';

/** A module script file as Astro writes it: `<script type="module" src="…"></script>`. */
const MODULE_FILE = /<script type="module" src="([^"]+)"><\/script>/g;

/**
 * Loads every script file the page defers, in page order, once the page has painted its first
 * frame: `requestAnimationFrame` runs just before that paint and the task it queues just after.
 */
export const AFTER_PAINT_LOADER = `requestAnimationFrame(()=>setTimeout(()=>{for(const s of document.querySelectorAll('script[type="${AFTER_PAINT_TYPE}"]'))import(s.getAttribute("src"))}))`;

/**
 * The page `html` with its module script files loaded after its first paint instead of during
 * parsing. A module script runs when the document has been parsed, and on a long page that comes
 * before the first paint: the reader waits for the search, the table of contents and the islands to
 * start before seeing the steps. Each file's tag becomes data (`AFTER_PAINT_TYPE`) and one inline
 * loader at the end of the body imports them. Inline scripts are left alone: the theme, the
 * sidebar's state and anything else that must be in place for the first paint still are. Without
 * JavaScript nothing changes. A page without module script files is returned unchanged.
 */
export function scriptsAfterPaint(html: string): string {
  if (!MODULE_FILE.test(html)) return html;
  MODULE_FILE.lastIndex = 0;
  const deferred = html.replace(MODULE_FILE, `<script type="${AFTER_PAINT_TYPE}" src="$1"></script>`);
  const at = deferred.lastIndexOf('</body>');
  if (at === -1) return html;
  return `${deferred.slice(0, at)}<script type="module">${AFTER_PAINT_LOADER}</script>${deferred.slice(at)}`;
}

/**
 * After the build, lets every page paint before its module script files load (see
 * `scriptsAfterPaint`). List it before the integration that hashes inline scripts into the Content
 * Security Policy.
 */
export default function scriptsAfterPaintIntegration(): AstroIntegration {
  return {
    name: 'guide:scripts-after-paint',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        let changed = 0;
        for (const page of pages) {
          const file = join(root, page);
          const html = await readFile(file, 'utf8');
          const next = scriptsAfterPaint(html);
          if (next !== html) {
            await writeFile(file, next);
            changed += 1;
          }
        }
        logger.info(`Module scripts load after the first paint on ${changed} of ${pages.length} pages.`);
      },
    },
  };
}
