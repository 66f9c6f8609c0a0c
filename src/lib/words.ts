/**
 * Helpers for the interface words of `src/content/i18n/en.json`, read through Starlight's
 * `Astro.locals.t()`.
 */

import { FIX_RESULTS, type FixResult } from './progress';

/** Starlight's translation function (`Astro.locals.t`). */
type T = App.Locals['t'];
/** A key of the guide's own words. */
export type WordKey = keyof typeof import('../content/i18n/en.json');
/** Values put into words at their `{{name}}` placeholders. */
export type WordValues = Record<string, string | number>;
/**
 * The words of the page's language for `key`, `values` put in: what `src/lib` code that writes
 * words takes, so it never holds words of its own (`sayWith(Astro.locals.t)` on a page).
 */
export type Say = (key: WordKey, values?: WordValues) => string;

/**
 * The words for `key` with `values` put in as plain text: Astro escapes what it renders, so the
 * values are not escaped twice.
 */
export function words(t: T, key: WordKey, values: WordValues = {}): string {
  return t(key, { ...values, interpolation: { escapeValue: false } });
}

/** `words` of Starlight's `t` as a `Say`, for the `src/lib` code a component calls. */
export function sayWith(t: T): Say {
  return (key, values) => words(t, key, values);
}

/**
 * `template` with each `{{name}}` replaced by `values[name]`; placeholders without a value stay.
 * For words an island fills in the browser.
 */
export function fill(template: string, values: Record<string, string | number | undefined>): string {
  return template.replace(/{{(\w+)}}/g, (placeholder, name: string) => `${values[name] ?? placeholder}`);
}

/** `text` safe to put into HTML: `&`, `<`, `>` and `"` escaped. */
function escapeHtml(text: string | number): string {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/**
 * Words that hold links, as HTML: each `<name>…</name>` becomes a link to `links[name]`; other
 * markup (`<strong>`) stays as written, and `values` (page titles, for example) are put in escaped.
 * For `set:html`: the words come from the guide's own files, the addresses from its pages.
 */
export function wordsWithLinks(
  t: T,
  key: WordKey,
  links: Record<string, string> = {},
  values: WordValues = {},
): string {
  const escaped = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, escapeHtml(value)]),
  );
  return Object.entries(links).reduce(
    (html, [name, href]) =>
      html.replaceAll(`<${name}>`, `<a href="${escapeHtml(href)}">`).replaceAll(`</${name}>`, '</a>'),
    words(t, key, escaped),
  );
}

/** How each result of a fix reads ("Fixed it", "No change", "Skipped"), for the islands that show it. */
export function resultLabels(say: Say): Record<FixResult, string> {
  return Object.fromEntries(FIX_RESULTS.map((r) => [r, say(`guide.result.${r}`)])) as Record<
    FixResult,
    string
  >;
}
