import { describe, expect, it } from 'vitest';
import * as order from './search-order';

describe('weighPages', () => {
  const ranked = [
    { id: 'tips', score: 10 },
    { id: 'cause', score: 9 },
    { id: 'fix', score: 9 },
    { id: 'other', score: 1 },
  ];

  it('puts the pages it weighs after close pages, and keeps the order of ties', () => {
    expect(order.weighPages(ranked, new Set(['tips']), 0.75).map((r) => [r.id, r.score])).toEqual([
      ['cause', 9],
      ['fix', 9],
      ['tips', 7.5],
      ['other', 1],
    ]);
  });

  it('keeps a weighed page first when it is far ahead', () => {
    expect(order.weighPages(ranked, new Set(['tips']), 0.95)[0]?.id).toBe('tips');
  });

  it('changes nothing when no page is weighed, or the factor is 1', () => {
    expect(order.weighPages(ranked, new Set(), 0.5)).toEqual(ranked);
    expect(order.weighPages(ranked, new Set(['tips', 'fix']), 1)).toEqual(ranked);
    expect(order.weighPages([], new Set(['tips']), 0.5)).toEqual([]);
  });
});

describe('placeAt', () => {
  const ranked = [
    { id: 'a', score: 9 },
    { id: 'b', score: 8 },
    { id: 'c', score: 7 },
  ];
  const starts = [
    { id: 'diagnose', score: 0 },
    { id: 'b', score: 0 },
  ];

  it('puts the places to start first, scored as the best page, and never twice', () => {
    expect(order.placeAt(ranked, starts, 0).map((r) => [r.id, r.score])).toEqual([
      ['diagnose', 9],
      ['b', 9],
      ['a', 9],
      ['c', 7],
    ]);
  });

  it('puts them after the two best pages', () => {
    expect(order.placeAt(ranked, starts, 2).map((r) => r.id)).toEqual(['a', 'c', 'diagnose', 'b']);
  });

  it('puts them last when the ranking is shorter, and alone when it is empty', () => {
    expect(order.placeAt(ranked.slice(0, 1), starts, 2).map((r) => [r.id, r.score])).toEqual([
      ['a', 9],
      ['diagnose', 9],
      ['b', 9],
    ]);
    expect(order.placeAt([], starts, 2).map((r) => [r.id, r.score])).toEqual([
      ['diagnose', 1],
      ['b', 1],
    ]);
  });
});
