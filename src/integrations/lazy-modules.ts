import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

const SUFFIX = '?lazy-url';

/**
 * `import url from './x.ts?lazy-url'` gives the URL of `x.ts` built as a module of its own, for
 * `import(url)` when the page needs it. Unlike `import('./x.ts')`, it brings no preload helper
 * into the page's scripts: Vite adds one to every script with a dynamic import, to load the CSS
 * of what it imports, and these modules have none.
 */
export function lazyModulePlugin(): Plugin {
  let serving = false;
  return {
    name: 'guide:lazy-modules',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    load(id) {
      if (!id.endsWith(SUFFIX)) return null;
      const file = id.slice(0, -SUFFIX.length);
      if (serving) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}

/** Adds `lazyModulePlugin` to the site's Vite configuration. */
export default function lazyModules(): AstroIntegration {
  return {
    name: 'guide:lazy-modules',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [lazyModulePlugin()] } });
      },
    },
  };
}
