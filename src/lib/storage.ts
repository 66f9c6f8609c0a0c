/**
 * The guide's only door to `localStorage`. Browsers refuse storage in many ways: the `localStorage`
 * property itself throws when site data is blocked, `setItem` throws in some private modes and when
 * the quota is full. Every function here answers `null` or `false` instead, so callers never need a
 * try/catch of their own.
 */

/** The result of `action`, or `fallback` when it throws (a missing or blocked `localStorage` included). */
function attempt<T>(action: () => T, fallback: T): T {
  try {
    return action();
  } catch {
    return fallback;
  }
}

/** The text saved under `key`, or null when nothing is saved or storage cannot be read. Never throws. */
export function readItem(key: string): string | null {
  return attempt(() => localStorage.getItem(key), null);
}

/** Saves `value` under `key`. True when it was saved; false when storage is blocked or full. Never throws. */
export function writeItem(key: string, value: string): boolean {
  return attempt(() => (localStorage.setItem(key, value), true), false);
}

/**
 * Marks the in-memory stand-in that `StorageGuard.astro` puts in place of a blocked or full
 * `localStorage`, so the page keeps working for this visit while the guide still tells the reader
 * that nothing will be kept.
 */
export const STAND_IN = Symbol.for('audio-guide.storage-stand-in');

/**
 * Whether this browser keeps what we save past this page view: `localStorage` is there and is the
 * browser's own, not the stand-in `StorageGuard.astro` puts in its place after its own test write
 * failed. Never throws.
 */
export function storageKept(): boolean {
  return !attempt(() => STAND_IN in localStorage, true);
}
