import { getCollection } from 'astro:content';
import { contentProblems, type GuideEntry } from './content';
import { englishIdOf, entriesIn, localeOfId, localeRoot, translationProblems } from './translations';

let checked: Promise<GuideEntry[]> | undefined;

/** Every entry of the docs collection, every language, checked once per build. */
function allEntries(): Promise<GuideEntry[]> {
  checked ??= getCollection('docs').then((entries) => {
    const english = entries.filter((e) => localeOfId(e.id) === undefined);
    const problems = [...contentProblems(english), ...translationProblems(entries)];
    if (problems.length > 0) {
      throw new Error(`The guide's content breaks its rules:\n- ${problems.join('\n- ')}`);
    }
    return entries;
  });
  return checked;
}

/**
 * Every page of the guide in one language (Starlight's locale: undefined or `root` for English, `es`),
 * under the English ids, with the English pages' facts; a page not yet translated is the English
 * one. The content is checked once per build against the cross-page and translation rules; a broken
 * rule fails the build with the list of problems.
 */
export async function guideEntries(locale?: string): Promise<GuideEntry[]> {
  return entriesIn(await allEntries(), locale);
}

/** The site-relative root of a language's pages (`/` or `/es/`), for `hrefOf(id, base)`. */
export function localeBase(locale: string | undefined): string {
  return localeRoot(import.meta.env.BASE_URL, locale);
}

/**
 * What a component needs to link pages in the language of the page being rendered: the page's
 * English id (the same in every language: checklists, results and plans are saved under it), the
 * pages in that language, and its URL root.
 */
export async function pageSite(route: { id: string; locale: string | undefined }): Promise<{
  id: string;
  entries: GuideEntry[];
  base: string;
}> {
  return {
    id: englishIdOf(route.id),
    entries: await guideEntries(route.locale),
    base: localeBase(route.locale),
  };
}
