import { describe, expect, it } from 'vitest';
import guardStorage, { standInStorage } from './storage-guard';
import { STAND_IN, storageKept } from './storage';

/** A Storage whose reads and writes each work or throw, like a browser's in its various moods. */
function browserStorage({ reads = true, writes = true } = {}, saved: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(saved));
  const refuse = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return {
    getItem: (key: string) => (reads ? (data.get(key) ?? null) : refuse()),
    setItem: (key: string, value: string) => (writes ? void data.set(key, value) : refuse()),
    removeItem: (key: string) => (writes ? void data.delete(key) : refuse()),
    clear: () => data.clear(),
    key: (index: number) => [...data.keys()][index] ?? null,
    get length() {
      return data.size;
    },
  } as Storage;
}

/** A window whose `localStorage` and `sessionStorage` are `local` and `session`, or throw when read. */
function host(local: Storage | 'blocked', session: Storage | 'blocked' = browserStorage()) {
  const win = {} as Record<'localStorage' | 'sessionStorage', Storage>;
  for (const [name, store] of [
    ['localStorage', local],
    ['sessionStorage', session],
  ] as const) {
    Object.defineProperty(win, name, {
      configurable: true,
      get: () => {
        if (store === 'blocked')
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        return store;
      },
    });
  }
  return win;
}

describe('guardStorage', () => {
  it('leaves storage that works alone', () => {
    const local = browserStorage();
    const win = host(local);
    guardStorage(win);
    expect(win.localStorage).toBe(local);
  });

  it('puts a working stand-in where site data is blocked, and marks it', () => {
    const win = host('blocked', 'blocked');
    guardStorage(win);
    for (const store of [win.localStorage, win.sessionStorage]) {
      expect(STAND_IN in store).toBe(true);
      store.setItem('starlight-theme', 'dark');
      expect(store.getItem('starlight-theme')).toBe('dark');
      store.removeItem('starlight-theme');
      expect(store.getItem('starlight-theme')).toBeNull();
    }
  });

  it('where writes fail, still reads what was saved before and keeps new writes in memory', () => {
    const win = host(browserStorage({ writes: false }, { 'audio-guide:progress': '{"version":1}' }));
    guardStorage(win);
    expect(win.localStorage.getItem('audio-guide:progress')).toBe('{"version":1}');
    win.localStorage.setItem('audio-guide:progress', '{"version":1,"lists":{}}');
    expect(win.localStorage.getItem('audio-guide:progress')).toBe('{"version":1,"lists":{}}');
    expect(win.localStorage.length).toBe(1);
    expect(win.localStorage.key(0)).toBe('audio-guide:progress');
  });

  it('where writes fail, forgets what is removed or cleared, in its count too', () => {
    const saved = { 'audio-guide:progress': '{"version":1}', 'starlight-theme': 'dark' };
    const win = host(browserStorage({ writes: false }, saved));
    guardStorage(win);
    win.localStorage.setItem('sl-a', '1');
    win.localStorage.removeItem('audio-guide:progress');
    expect(win.localStorage.getItem('audio-guide:progress')).toBeNull();
    expect(win.localStorage.length).toBe(1);
    expect(win.localStorage.key(0)).toBe('sl-a');
    expect(win.localStorage.key(1)).toBeNull();
    win.localStorage.clear();
    expect(win.localStorage.getItem('starlight-theme')).toBeNull();
    expect(win.localStorage.length).toBe(0);
  });
});

describe('standInStorage', () => {
  it('reads nothing from a store it cannot read, and never throws', () => {
    const store = standInStorage(browserStorage({ reads: false, writes: false }));
    expect(store.getItem('x')).toBeNull();
    store.setItem('x', '1');
    expect(store.getItem('x')).toBe('1');
    store.clear();
    expect(store.length).toBe(0);
  });

  it('is known as a stand-in, so the guide says progress will not be kept', () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: standInStorage(null) });
    try {
      expect(storageKept()).toBe(false);
    } finally {
      if (original) Object.defineProperty(globalThis, 'localStorage', original);
      else Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });
});
