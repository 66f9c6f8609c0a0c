import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_KEY, emptyProgress, tick, untick, type Progress } from './progress';
import { pathNote } from './progress-store';
import { standInStorage } from './storage-guard';

const T1 = Date.UTC(2026, 0, 15, 12, 0);
const T2 = T1 + 60_000;
const QUICK = { kind: 'items', list: 'quick-checks' } as const;
const json = (value: unknown) => JSON.stringify(value);
const progress = (parts: Partial<Progress> = {}): Progress => ({ ...emptyProgress(), ...parts });

describe('saving in the browser', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  /** Fresh copies of the module (its memory starts empty) over a storage kept in `data`. */
  async function browser(data: Map<string, string>, { writable }: { writable: boolean }) {
    vi.stubGlobal('dispatchEvent', () => true);
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => {
        if (!writable) throw new DOMException('full', 'QuotaExceededError');
        data.set(k, v);
      },
    });
    return import('./progress-store');
  }

  it("says progress is not kept where the page's storage is the guard's in-memory stand-in", async () => {
    vi.stubGlobal('localStorage', standInStorage(null));
    vi.stubGlobal('dispatchEvent', () => true);
    const store = await import('./progress-store');
    expect(store.progressKept()).toBe(false);
    expect(store.updateProgress((p) => tick(p, QUICK, 'wifi'))).toBe(true);
    expect(store.loadProgress().lists['quick-checks']).toHaveProperty('wifi');
    expect(store.progressKept()).toBe(false);
  });

  it('saves to storage and loads it back', async () => {
    const data = new Map<string, string>();
    const store = await browser(data, { writable: true });
    expect(store.progressKept()).toBe(true);
    expect(store.updateProgress((p) => tick(p, QUICK, 'wifi'))).toBe(true);
    expect(JSON.parse(data.get(PROGRESS_KEY)!).lists).toHaveProperty(['quick-checks', 'wifi']);
    expect(store.loadProgress().lists['quick-checks']).toHaveProperty('wifi');
  });

  it('keeps working in memory when storage refuses writes, with saved ticks still shown', async () => {
    const data = new Map([[PROGRESS_KEY, json(progress({ lists: { 'quick-checks': { status: T1 } } }))]]);
    const store = await browser(data, { writable: false });
    expect(store.loadProgress().lists['quick-checks']).toEqual({ status: T1 });
    expect(store.updateProgress((p) => tick(p, QUICK, 'wifi'))).toBe(false);
    expect(store.progressKept()).toBe(false);
    expect(Object.keys(store.loadProgress().lists['quick-checks']!)).toEqual(['status', 'wifi']);
    expect(store.updateProgress((p) => untick(p, QUICK, 'status'))).toBe(false);
    expect(Object.keys(store.loadProgress().lists['quick-checks']!)).toEqual(['wifi']);
  });
});

describe('the note on a path of fixes', () => {
  afterEach(() => vi.unstubAllGlobals());
  const path = ['a', 'b', 'c'];
  const titles: Record<string, string> = { a: 'Disconnect accessories', b: 'Check date and time' };
  const find = (fix: string) => (titles[fix] ? { href: `/fixes/${fix}/`, text: titles[fix] } : undefined);
  /** The note as words and the link's address and text. */
  const note = (p: Progress) =>
    pathNote(p, path, find, { fixedBy: 'Fixed by', nextToTry: 'Next to try:' }).map((part) =>
      typeof part === 'string' ? part : { ...part },
    );

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
