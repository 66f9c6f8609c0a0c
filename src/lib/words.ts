/**
 * Helpers for the interface words of `src/content/i18n/en.json`, read through Starlight's
 * `Astro.locals.t()`.
 */

import { FIX_RESULTS, type FixResult } from './progress';

/** Starlight's translation function (`Astro.locals.t`). */
type T = App.Locals['t'];
/** A key of the guide's own words. */
export type WordKey = keyof typeof import('../content/i18n/en.json');

/**
 * The words for `key` with `values` put in as plain text: Astro escapes what it renders, so the
 * values are not escaped twice.
 */
export function words(t: T, key: WordKey, values: Record<string, string | number> = {}): string {
  return t(key, { ...values, interpolation: { escapeValue: false } });
}

/**
 * Words that hold links, as HTML: each `<name>…</name>` becomes a link to `links[name]`; other
 * markup (`<strong>`) stays as written. For `set:html`: the words come from the guide's own files,
 * the addresses from its pages.
 */
export function wordsWithLinks(t: T, key: WordKey, links: Record<string, string> = {}): string {
  return Object.entries(links).reduce(
    (html, [name, href]) =>
      html
        .replaceAll(`<${name}>`, `<a href="${href.replaceAll('"', '&quot;')}">`)
        .replaceAll(`</${name}>`, '</a>'),
    words(t, key),
  );
}

/** How each result of a fix reads ("Fixed it", "No change", "Skipped"), for the islands that show it. */
export function resultLabels(t: T): Record<FixResult, string> {
  return Object.fromEntries(FIX_RESULTS.map((r) => [r, words(t, `guide.result.${r}`)])) as Record<
    FixResult,
    string
  >;
}
