import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from './terms';
import { sayEnglish } from '../../scripts/lib/interface-words';
import { kindLabel } from './labels';
import { searchFilters, searchMetaText } from './search-index';

describe('searchFilters', () => {
  it('names each app a page covers and the kind of page', () => {
    expect(searchFilters({ kind: 'app', apps: ['whatsapp'] }, sayEnglish)).toEqual([
      'app:WhatsApp',
      'type:App checklist',
    ]);
    expect(searchFilters({ kind: 'fix', apps: ['messages', 'telegram'] }, sayEnglish)).toEqual([
      'app:Messages',
      'app:Telegram',
      'type:Fix',
    ]);
  });

  it('gives a page without apps only its kind', () => {
    expect(searchFilters({ kind: 'cause', apps: [] }, sayEnglish)).toEqual(['type:Cause']);
  });

  it('has a distinct label for every kind', () => {
    const labels = PAGE_KINDS.map((k) => kindLabel(k, sayEnglish));
    expect(new Set(labels).size).toBe(PAGE_KINDS.length);
  });
});

describe('searchMetaText', () => {
  it('joins phrases, leaving out blanks and repeats', () => {
    expect(searchMetaText(['voice note', ' Voice  Note ', '', 'mic', '  '])).toBe('voice note, mic');
  });

  it('is empty for nothing', () => {
    expect(searchMetaText([])).toBe('');
  });
});
