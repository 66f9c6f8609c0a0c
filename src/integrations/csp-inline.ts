import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { allowOwnInlineCode } from './csp';

/**
 * After the build, lets each page's Content Security Policy allow the page's own inline scripts and
 * styles by hash (Astro leaves `is:inline` scripts out, and Starlight's theme and sidebar scripts are
 * inline so they run before first paint). List it before integrations that fingerprint the HTML.
 */
export default function cspInline(): AstroIntegration {
  return {
    name: 'guide:csp-inline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        let changed = 0;
        for (const page of pages) {
          const file = join(root, page);
          const html = await readFile(file, 'utf8');
          const next = allowOwnInlineCode(html);
          if (next !== html) {
            await writeFile(file, next);
            changed += 1;
          }
        }
        logger.info(`Allowed inline scripts and styles by hash on ${changed} of ${pages.length} pages.`);
      },
    },
  };
}
