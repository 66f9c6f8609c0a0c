import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { GuideEntry } from './content';
import { guideFields } from './schema';

/**
 * Every page of the real site, read from its frontmatter the way the content collection sees it
 * (ids like `fixes/restart-imessage`, `index` for the home page). For tests that check the guide
 * as written; the site itself reads pages through `astro:content`.
 */
export function readSitePages(root = join(import.meta.dirname, '../content/docs')): GuideEntry[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .map((file) => {
      const source = readFileSync(join(root, file), 'utf8');
      const raw = (parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') ?? {}) as Record<string, unknown>;
      const id = relative(root, join(root, file))
        .replace(/\.mdx?$/, '')
        .replace(/\/index$/, '');
      const sidebar = raw['sidebar'] as GuideEntry['data']['sidebar'];
      return {
        id,
        data: { title: String(raw['title']), ...(sidebar ? { sidebar } : {}), ...guideFields.parse(raw) },
      };
    });
}
