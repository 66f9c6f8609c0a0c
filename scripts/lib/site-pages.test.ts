import { describe, expect, it } from 'vitest';
import { byKind, contentProblems, fixesForCause, slugOf } from '../../src/lib/content';
import { checkPageFields } from '../../src/lib/schema';
import { pageEntry, readSitePages, testPage } from './site-pages';

const pages = readSitePages();

describe('the guide as written', () => {
  it('is read with the ids the content collection gives its pages', () => {
    const ids = pages.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['index', 'quick-checks', 'fixes', 'get-help']));
    expect(ids.filter((id) => /\.mdx?$|\/index$|^\//.test(id))).toEqual([]);
    expect(pages.length).toBeGreaterThan(40);
  });

  it.each(pages.map((p) => [p.id, p] as const))('%s has the fields its kind needs', (_id, page) => {
    expect(checkPageFields(page.data)).toEqual([]);
  });

  it('keeps the cross-page rules (fix order, causes, paths, links)', () => {
    expect(contentProblems(pages)).toEqual([]);
  });

  it('has at least nine cause pages, each with a fix that addresses it', () => {
    const causes = byKind(pages, 'cause');
    expect(causes.length).toBeGreaterThanOrEqual(9);
    const unaddressed = causes.filter((c) => fixesForCause(pages, slugOf(c.id)).length === 0);
    expect(unaddressed.map((c) => c.id)).toEqual([]);
  });
});

describe('pageEntry', () => {
  it('fills in the schema’s defaults and keeps the title and sidebar', () => {
    const page = testPage('fixes/a', { title: 'A', kind: 'fix', sidebar: { order: 2 } });
    expect(page.data).toMatchObject({ title: 'A', kind: 'fix', causes: [], sidebar: { order: 2 } });
    expect(testPage('guide', {}).data).toMatchObject({ title: 'guide', kind: 'guide' });
  });

  it('refuses frontmatter the schema refuses, a page without a review date included', () => {
    expect(() => testPage('fixes/a', { risk: 'scary' })).toThrow();
    expect(() => pageEntry('fixes/a', { title: 'A' })).toThrow();
  });
});
