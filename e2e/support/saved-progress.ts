/**
 * The saved progress as the browser keeps it, for the checklist tests of both engines (Playwright in
 * Chromium, WebDriver in WebKit): its storage key, and saved values that must not break a page.
 */

/** The localStorage key the guide saves progress under. */
export const KEY = 'audio-guide:progress';

/** The ids of one quick check and one fix that exist, which a stored value may mention. */
export interface KnownIds {
  item: string;
  fix: string;
}

/**
 * Saved values that are not valid progress, by name: each must be dropped without a page error,
 * and the one that mixes unknown ids with valid ones (`UNKNOWN_IDS`) must keep the valid ticks.
 */
export function badSavedProgress(now = Date.now()): [string, (ids: KnownIds) => string][] {
  return [
    ['garbage JSON', () => '{"version":1,"lists":{'],
    ['an old-version object', ({ item }) => JSON.stringify({ version: 0, checked: [item] })],
    ['a foreign object', () => JSON.stringify({ theme: 'dark', items: [1, 2, 3] })],
    [
      UNKNOWN_IDS,
      ({ item, fix }) =>
        JSON.stringify({
          version: 1,
          lists: { 'quick-checks': { 'removed-check': now, [item]: now - 1000 } },
          fixes: { 'removed-fix': { result: 'worked', at: now }, [fix]: { result: 'tried', at: now - 1000 } },
        }),
    ],
  ];
}

/** The name of the saved value whose known ids must survive. */
export const UNKNOWN_IDS = 'unknown ids mixed with valid ones';
