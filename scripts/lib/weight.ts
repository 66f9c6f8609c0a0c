/**
 * What a built page costs to load, read from the built files: which scripts it runs, which of
 * them are Starlight's own, and what they weigh gzipped. Shared by the JavaScript budget test
 * and the islands benchmark.
 */
import { gzipSync } from 'node:zlib';
import { startTags } from './html-links.ts';

/**
 * JavaScript a page may run as it loads beyond what Starlight itself ships, gzipped (README,
 * "Quality budgets"): held by `e2e/budget.spec.ts`.
 */
export const OUR_JS_BUDGET = 4 * 1024;

/** Size in bytes of `content` compressed with gzip at the level static hosts commonly use (6). */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 6 }).length;
}

/** A script a page runs: a built file (by site path) or an inline `<script>` (its text). */
export interface PageScript {
  /** Site path of the file, or `inline` for an inline script. */
  name: string;
  /** The script's source text. */
  text: string;
  /** For an inline script, the whole element as it is written in the page. */
  element?: string;
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * The static imports at the top of a built ES module (`import"./a.js"`, `import{x}from"./b.js"`,
 * `export{x}from"./c.js"`), as written. Dynamic `import()` is left out: it loads later, on demand.
 */
export function staticImports(js: string): string[] {
  const found: string[] = [];
  const statement = /^\s*(?:import|export)\s*(?:[^;"'`()]*?\s*from\s*)?(["'`])([^"'`]+)\1\s*;?/;
  let rest = js;
  for (let match = statement.exec(rest); match; match = statement.exec(rest)) {
    found.push(match[2]!);
    rest = rest.slice(match[0].length);
  }
  return found;
}

/** The site path a reference (`./a.js`, `/_astro/b.js`) in the file or page at `from` points to. */
const sitePath = (reference: string, from: string) =>
  new URL(reference, new URL(from, 'http://site')).pathname;

/** The site paths of the files the built module at `path` imports statically. */
const importsOf = (text: string, path: string) => staticImports(text).map((ref) => sitePath(ref, path));

/**
 * The script files at `paths` (site paths) and, recursively, the files they import statically, in
 * the order they load, each once. `read` returns the text of a built file by site path, or
 * `undefined` when there is none (the file is then left out; the link check reports missing files).
 */
export function scriptFiles(
  paths: readonly string[],
  read: (path: string) => string | undefined,
): PageScript[] {
  const files: PageScript[] = [];
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const text = read(path);
    if (text === undefined) return;
    files.push({ name: path, text });
    importsOf(text, path).forEach(visit);
  };
  paths.forEach(visit);
  return files;
}

/**
 * Every script the page at `pagePath` runs when it loads: each inline `<script>`, then each script
 * file (`<script src>`, `<link rel="modulepreload">`) with the files it imports (`scriptFiles`).
 */
export function loadedScripts(
  html: string,
  pagePath: string,
  read: (path: string) => string | undefined,
): PageScript[] {
  const scripts: PageScript[] = [];
  for (const [element, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    const [tag] = startTags(`<script${attributes}>`);
    if (!tag || tag.attributes.has('src') || !JS_TYPES.has(tag.attributes.get('type') ?? '')) continue;
    scripts.push({ name: 'inline', text, element });
  }
  const files: string[] = [];
  for (const { name, attributes } of startTags(html)) {
    const src = attributes.get('src');
    const href = attributes.get('href');
    if (name === 'script' && src && JS_TYPES.has(attributes.get('type') ?? ''))
      files.push(sitePath(src, pagePath));
    if (name === 'link' && href && attributes.get('rel')?.split(/\s+/).includes('modulepreload'))
      files.push(sitePath(href, pagePath));
  }
  return [...scripts, ...scriptFiles(files, read)];
}

/**
 * What identifies a script across builds: its text with the content hashes left out of the file
 * names it refers to (`./ui-core.D5U32Csp.js` → `./ui-core.js`). A Starlight chunk that imports a
 * helper Vite placed in one of our chunks keeps its identity; any change to its code does not.
 */
export function scriptIdentity(text: string): string {
  return text.replace(/\.[A-Za-z0-9_-]{8}\.(m?js|css)\b/g, '.$1');
}

/** What Starlight itself ships, read from a stock Starlight build of the same versions. */
export interface StarlightScripts {
  /** The `scriptIdentity` of every inline script and script file of the stock build. */
  identities: ReadonlySet<string>;
  /**
   * For each Starlight component that has a script file (`Search`, `TableOfContents`, …): the
   * gzipped bytes of that file with the files it imports statically.
   */
  components: ReadonlyMap<string, number>;
}

/** A page's scripts split by who ships them. */
export interface ScriptsByOrigin {
  /** The same script as one the stock Starlight build ships. */
  starlight: PageScript[];
  /** Everything else: our components' scripts, and any Starlight script our build changed. */
  ours: PageScript[];
}

/**
 * Splits scripts into Starlight's and ours. A script is Starlight's when `starlightIdentities` (the
 * `scriptIdentity` of every inline script and script file of a stock Starlight build of the same
 * versions) holds its identity; any other script, including a Starlight script that our build
 * altered or bundled with our code, counts as ours.
 */
export function byOrigin(
  scripts: readonly PageScript[],
  starlightIdentities: ReadonlySet<string>,
): ScriptsByOrigin {
  const isStarlight = (s: PageScript) => starlightIdentities.has(scriptIdentity(s.text));
  return { starlight: scripts.filter(isStarlight), ours: scripts.filter((s) => !isStarlight(s)) };
}

/**
 * Gzipped bytes of a set of scripts, each compressed on its own: for a file that is what travels;
 * for an inline script it is an upper bound of what it adds to its page's gzipped HTML (see
 * `inlineScriptSize`).
 */
export function scriptsSize(scripts: readonly PageScript[]): number {
  return scripts.reduce((sum, s) => sum + gzipSize(s.text), 0);
}

/**
 * The component whose `<script>` a built script file is, by the name Astro gives it:
 * `/_astro/Search.astro_astro_type_script_index_0_lang.Ab1_Cd-2.js` → `Search`.
 */
export function scriptComponent(path: string): string | undefined {
  return /\/([\w-]+)\.astro_astro_type_script_index_\d+_lang\.[\w-]{8}\.m?js$/.exec(path)?.[1];
}

/** `script` and the files among `scripts` it imports statically, directly or not. */
function withImports(script: PageScript, scripts: readonly PageScript[]): PageScript[] {
  const found = new Map<string, PageScript>();
  const visit = (s: PageScript) => {
    if (found.has(s.name)) return;
    found.set(s.name, s);
    for (const path of importsOf(s.text, s.name)) {
      const imported = scripts.find((other) => other.name === path);
      if (imported) visit(imported);
    }
  };
  visit(script);
  return [...found.values()];
}

/** What a page's JavaScript beyond Starlight's weighs: `total`, and the scripts it is made of. */
export interface AddedJavaScript {
  /** Gzipped bytes beyond what Starlight itself ships. */
  total: number;
  /** The scripts counted, with the bytes each adds (an override's script net of what it replaces). */
  scripts: { name: string; bytes: number }[];
}

/**
 * Gzipped bytes an inline script adds to its page: what the page's gzipped HTML weighs with it,
 * less what it weighs without it (the script travels inside the page, compressed with it).
 */
export function inlineScriptSize(html: string, element: string): number {
  return gzipSize(html) - gzipSize(html.replace(element, ''));
}

/**
 * The JavaScript the page `html` runs beyond what Starlight ships, gzipped: every script of ours
 * among `scripts` (see `byOrigin`), each file once, an inline script by what it adds to the page's
 * gzipped HTML. A script of ours that takes the place of a Starlight component's script (an
 * override of that component: the same component name) counts only what it adds: the Starlight
 * script it replaces, with that script's imports, is taken off it and its own imports, never
 * below nothing.
 */
export function addedJavaScript(
  html: string,
  scripts: readonly PageScript[],
  starlight: StarlightScripts,
): AddedJavaScript {
  const { ours } = byOrigin(scripts, starlight.identities);
  const counted = ours.map((s) => ({
    name: s.name,
    bytes: s.element === undefined ? gzipSize(s.text) : inlineScriptSize(html, s.element),
  }));
  for (const script of ours) {
    const replaced = starlight.components.get(scriptComponent(script.name) ?? '');
    if (replaced === undefined) continue;
    let left = replaced;
    for (const part of withImports(script, ours)) {
      const row = counted.find((c) => c.name === part.name)!;
      const taken = Math.min(left, row.bytes);
      row.bytes -= taken;
      left -= taken;
    }
  }
  return { total: counted.reduce((sum, c) => sum + c.bytes, 0), scripts: counted };
}
