/**
 * Builds a stock Starlight site with the installed Astro and Starlight — default options, no
 * overrides, no custom CSS, no integrations of ours — whose pages use every Starlight feature that
 * ships JavaScript or CSS (sidebar, table of contents, search, theme picker, tabs, steps, asides,
 * cards, badges, code blocks, a splash page). It is what "what Starlight itself ships" means in the
 * weight benchmark and the JavaScript budget: a script of our build counts as Starlight's when the
 * stock build ships the same code (compared by `scriptIdentity`: the exact text, except for the
 * content hashes in the names of the files it imports; Starlight's inline scripts are the same text
 * on every site). The build is cached in `.astro/` per installed version.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages, builtSiteReader } from './lib/built-site.ts';
import { loadedScripts, scriptComponent, scriptFiles, scriptIdentity, scriptsSize } from './lib/weight.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The project's own Node.js (the `node` dev dependency), which Astro requires. */
const NODE = existsSync(join(ROOT, 'node_modules/.bin/node'))
  ? join(ROOT, 'node_modules/.bin/node')
  : process.execPath;

/**
 * The installed version of an npm package.
 * @param {string} pkg
 * @returns {string}
 */
export const packageVersion = (pkg) =>
  JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;

/** The stock project, file by file. */
const FILES = {
  // Listing the packages lets Astro bundle Starlight for the build, as in a real project.
  'package.json': JSON.stringify({
    name: 'stock-starlight',
    type: 'module',
    private: true,
    devDependencies: { astro: '*', '@astrojs/starlight': '*' },
  }),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://stock.example',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'Stock Starlight',
      sidebar: [{ label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] }],
    }),
  ],
});
`,
  'public/favicon.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128"><circle cx="64" cy="64" r="60" fill="#8d46e7"/></svg>\n',
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  'src/content/docs/index.mdx': `---
title: Stock Starlight
description: A splash page.
template: splash
hero:
  tagline: A stock page.
  actions:
    - text: Read
      link: /guides/page/
---

import { Card, CardGrid, LinkCard } from '@astrojs/starlight/components';

<CardGrid>
  <Card title="One" icon="star">Text.</Card>
  <LinkCard title="Page" href="/guides/page/" />
</CardGrid>
`,
  'src/content/docs/guides/page.mdx': `---
title: A page
description: A doc page with every component.
---

import { Aside, Badge, Card, CardGrid, FileTree, LinkButton, LinkCard, Steps, TabItem, Tabs } from '@astrojs/starlight/components';

Text with a [link](/) and <Badge text="New" variant="tip" />.

## Steps

<Steps>

1. One.
2. Two.

</Steps>

## Tabs

<Tabs>
  <TabItem label="A">A.</TabItem>
  <TabItem label="B">B.</TabItem>
</Tabs>

<Tabs syncKey="k">
  <TabItem label="A">A.</TabItem>
  <TabItem label="B">B.</TabItem>
</Tabs>

### Asides and cards

<Aside type="caution" title="Careful">Text.</Aside>

<CardGrid>
  <Card title="One">Text.</Card>
  <LinkCard title="Home" description="Back." href="/" />
</CardGrid>

<LinkButton href="/">Home</LinkButton>

<FileTree>
- src/
  - a.ts
</FileTree>

## Code

\`\`\`sh title="run.sh"
echo hello
\`\`\`
`,
};

/** A key that changes when the installed versions or this stock project change. */
function cacheKey() {
  const hash = createHash('sha256');
  for (const pkg of ['astro', '@astrojs/starlight', 'astro-expressive-code', 'pagefind']) {
    hash.update(`${pkg}@${packageVersion(pkg)}\n`);
  }
  hash.update(JSON.stringify(FILES));
  return hash.digest('hex').slice(0, 12);
}

/**
 * The `dist/` folder of the stock Starlight build for the installed versions, building it first
 * (about ten seconds) when it is not cached. Safe to call from parallel processes.
 */
export function stockStarlightDist() {
  const project = join(ROOT, '.astro', `stock-starlight-${cacheKey()}`);
  const dist = join(project, 'dist');
  if (existsSync(join(dist, 'index.html'))) return dist;
  // Build in a folder of our own, then move it into place in one step.
  const work = `${project}.${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(work, file)), { recursive: true });
    writeFileSync(join(work, file), text);
  }
  try {
    execFileSync(NODE, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
      cwd: work,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
  for (const old of readdirSync(join(ROOT, '.astro'))) {
    if (/^stock-starlight-[0-9a-f]+$/.test(old))
      rmSync(join(ROOT, '.astro', old), { recursive: true, force: true });
  }
  try {
    renameSync(work, project);
  } catch {
    // Another process finished first; its build is the same.
    rmSync(work, { recursive: true, force: true });
  }
  return dist;
}

/**
 * Every script Starlight itself ships (`StarlightScripts` in scripts/lib/weight.ts): the identities of
 * the inline scripts and script files of every page of the stock build and of every other script
 * file in it (those loaded on demand), and for each component with a script file the gzipped bytes
 * of that file with its static imports.
 * @returns {import('./lib/weight.ts').StarlightScripts}
 */
export function starlightScripts() {
  const dist = stockStarlightDist();
  const read = builtSiteReader(dist);
  const identities = new Set();
  const components = new Map();
  for (const page of builtPages(dist)) {
    for (const script of loadedScripts(read(page) ?? '', page, read))
      identities.add(scriptIdentity(script.text));
  }
  for (const file of /** @type {string[]} */ (readdirSync(dist, { recursive: true }))) {
    if (!/\.m?js$/.test(file)) continue;
    const path = `/${file.split('\\').join('/')}`;
    identities.add(scriptIdentity(readFileSync(join(dist, file), 'utf8')));
    const component = scriptComponent(path);
    if (component) {
      components.set(component, scriptsSize(scriptFiles([path], read)));
    }
  }
  return { identities, components };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(stockStarlightDist());
}
