import { describe, expect, it } from 'vitest';
import { sayEnglish } from '../../scripts/lib/interface-words';
import { cautionNames, formatMinutes } from './labels';

describe('formatMinutes', () => {
  it.each([
    [0.2, '1 min'],
    [1, '1 min'],
    [45, '45 min'],
    [60, '1 h'],
    [90, '1 h 30 min'],
  ])('%s minutes reads as %s', (minutes, text) => {
    expect(formatMinutes(minutes, sayEnglish)).toBe(text);
  });
});

describe('cautionNames', () => {
  it.each([
    [[], [], 0],
    [['a'], ['a'], 0],
    [['a', 'b'], ['a', 'b'], 0],
    [['a', 'b', 'c'], ['a'], 2],
    [['a', 'b', 'c', 'd', 'e'], ['a'], 4],
  ])('of %j names %j and %i more', (erases, named, more) => {
    expect(cautionNames(erases)).toEqual({ named, more });
  });
});
