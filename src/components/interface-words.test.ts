import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../content/i18n/en.json';

/*
 * Every word a component shows comes from `src/content/i18n/en.json` through `Astro.locals.t()`, so
 * a translation of that file translates the whole interface. These tests read the components'
 * markup and fail on words written into it.
 */

const COMPONENTS = import.meta.dirname;
const components = readdirSync(COMPONENTS, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.astro'))
  .sort();

/** Attributes whose value a person reads or hears. */
const SHOWN_ATTRIBUTES = [
  'aria-label',
  'title',
  'placeholder',
  'label',
  'alt',
  'description',
  'text',
  'heading',
];

/** A component's template: no frontmatter, scripts, styles or comments. */
function template(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<script\b(?:[^>]*\/>|[\s\S]*?<\/script>)/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

/** The markup of a template without its `{…}` expressions. */
function markup(template: string): string {
  let out = '';
  let depth = 0;
  for (const char of template) {
    if (char === '{') depth += 1;
    if (depth === 0) out += char;
    if (char === '}') depth = Math.max(0, depth - 1);
  }
  return out;
}

/**
 * Words written into a component: text between tags, and shown attribute values, also those of
 * elements inside `{…}` expressions (`{open && <Checklist heading="…" />}`).
 */
function writtenWords(source: string): string[] {
  const written = template(source);
  const found: string[] = [];
  for (const [, name, value] of written.matchAll(/\s([\w-]+)="([^"]*)"/g)) {
    if (SHOWN_ATTRIBUTES.includes(name!) && /\p{L}/u.test(value!)) found.push(`${name}="${value}"`);
  }
  for (const text of markup(written)
    .replace(/<[^>]*>/g, '\n')
    .split('\n')) {
    if (/\p{L}/u.test(text)) found.push(text.trim());
  }
  return found;
}

describe('interface words', () => {
  it('finds the components', () => {
    expect(components).toEqual(expect.arrayContaining(['Checklist.astro', 'diagnose/PlanScreen.astro']));
  });

  it.each(components)('%s shows no word of its own, only words from en.json', (file) => {
    expect(writtenWords(readFileSync(join(COMPONENTS, file), 'utf8'))).toEqual([]);
  });

  it('catches a word written into markup or a shown attribute', () => {
    expect(
      writtenWords('---\nconst a = 1;\n---\n<p>{t("x")}</p><button aria-label="Close">{x}</button>'),
    ).toEqual(['aria-label="Close"']);
    expect(writtenWords('<h2 id="a">Sources</h2>')).toEqual(['Sources']);
    expect(writtenWords('{open && <Checklist list={id} heading="Checklist" />}')).toEqual([
      'heading="Checklist"',
    ]);
    expect(
      writtenWords('<script type="application/json" set:html={x} /><p>Hello</p><script>a()</script>'),
    ).toEqual(['Hello']);
  });

  it('has no word in en.json that nothing uses', () => {
    const code = (dir: string) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(astro|ts)$/.test(file) && !file.endsWith('.test.ts'))
        .map((file) => readFileSync(join(dir, file), 'utf8'));
    const sources = [
      ...code(COMPONENTS),
      ...code(join(COMPONENTS, '../lib')),
      readFileSync(join(COMPONENTS, '../routeData.ts'), 'utf8'),
    ].join('\n');
    // Keys built in code from a fixed term: `guide.risk.${risk}` uses every `guide.risk.` key.
    const prefixes = [...sources.matchAll(/`(guide\.[\w.-]*\.)\$\{/g)].map(([, prefix]) => prefix!);
    const unused = Object.keys(en).filter(
      (key) =>
        !sources.includes(`'${key}'`) &&
        !sources.includes(`"${key}"`) &&
        !prefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(prefixes).toContain('guide.risk.');
    expect(unused).toEqual([]);
  });
});
