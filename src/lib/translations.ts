/**
 * The guide's languages and how a translated page is put together. English lives at the root of
 * `src/content/docs`; a translation of `fixes/x.mdx` lives at `<locale>/fixes/x.mdx`, holds words
 * only, and takes every fact from the English page. Free of Zod and of `astro:content`, so Node
 * scripts and tests use it too.
 */

import type { GuideEntry } from './content';

/** The languages other than English, by Starlight locale (its folder and URL prefix). */
export const TRANSLATIONS = { es: { lang: 'es', label: 'Español' } } as const;
export type TranslationLocale = keyof typeof TRANSLATIONS;

/**
 * Frontmatter keys that state facts: they live on the English page only, and a translation that
 * repeats one fails the content test (`translations.test.ts`).
 */
export const FACT_KEYS = [
  'kind',
  'order',
  'minutes',
  'risk',
  'causes',
  'apps',
  'ios',
  'reviewed',
  'sources',
  'path',
  'signals',
] as const;

/** The frontmatter keys a translation may hold: words, its `follows` stamp and Starlight's presentation. */
export const TRANSLATION_KEYS = [
  'title',
  'description',
  'follows',
  'summary',
  'erases',
  'signs',
  'symptoms',
  'synonyms',
  'items',
  'questions',
  'template',
  'hero',
  'sidebar',
  'tableOfContents',
  'pagefind',
  'head',
] as const;

/** The translation locale an entry id belongs to (`es/fixes/x` → `es`), or undefined for English. */
export function localeOfId(id: string): TranslationLocale | undefined {
  const first = id.split('/')[0] ?? '';
  return Object.hasOwn(TRANSLATIONS, first) ? (first as TranslationLocale) : undefined;
}

/** The id of the English page an entry is or translates: `es/fixes/x` → `fixes/x`, `es` → `index`. */
export function englishIdOf(id: string): string {
  const locale = localeOfId(id);
  if (locale === undefined) return id;
  return id === locale ? 'index' : id.slice(locale.length + 1);
}

/** The translation locale a site path is in (`/es/fixes/x/` → `es`), or undefined for English. */
export function localeOfPath(path: string): TranslationLocale | undefined {
  return localeOfId(path.replace(/^\/+/, ''));
}

/** The id a translation of English page `id` has in `locale`: `index` → `es`, `fixes/x` → `es/fixes/x`. */
export function translatedIdOf(id: string, locale: TranslationLocale): string {
  return id === 'index' ? locale : `${locale}/${id}`;
}

/** The site-relative root of a language's pages: `/` for English, `/es/` for Spanish. */
export function localeRoot(base: string, locale: string | undefined): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return locale === undefined || locale === 'root' ? root : `${root}${locale}/`;
}

/**
 * A translated page as the site shows it: the translation's words with the English page's facts, under
 * the English id (so ticks, results and diagnosis answers are the same in every language).
 */
export function mergeTranslation<E extends GuideEntry>(english: E, translation: E): E {
  const facts = Object.fromEntries(FACT_KEYS.map((key) => [key, english.data[key]]));
  return {
    ...translation,
    id: english.id,
    data: {
      ...translation.data,
      ...facts,
      sidebar: { ...translation.data.sidebar, order: english.data.sidebar?.order },
    },
  };
}

/**
 * Every page in one language, under the English ids: for English (`locale` undefined or `root`) the
 * English pages; for a translation, each English page's translation merged with its facts, or the
 * English page itself where no translation exists yet (as Starlight falls back).
 */
export function entriesIn<E extends GuideEntry>(all: readonly E[], locale: string | undefined): E[] {
  const english = all.filter((e) => localeOfId(e.id) === undefined);
  if (locale === undefined || locale === 'root' || !Object.hasOwn(TRANSLATIONS, locale)) return english;
  const translated = new Map(
    all.filter((e) => localeOfId(e.id) === locale).map((e) => [englishIdOf(e.id), e]),
  );
  return english.map((e) => {
    const translation = translated.get(e.id);
    return translation ? mergeTranslation(e, translation) : e;
  });
}

const sameIds = (a: readonly { id: string }[], b: readonly { id: string }[]) =>
  a.length === b.length && a.every((x, i) => x.id === b[i]?.id);

/**
 * Problems with the translations, as readable messages: a translation without an English page, or
 * without its `follows` stamp; checklist items or diagnosis questions and answers whose ids or order
 * differ from the English page's (saved progress and plan URLs rely on them).
 */
export function translationProblems(
  all: readonly (GuideEntry & { data: { follows?: string | undefined } })[],
): string[] {
  const english = new Map(all.filter((e) => localeOfId(e.id) === undefined).map((e) => [e.id, e]));
  const problems: string[] = [];
  for (const page of all) {
    if (localeOfId(page.id) === undefined) continue;
    const source = english.get(englishIdOf(page.id));
    if (!source) {
      problems.push(`${page.id}: translates "${englishIdOf(page.id)}", which is not an English page`);
      continue;
    }
    if (page.data.follows === undefined) {
      problems.push(`${page.id}: needs \`follows\` (run \`npm run translations:stamp\`)`);
    }
    if (!sameIds(page.data.items, source.data.items)) {
      problems.push(`${page.id}: checklist item ids must be those of ${source.id}, in the same order`);
    }
    const questions = page.data.questions;
    const sourceQuestions = source.data.questions;
    if (
      !sameIds(questions, sourceQuestions) ||
      questions.some((q, i) => !sameIds(q.answers, sourceQuestions[i]?.answers ?? []))
    ) {
      problems.push(`${page.id}: question and answer ids must be those of ${source.id}, in the same order`);
    }
  }
  return problems;
}

/** The fact keys a translation's raw frontmatter holds (it should hold none). */
export function factKeysIn(frontmatter: Record<string, unknown>): string[] {
  return FACT_KEYS.filter((key) => Object.hasOwn(frontmatter, key));
}

/** The keys of a translation's raw frontmatter that a translation may not hold. */
export function foreignKeysIn(frontmatter: Record<string, unknown>): string[] {
  const allowed: readonly string[] = TRANSLATION_KEYS;
  return Object.keys(frontmatter).filter((key) => !allowed.includes(key));
}
