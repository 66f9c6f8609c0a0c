/**
 * The guide's only door to `localStorage`. Browsers refuse storage in many ways: the `localStorage`
 * property itself throws when site data is blocked, `setItem` throws in some private modes and when
 * the quota is full. Every function here answers `null` or `false` instead, so callers never need a
 * try/catch of their own.
 */

/** `localStorage`, or null where it is missing or reading the property throws. */
function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The text saved under `key`, or null when nothing is saved or storage cannot be read. Never throws. */
export function readItem(key: string): string | null {
  try {
    return browserStorage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Saves `value` under `key`. True when it was saved; false when storage is blocked or full. Never throws. */
export function writeItem(key: string, value: string): boolean {
  try {
    const storage = browserStorage();
    if (!storage) return false;
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes `key`. True when storage accepted it (also when there was nothing to remove). Never throws. */
export function removeItem(key: string): boolean {
  try {
    const storage = browserStorage();
    if (!storage) return false;
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** Whether this browser keeps what we save: writes and removes a probe under `key`. Never throws. */
export function storageWorks(key: string): boolean {
  return writeItem(key, '1') && removeItem(key);
}
