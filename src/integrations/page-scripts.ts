import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const INLINE = '?inline-script';

/**
 * `import code from '../lib/x.ts?inline-script'` gives the text of a classic script that calls the
 * default export of `x.ts`: bundled with what it imports, tree-shaken and minified, wrapped so that
 * nothing leaks into the page's global scope. A component renders it with
 * `<script is:inline set:html={code} />`, for code that must run while the page is parsed (before
 * first paint), which module scripts cannot. The code stays ordinary TypeScript in `src/lib`, typed,
 * linted and unit-tested like the rest.
 */
export function inlineScriptPlugin(): Plugin {
  return {
    name: 'guide:inline-scripts',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith(INLINE)) return null;
      const file = id.slice(0, -INLINE.length);
      const result = await build({
        stdin: {
          contents: `import run from ${JSON.stringify(file)};\nrun();\n`,
          resolveDir: '/',
          loader: 'ts',
        },
        bundle: true,
        write: false,
        format: 'iife',
        minify: true,
        target: 'es2022',
        platform: 'browser',
        metafile: true,
        logLevel: 'silent',
      });
      for (const input of Object.keys(result.metafile.inputs)) {
        if (!input.startsWith('<')) this.addWatchFile(resolve(input));
      }
      const code = result.outputFiles[0]?.text.trim() ?? '';
      return `export default ${JSON.stringify(code)};`;
    },
  };
}

const LAZY = '?lazy-url';

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
      if (!id.endsWith(LAZY)) return null;
      const file = id.slice(0, -LAZY.length);
      if (serving) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}

/**
 * How the guide's pages get their scripts beyond what Astro does by itself: `?inline-script` for
 * code that must run before the first paint, `?lazy-url` for code a page fetches when it needs it.
 */
export default function pageScripts(): AstroIntegration {
  return {
    name: 'guide:page-scripts',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [inlineScriptPlugin(), lazyModulePlugin()] } });
      },
    },
  };
}
