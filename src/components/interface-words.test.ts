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

/** Components that still write some of their words themselves: the microphone test, the search's "no match" hint. */
const WORDS_OF_ITS_OWN = ['MicTest.astro', 'overrides/Search.astro'];

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

/** The markup of a component: no frontmatter, scripts, styles, comments or `{…}` expressions. */
function markup(source: string): string {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const plain = body
    .replace(/<script\b(?:[^>]*\/>|[\s\S]*?<\/script>)/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  let out = '';
  let depth = 0;
  for (const char of plain) {
    if (char === '{') depth += 1;
    if (depth === 0) out += char;
    if (char === '}') depth = Math.max(0, depth - 1);
  }
  return out;
}

/** Words written into a component's markup: text between tags and shown attribute values. */
function writtenWords(source: string): string[] {
  const html = markup(source);
  const found: string[] = [];
  for (const [, name, value] of html.matchAll(/\s([\w-]+)="([^"]*)"/g)) {
    if (SHOWN_ATTRIBUTES.includes(name!) && /\p{L}/u.test(value!)) found.push(`${name}="${value}"`);
  }
  for (const text of html.replace(/<[^>]*>/g, '\n').split('\n')) {
    if (/\p{L}/u.test(text)) found.push(text.trim());
  }
  return found;
}

describe('interface words', () => {
  it('finds the components', () => {
    expect(components).toEqual(expect.arrayContaining(['Checklist.astro', 'diagnose/PlanScreen.astro']));
  });

  it.each(components.filter((file) => !WORDS_OF_ITS_OWN.includes(file)))(
    '%s shows no word of its own, only words from en.json',
    (file) => {
      expect(writtenWords(readFileSync(join(COMPONENTS, file), 'utf8'))).toEqual([]);
    },
  );

  it.fails.each(WORDS_OF_ITS_OWN)('%s still writes words of its own: move them to en.json', (file) => {
    expect(writtenWords(readFileSync(join(COMPONENTS, file), 'utf8'))).toEqual([]);
  });

  it('catches a word written into markup or a shown attribute', () => {
    expect(
      writtenWords('---\nconst a = 1;\n---\n<p>{t("x")}</p><button aria-label="Close">{x}</button>'),
    ).toEqual(['aria-label="Close"']);
    expect(writtenWords('<h2 id="a">Sources</h2>')).toEqual(['Sources']);
    expect(
      writtenWords('<script type="application/json" set:html={x} /><p>Hello</p><script>a()</script>'),
    ).toEqual(['Hello']);
  });

  it('has no word in en.json that nothing uses', () => {
    const sources = [
      ...components.map((file) => readFileSync(join(COMPONENTS, file), 'utf8')),
      ...readdirSync(join(COMPONENTS, '../lib'))
        .filter((file) => file.endsWith('.ts'))
        .map((file) => readFileSync(join(COMPONENTS, '../lib', file), 'utf8')),
      // The sidebar's group labels.
      readFileSync(join(COMPONENTS, '../routeData.ts'), 'utf8'),
    ].join('\n');
    const unused = Object.keys(en).filter((key) => {
      const [prefix] = /^guide\.result\./.exec(key) ?? [];
      return !sources.includes(`'${prefix ?? key}`) && !sources.includes(`\`${prefix ?? key}`);
    });
    expect(unused).toEqual([]);
  });
});
