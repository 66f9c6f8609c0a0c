import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyProgress, type Progress } from '../lib/progress';
import { pathNote } from './path-note';

const T1 = Date.UTC(2026, 0, 15, 12, 0);
const T2 = T1 + 60_000;
const progress = (parts: Partial<Progress> = {}): Progress => ({ ...emptyProgress(), ...parts });

describe('the note on a path of fixes', () => {
  afterEach(() => vi.unstubAllGlobals());
  const path = ['a', 'b', 'c'];
  const titles: Record<string, string> = { a: 'Disconnect accessories', b: 'Check date and time' };
  const find = (fix: string) => (titles[fix] ? { href: `/fixes/${fix}/`, text: titles[fix] } : undefined);
  /** The note as words and the link's address and text. */
  const note = (p: Progress) =>
    pathNote(p, path, find).map((part) => (typeof part === 'string' ? part : { ...part }));

  it('says where to resume, or which fix worked, with a link to it', () => {
    vi.stubGlobal('document', { createElement: () => ({}) });
    expect(note(emptyProgress())).toEqual([
      'Next to try: ',
      { href: '/fixes/a/', text: 'Disconnect accessories' },
    ]);
    expect(note(progress({ fixes: { a: { result: 'skipped', at: T1 } } }))).toEqual([
      'Next to try: ',
      { href: '/fixes/b/', text: 'Check date and time' },
    ]);
    const worked = progress({ fixes: { b: { result: 'worked', at: T1 }, a: { result: 'tried', at: T2 } } });
    expect(note(worked)).toEqual(['Fixed by ', { href: '/fixes/b/', text: 'Check date and time' }]);
  });

  it('says nothing when every fix has a result and none worked, or the fix cannot be named', () => {
    const tried = { result: 'tried', at: T1 } as const;
    expect(note(progress({ fixes: { a: tried, b: tried, c: tried } }))).toEqual([]);
    expect(note(progress({ fixes: { a: tried, b: tried } }))).toEqual([]);
  });
});
