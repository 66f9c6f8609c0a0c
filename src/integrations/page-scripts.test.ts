import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { inlineScriptPlugin, lazyModulePlugin } from './page-scripts';

/** Calls a plugin's `load` hook with a minimal plugin context that records what it was asked. */
async function load(plugin: Plugin, id: string) {
  const watched: string[] = [];
  const emitted: unknown[] = [];
  const context = {
    addWatchFile: (file: string) => void watched.push(file),
    emitFile: (file: unknown) => (emitted.push(file), 'ref1'),
  };
  const hook = plugin.load as (this: typeof context, id: string) => Promise<string | null> | string | null;
  return { code: await hook.call(context, id), watched, emitted };
}

const dir = mkdtempSync(join(tmpdir(), 'guide-page-scripts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(
  join(dir, 'label.ts'),
  "export const LABEL: string = 'Printed';\nexport const unused = () => 'never';\n",
);
writeFileSync(
  join(dir, 'stamp.ts'),
  "import { LABEL } from './label';\nexport default function stamp(): void {\n  const target = globalThis as { stamped?: string };\n  target.stamped = LABEL;\n}\n",
);

describe('?inline-script', () => {
  it('gives a minified classic script that calls the default export, with nothing left global', async () => {
    const { code, watched } = await load(inlineScriptPlugin(), `${join(dir, 'stamp.ts')}?inline-script`);
    const script = (new Function(`${code!.replace('export default', 'return')}`) as () => string)();
    expect(script).not.toMatch(/\bimport\b|\bexport\b|never/);
    expect(script).not.toContain('\n');
    const scope = {} as { stamped?: string };
    new Function('globalThis', script)(scope);
    expect(scope.stamped).toBe('Printed');
    expect(watched).toEqual(expect.arrayContaining([join(dir, 'stamp.ts'), join(dir, 'label.ts')]));
  });

  it('leaves other imports to Vite', async () => {
    expect((await load(inlineScriptPlugin(), join(dir, 'stamp.ts'))).code).toBeNull();
  });
});

describe('?lazy-url', () => {
  it('emits the module as a chunk of its own in a build and gives its URL', async () => {
    const plugin = lazyModulePlugin();
    (plugin.configResolved as (config: { command: string }) => void)({ command: 'build' });
    const { code, emitted } = await load(plugin, '/site/src/components/plan.ts?lazy-url');
    expect(emitted).toEqual([{ type: 'chunk', id: '/site/src/components/plan.ts' }]);
    // Its default export is the URL Rollup gives the emitted chunk (`ref1` is the reference above).
    expect(code).toMatch(/export default import\.meta\.ROLLUP_FILE_URL_ref1\b/);
  });

  it('gives the dev server’s URL of the file when serving', async () => {
    const plugin = lazyModulePlugin();
    (plugin.configResolved as (config: { command: string }) => void)({ command: 'serve' });
    const { code, emitted } = await load(plugin, '/site/src/components/plan.ts?lazy-url');
    expect(emitted).toEqual([]);
    const module = await import(`data:text/javascript,${encodeURIComponent(code!)}`);
    expect(module.default).toBe('/@fs/site/src/components/plan.ts');
  });
});
