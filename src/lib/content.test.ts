import { testPage } from '../../scripts/lib/site-pages';
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
} from './content';

const site = [
  testPage('index', { sidebar: { hidden: true } }),
  testPage('quick-checks', { kind: 'check', order: 1, sidebar: { order: 1 } }),
  testPage('diagnose', { sidebar: { order: 2 } }),
  testPage('causes/network', { kind: 'cause' }),
  testPage('causes/storage', { kind: 'cause' }),
  testPage('fixes/b', { kind: 'fix', order: 2, causes: ['network', 'storage'] }),
  testPage('fixes/a', { kind: 'fix', order: 1, causes: ['network'] }),
  testPage('fixes/c', { kind: 'fix', order: 3, causes: ['storage'] }),
  testPage('scenarios/wifi', { kind: 'scenario', path: ['a', 'b'] }),
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
    [
      'a gap in fix order',
      [testPage('fixes/d', { kind: 'fix', order: 5, causes: ['network'] })],
      /fix order/,
    ],
    [
      'a repeated fix order',
      [testPage('fixes/d', { kind: 'fix', order: 3, causes: ['network'] })],
      /fix order/,
    ],
    [
      'a fix naming a cause that has no page',
      [testPage('fixes/d', { kind: 'fix', order: 4, causes: ['ghost'] })],
      /"ghost" has no page/,
    ],
    ['a cause no fix addresses', [testPage('causes/orphan', { kind: 'cause' })], /causes\/orphan: no fix/],
    [
      'a scenario step that is not a fix',
      [testPage('scenarios/x', { kind: 'scenario', path: ['nope'] })],
      /"nope", which is not a fix/,
    ],
    [
      'a checklist item linking nowhere',
      [testPage('apps/x', { kind: 'app', items: [{ id: 'a', text: 'abc', link: 'fixes/zzz' }] })],
      /links to "fixes\/zzz"/,
    ],
  ])('reject %s', (_name, extra, message) => {
    const problems = contentProblems([...site, ...extra]);
    expect(problems.join('\n')).toMatch(message);
  });
});
