import { describe, expect, it } from 'vitest';
import {
  byKind,
  causesOfFix,
  contentProblems,
  fixesForCause,
  entryById,
  hrefOf,
  nextFix,
  slugOf,
  startPages,
  type GuideEntry,
} from './content';
import { guideFields } from './schema';

function entry(id: string, fields: Record<string, unknown> & { sidebar?: object }): GuideEntry {
  return {
    id,
    data: {
      title: id,
      ...(fields.sidebar ? { sidebar: fields.sidebar } : {}),
      ...guideFields.parse({ reviewed: '2026-11-30', ...fields }),
    },
  };
}

const site = [
  entry('index', { sidebar: { hidden: true } }),
  entry('quick-checks', { kind: 'check', order: 1, sidebar: { order: 1 } }),
  entry('diagnose', { sidebar: { order: 2 } }),
  entry('causes/network', { kind: 'cause' }),
  entry('causes/storage', { kind: 'cause' }),
  entry('fixes/b', { kind: 'fix', order: 2, causes: ['network', 'storage'] }),
  entry('fixes/a', { kind: 'fix', order: 1, causes: ['network'] }),
  entry('fixes/c', { kind: 'fix', order: 3, causes: ['storage'] }),
  entry('scenarios/wifi', { kind: 'scenario', path: ['a', 'b'] }),
];

describe('content queries', () => {
  it('turns ids into slugs and links', () => {
    expect(slugOf('fixes/restart-imessage')).toBe('restart-imessage');
    expect(slugOf('quick-checks')).toBe('quick-checks');
    expect(hrefOf('index')).toBe('/');
    expect(hrefOf('fixes/a')).toBe('/fixes/a/');
    expect(hrefOf('fixes/a', '/guide')).toBe('/guide/fixes/a/');
  });

  it('finds an entry by id, and fails loudly for a page that does not exist', () => {
    expect(entryById(site, 'fixes/b').id).toBe('fixes/b');
    expect(() => entryById(site, 'fixes/gone')).toThrow('"fixes/gone"');
  });

  it('sorts a kind by order', () => {
    expect(byKind(site, 'fix').map((f) => f.id)).toEqual(['fixes/a', 'fixes/b', 'fixes/c']);
  });

  it('derives the fixes of a cause from the fixes, in fix order', () => {
    expect(fixesForCause(site, 'network').map((f) => f.id)).toEqual(['fixes/a', 'fixes/b']);
    expect(fixesForCause(site, 'storage').map((f) => f.id)).toEqual(['fixes/b', 'fixes/c']);
    expect(causesOfFix(site, site[5]!).map((c) => c.id)).toEqual(['causes/network', 'causes/storage']);
  });

  it('finds the next fix, and none after the last', () => {
    expect(nextFix(site, 'fixes/a')?.id).toBe('fixes/b');
    expect(nextFix(site, 'fixes/c')).toBeUndefined();
    expect(nextFix(site, 'causes/network')).toBeUndefined();
  });

  it('lists top-level pages for "Start here" in sidebar order, without hidden ones', () => {
    expect(startPages(site).map((e) => e.id)).toEqual(['quick-checks', 'diagnose']);
  });
});

describe('content rules', () => {
  it('accept a consistent site', () => {
    expect(contentProblems(site)).toEqual([]);
  });

  it.each([
    ['a gap in fix order', [entry('fixes/d', { kind: 'fix', order: 5, causes: ['network'] })], /fix order/],
    ['a repeated fix order', [entry('fixes/d', { kind: 'fix', order: 3, causes: ['network'] })], /fix order/],
    [
      'a fix naming a cause that has no page',
      [entry('fixes/d', { kind: 'fix', order: 4, causes: ['ghost'] })],
      /"ghost" has no page/,
    ],
    ['a cause no fix addresses', [entry('causes/orphan', { kind: 'cause' })], /causes\/orphan: no fix/],
    [
      'a scenario step that is not a fix',
      [entry('scenarios/x', { kind: 'scenario', path: ['nope'] })],
      /"nope", which is not a fix/,
    ],
    [
      'a checklist item linking nowhere',
      [entry('apps/x', { kind: 'app', items: [{ id: 'a', text: 'abc', link: 'fixes/zzz' }] })],
      /links to "fixes\/zzz"/,
    ],
  ])('reject %s', (_name, extra, message) => {
    const problems = contentProblems([...site, ...extra]);
    expect(problems.join('\n')).toMatch(message);
  });
});
