import type { AstroIntegration } from 'astro';
import { printLinksPlugin } from '../lib/print-links';

/** A Markdown processor that takes HAST plugins, as Astro's default (Sätteri) does. */
function takesHastPlugins(processor: unknown): processor is { options: { hastPlugins: unknown[] } } {
  const options = (processor as { options?: { hastPlugins?: unknown } } | undefined)?.options;
  return Array.isArray(options?.hastPlugins);
}

/**
 * Gives external links in page content their short address for paper (`data-print-url`, see
 * `src/lib/print-links.ts`), by adding a plugin to the Markdown processor Markdown and MDX share.
 */
export default function printLinks(): AstroIntegration {
  return {
    name: 'guide:print-links',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const processor: unknown = config.markdown.processor;
        if (takesHastPlugins(processor)) processor.options.hastPlugins.push(printLinksPlugin);
        else
          logger.warn(
            'The Markdown processor takes no HAST plugins: printed links will not show their address.',
          );
      },
    },
  };
}
