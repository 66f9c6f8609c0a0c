import { existsSync, readFileSync } from 'node:fs';
import { readSitePages } from '../../scripts/lib/site-pages';
import { entryById, type GuideEntry } from '../../src/lib/content';

/** The Spanish edition as written: every page with its Spanish words and the English facts, English ids. */
export const spanishPages = readSitePages(undefined, 'es');

/** One Spanish page as written (`quick-checks`), by its English id. */
export const spanishPage = (id: string): GuideEntry => entryById(spanishPages, id);

/** The guide's English interface words. */
export const en = JSON.parse(
  readFileSync(new URL('../../src/content/i18n/en.json', import.meta.url), 'utf8'),
) as Record<string, string>;

const ES_FILE = new URL('../../src/content/i18n/es.json', import.meta.url);
/** The guide's Spanish interface words (empty until es.json exists). */
export const es: Partial<Record<string, string>> = existsSync(ES_FILE)
  ? (JSON.parse(readFileSync(ES_FILE, 'utf8')) as Partial<Record<string, string>>)
  : {};

/** The word a Spanish page shows for `key`: es.json's, or English where it has none (as Starlight does). */
export const word = (key: string): string => es[key] ?? en[key] ?? key;
