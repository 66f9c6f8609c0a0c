import { appName, kindLabel } from './labels';
import type { GuideFields } from './schema';
import type { Say } from './words';

/**
 * Pagefind weight of the symptoms people type, which are indexed but not shown (1 is body text, 7 an
 * `h1`; the scale is quadratic). They are written the way people search, so they weigh like a heading.
 */
export const SYMPTOM_WEIGHT = 6;

/**
 * The Pagefind filters a page belongs to, as `name:value` pairs for `data-pagefind-filter`:
 * one `app` per app it covers and its `type`, the values in `say`'s words (display names).
 */
export function searchFilters(data: Pick<GuideFields, 'kind' | 'apps'>, say: Say): string[] {
  return [...data.apps.map((app) => `app:${appName(app, say)}`), `type:${kindLabel(data.kind, say)}`];
}

/** What separates the symptoms in their indexed metadata; symptoms may contain commas. */
export const SYMPTOM_SEPARATOR = ' | ';

/**
 * A list of phrases as one line of indexed metadata: trimmed, empty and repeated phrases
 * (ignoring case) left out, joined with `separator` (commas unless told). Empty when there is
 * nothing to index.
 */
export function searchMetaText(phrases: readonly string[], separator = ', '): string {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const phrase of phrases) {
    const text = phrase.replace(/\s+/g, ' ').trim();
    if (text.length === 0 || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    kept.push(text);
  }
  return kept.join(separator);
}
