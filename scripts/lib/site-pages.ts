import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { GuideEntry } from '../../src/lib/content';
import { guideFields } from '../../src/lib/schema';

/**
 * Every page of the real site, read from its frontmatter the way the content collection sees it
 * (ids like `fixes/restart-imessage`, `index` for the home page). For tests that check the guide
 * as written; the site itself reads pages through `astro:content`.
 */
export function readSitePages(root = join(import.meta.dirname, '../../src/content/docs')): GuideEntry[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .map((file) => {
      const source = readFileSync(join(root, file), 'utf8');
      const raw = (parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') ?? {}) as Record<string, unknown>;
      const id = relative(root, join(root, file))
        .replace(/\.mdx?$/, '')
        .replace(/\/index$/, '');
      return pageEntry(id, raw);
    });
}

/**
 * A page as the content collection gives it, from its id and its frontmatter: the guide's fields
 * checked and defaulted by the schema, `title` (the id when there is none) and `sidebar` kept.
 */
export function pageEntry(id: string, frontmatter: Record<string, unknown>): GuideEntry {
  const sidebar = frontmatter['sidebar'] as GuideEntry['data']['sidebar'];
  return {
    id,
    data: {
      title: String(frontmatter['title'] ?? id),
      ...(sidebar ? { sidebar } : {}),
      ...guideFields.parse(frontmatter),
    },
  };
}

/** A page of a made-up guide, for unit tests: `pageEntry` with the review date every page needs. */
export function testPage(id: string, frontmatter: Record<string, unknown>): GuideEntry {
  return pageEntry(id, { reviewed: '2026-11-30', ...frontmatter });
}
