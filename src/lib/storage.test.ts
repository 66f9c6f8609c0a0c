import { afterEach, describe, expect, it, vi } from 'vitest';
import { STAND_IN, readItem, storageKept, writeItem } from './storage';

/** A working in-memory `Storage`, like a browser's with room to spare. */
class MemoryStorage implements Storage {
  #data = new Map<string, string>();
  get length() {
    return this.#data.size;
  }
  clear() {
    this.#data.clear();
  }
  getItem(key: string) {
    return this.#data.get(key) ?? null;
  }
  key(index: number) {
    return [...this.#data.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.#data.delete(key);
  }
  setItem(key: string, value: string) {
    this.#data.set(key, String(value));
  }
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const securityError = () => new DOMException('Access is denied for this document.', 'SecurityError');

/** Puts `storage` (or a property getter that throws) where the browser's `localStorage` lives. */
function useStorage(storage: Storage | undefined | (() => never)) {
  if (typeof storage === 'function') {
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: storage });
  } else {
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: storage, writable: true });
  }
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
  vi.restoreAllMocks();
});

describe('storage that works', () => {
  it('reads back what was written, and says it is kept', () => {
    useStorage(new MemoryStorage());
    expect(readItem('k')).toBeNull();
    expect(writeItem('k', 'v')).toBe(true);
    expect(readItem('k')).toBe('v');
    expect(storageKept()).toBe(true);
  });
});

describe('storage that fails never throws', () => {
  const failing: [string, () => void][] = [
    ['no localStorage at all', () => useStorage(undefined)],
    [
      'site data blocked (reading localStorage throws)',
      () =>
        useStorage(() => {
          throw securityError();
        }),
    ],
    [
      'every call throws',
      () => {
        const storage = new MemoryStorage();
        for (const m of ['getItem', 'setItem'] as const) {
          vi.spyOn(storage, m).mockImplementation(() => {
            throw securityError();
          });
        }
        useStorage(storage);
      },
    ],
  ];

  it.each(failing)('%s: reads give null, writes give false', (_name, setUp) => {
    setUp();
    expect(readItem('k')).toBeNull();
    expect(writeItem('k', 'v')).toBe(false);
  });

  it('with no localStorage or site data blocked, says nothing is kept', () => {
    useStorage(undefined);
    expect(storageKept()).toBe(false);
    useStorage(() => {
      throw securityError();
    });
    expect(storageKept()).toBe(false);
  });

  it('full quota: existing values still read, writes give false', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', 'saved before');
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw quotaError();
    });
    useStorage(storage);
    expect(readItem('k')).toBe('saved before');
    expect(writeItem('k', 'new')).toBe(false);
    expect(readItem('k')).toBe('saved before');
  });
});

describe("the page's in-memory stand-in", () => {
  it('keeps values for this visit but says nothing is kept', () => {
    const standIn = Object.assign(new MemoryStorage(), { [STAND_IN]: true });
    useStorage(standIn);
    expect(writeItem('k', 'v')).toBe(true);
    expect(readItem('k')).toBe('v');
    expect(storageKept()).toBe(false);
  });
});
