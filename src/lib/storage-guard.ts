/**
 * Runs before any other script on the page (`StorageGuard.astro` inlines it). Where the browser
 * blocks site data (reading `localStorage` throws) or refuses writes (quota, private mode), it puts
 * an in-memory stand-in in place of `localStorage` / `sessionStorage` for this page view: reads still
 * come from the real store when it can be read, writes that fail are kept in memory. Starlight's
 * theme, tabs and sidebar scripts and the guide's own then work unchanged. The stand-in carries
 * `STAND_IN` (see `src/lib/storage.ts`), which is how the guide knows to tell the reader that
 * progress will not be kept.
 */
import { STAND_IN } from './storage';

type Host = Record<'localStorage' | 'sessionStorage', Storage>;

/**
 * A Storage that keeps writes in memory and reads through to `real` (when readable) for keys this
 * page has not written, removed or cleared. `key()` and `length` cover what it holds in memory.
 */
export function standInStorage(real: Storage | null): Storage {
  /** Key → value written on this page; null for a key removed here. */
  const memory = new Map<string, string | null>();
  let cleared = false;
  const read = (key: string) => {
    if (memory.has(key) || cleared) return memory.get(key) ?? null;
    try {
      return real ? real.getItem(key) : null;
    } catch {
      return null;
    }
  };
  const held = () => [...memory.keys()].filter((key) => memory.get(key) !== null);
  return {
    [STAND_IN]: true,
    getItem: (key: string) => read(String(key)),
    setItem: (key: string, value: string) => void memory.set(String(key), String(value)),
    removeItem: (key: string) => void memory.set(String(key), null),
    clear: () => {
      memory.clear();
      cleared = true;
    },
    key: (index: number) => held()[index] ?? null,
    get length() {
      return held().length;
    },
  } as Storage;
}

/** Puts a stand-in in place of each of `host`'s stores that cannot be read or written. Never throws. */
export default function guardStorage(host: Host = window): void {
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    let real: Storage | null = null;
    try {
      real = host[name];
      real.setItem('__guide_probe__', '1');
      real.removeItem('__guide_probe__');
      continue;
    } catch {
      // Blocked or full: fall through to the stand-in.
    }
    try {
      Object.defineProperty(host, name, { configurable: true, value: standInStorage(real) });
    } catch {
      // The browser would not let us replace it; scripts keep their own guards.
    }
  }
}
