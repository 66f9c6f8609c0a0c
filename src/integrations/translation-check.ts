import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { DOCS_DIR, pagesBehind, translatedPages } from './translation-drift.ts';

/**
 * Lists the translated pages under `docsRoot` whose English page changed since they were written
 * (their `follows` is not the English file's version), through `logger`. Returns those pages.
 */
export function reportDrift(
  docsRoot: string,
  logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>,
): string[] {
  const behind = pagesBehind(docsRoot);
  const total = translatedPages(docsRoot).length;
  if (behind.length === 0) {
    logger.info(`All ${total} translated page(s) follow the current English pages.`);
    return [];
  }
  logger.warn(
    `${behind.length} of ${total} translated page(s) are behind their English page (update them, then run \`npm run translations:stamp\`):\n  ${behind
      .map((s) => `${s.page} follows ${s.follows ?? 'nothing'}, ${s.english} is now ${s.current ?? 'gone'}`)
      .join('\n  ')}`,
  );
  return behind.map((s) => s.page);
}

/**
 * After each build, lists the translated pages that are behind their English page; those pages
 * show a notice saying so (`TranslationNotice.astro`), from the same check.
 */
export default function translationCheck(): AstroIntegration {
  let docsRoot = '';
  return {
    name: 'guide:translations',
    hooks: {
      'astro:config:done': ({ config }) => {
        docsRoot = join(fileURLToPath(config.root), DOCS_DIR);
      },
      'astro:build:done': ({ logger }) => {
        reportDrift(docsRoot, logger);
      },
    },
  };
}
