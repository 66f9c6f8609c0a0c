import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { GuideEntry } from '../../src/lib/content';
import { guideFields } from '../../src/lib/schema';
import { entriesIn, localeOfId, type TranslationLocale } from '../../src/lib/translations';

/** Where the pages live. */
const DOCS = join(import.meta.dirname, '../../src/content/docs');

/** A page file as written: its id as the content collection gives it, its path and its raw frontmatter. */
export interface PageFile {
  id: string;
  file: string;
  frontmatter: Record<string, unknown>;
}

/**
 * Every page file under `root`, every language (ids like `fixes/restart-imessage`, `index` for the
 * home page, `es/fixes/restart-imessage` and `es` for the Spanish ones), with its raw frontmatter.
 */
export function readPageFiles(root = DOCS): PageFile[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .map((file) => {
      const source = readFileSync(join(root, file), 'utf8');
      const frontmatter = (parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') ?? {}) as Record<
        string,
        unknown
      >;
      const id = relative(root, join(root, file))
        .replace(/\.mdx?$/, '')
        .replace(/(^|\/)index$/, '$1')
        .replace(/\/$/, '');
      return { id: id === '' ? 'index' : id, file: join(root, file), frontmatter };
    });
}

/**
 * Every page of the real site in one language, read from its frontmatter the way the content
 * collection sees it: English by default; for a translation (`es`), each English page with the
 * translation's words and the English facts, or the English page where none exists, under the
 * English ids (as the site shows them). For tests that check the guide as written; the site itself
 * reads pages through `astro:content`.
 */
export function readSitePages(root = DOCS, locale?: TranslationLocale): GuideEntry[] {
  const all = readPageFiles(root).map(({ id, frontmatter }) => pageEntry(id, frontmatter));
  return locale === undefined ? all.filter((p) => localeOfId(p.id) === undefined) : entriesIn(all, locale);
}

/**
 * A page as the content collection gives it, from its id and its frontmatter: the guide's fields
 * checked and defaulted by the schema, `title` (the id when there is none) and `sidebar` kept.
 */
export function pageEntry(id: string, frontmatter: Record<string, unknown>): GuideEntry {
  const sidebar = frontmatter['sidebar'] as GuideEntry['data']['sidebar'];
  const entry: GuideEntry = {
    id,
    data: {
      title: String(frontmatter['title'] ?? id),
      ...(sidebar ? { sidebar } : {}),
      ...guideFields.parse(frontmatter),
    },
  };
  // The schema lets `reviewed` out for translations; the content check requires one of the two.
  if (entry.data.reviewed === undefined && entry.data.follows === undefined) {
    throw new Error(`${id}: a page needs \`reviewed\`, a translation \`follows\``);
  }
  return entry;
}

/** A page of a made-up guide, for unit tests: `pageEntry` with the review date every page needs. */
export function testPage(id: string, frontmatter: Record<string, unknown>): GuideEntry {
  return pageEntry(id, { reviewed: '2026-11-30', ...frontmatter });
}
