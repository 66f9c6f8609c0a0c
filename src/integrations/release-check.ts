import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { NEWEST_IOS } from '../lib/terms';

/** The marker the page meta row carries when a page's steps are not confirmed on the newest iOS. */
const MARKER = 'data-unconfirmed-release=';

/**
 * After each build, lists the pages that tell the reader their steps are not yet confirmed on the
 * newest supported iOS release, read from the built pages so the list and the notice cannot differ.
 */
export default function releaseCheck(): AstroIntegration {
  return {
    name: 'guide:releases',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        const pending: string[] = [];
        for (const file of files) {
          if ((await readFile(join(root, file), 'utf8')).includes(MARKER)) {
            pending.push(
              `/${relative(root, join(root, file)).split(sep).join('/')}`.replace(/index\.html$/, ''),
            );
          }
        }
        if (pending.length === 0) {
          logger.info(`Every page with steps is confirmed on iOS ${NEWEST_IOS}.`);
          return;
        }
        logger.warn(
          `${pending.length} page(s) not yet confirmed on iOS ${NEWEST_IOS}:\n  ${pending.sort().join('\n  ')}`,
        );
      },
    },
  };
}
