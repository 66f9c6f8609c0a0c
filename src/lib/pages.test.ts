import { describe, expect, it } from 'vitest';
import { contentProblems } from './content';
import { readSitePages } from './site-pages';
import { checkPageFields } from './schema';

const pages = readSitePages();

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
