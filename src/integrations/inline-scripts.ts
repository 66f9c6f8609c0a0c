import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const SUFFIX = '?inline-script';

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
      if (!id.endsWith(SUFFIX)) return null;
      const file = id.slice(0, -SUFFIX.length);
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

/** Adds `inlineScriptPlugin` to the site's Vite configuration. */
export default function inlineScripts(): AstroIntegration {
  return {
    name: 'guide:inline-scripts',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [inlineScriptPlugin()] } });
      },
    },
  };
}
