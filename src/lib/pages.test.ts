import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentProblems, type GuideEntry } from './content';
import { checkPageFields, guideFields } from './schema';

/** Every page of the real site, read from its frontmatter as the content collection sees it. */
const root = join(import.meta.dirname, '../content/docs');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
const pages: GuideEntry[] = files.map((file) => {
  const source = readFileSync(join(root, file), 'utf8');
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const raw = parse(frontmatter) as Record<string, unknown>;
  const id = relative(root, join(root, file))
    .replace(/\.mdx?$/, '')
    .replace(/\/index$/, '');
  return { id, data: { title: String(raw['title']), ...guideFields.parse(raw) } };
});

describe('the guide as written', () => {
  it('has pages', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it.each(pages.map((p) => [p.id, p] as const))('%s has the fields its kind needs', (_id, page) => {
    expect(checkPageFields(page.data)).toEqual([]);
  });

  it('keeps the cross-page rules (fix order, causes, paths, links)', () => {
    expect(contentProblems(pages)).toEqual([]);
  });

  it('has a cause page for each cause, each with a fix', () => {
    const causes = pages.filter((p) => p.data.kind === 'cause');
    expect(causes.length).toBeGreaterThanOrEqual(9);
  });
});
