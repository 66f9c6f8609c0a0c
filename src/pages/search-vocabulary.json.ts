/**
 * `/search-vocabulary.json`: every word the guide's pages use, with how often, for the search's
 * typo tolerance (src/lib/search-vocabulary.ts), English pages only. Read from the same content the index is built
 * from: titles, descriptions, symptoms, synonyms and page text without MDX imports and tags.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { tokenize } from '../lib/search-query';
import { vocabularyFrom } from '../lib/search-vocabulary';
import { localeOfId } from '../lib/translations';

/** The vocabulary as JSON. */
export const GET: APIRoute = async () => {
  const english = await getCollection('docs', (entry) => localeOfId(entry.id) === undefined);
  const texts = english.flatMap((entry) => [
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
