/**
 * `/search-vocabulary.json` (English) and `/es/search-vocabulary.json` (each translation's folder):
 * every word that language's pages use, with how often, for the search's typo tolerance
 * (src/lib/search-vocabulary.ts). Read from the same content the index is built from: titles,
 * descriptions, symptoms, synonyms and page text without MDX imports and tags.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { tokenize } from '../../lib/search-query';
import { vocabularyFrom } from '../../lib/search-vocabulary';
import { TRANSLATIONS, localeOfId } from '../../lib/translations';

/** One file for English at the root, one in each translation's folder. */
export const getStaticPaths = (() => [
  { params: { locale: undefined } },
  ...Object.keys(TRANSLATIONS).map((locale) => ({ params: { locale } })),
]) satisfies GetStaticPaths;

/** The vocabulary of one language's pages, as JSON. */
export const GET: APIRoute = async ({ params }) => {
  const pages = await getCollection('docs', (entry) => localeOfId(entry.id) === params.locale);
  const texts = pages.flatMap((entry) => [
    entry.data.title,
    entry.data.description ?? '',
    ...entry.data.symptoms,
    ...entry.data.synonyms,
    (entry.body ?? '').replace(/^(import|export) .*$/gm, ' ').replace(/<[^>]*>/g, ' '),
  ]);
  return new Response(JSON.stringify(vocabularyFrom(texts, tokenize)), {
    headers: { 'content-type': 'application/json' },
  });
};
