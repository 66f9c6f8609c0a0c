import { describe, expect, it } from 'vitest';
import { sayEnglish } from '../../scripts/lib/interface-words';
import { formatMinutes } from './labels';

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
