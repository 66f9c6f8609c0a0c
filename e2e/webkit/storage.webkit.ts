import { pageTypes } from '../../scripts/page-types.mjs';
import { badSavedProgress, KEY, UNKNOWN_IDS } from '../support/saved-progress';
import { expect, test, type Phone } from './fixtures';

const NOT_KEPT = 'Progress can’t be saved in this browser';

/** Makes every read of localStorage and sessionStorage throw, as Safari does with all cookies blocked. */
const BLOCK_SITE_DATA = `for (const name of ['localStorage', 'sessionStorage']) {
  Object.defineProperty(window, name, {
    configurable: true,
    get() { throw new DOMException('The user has blocked site data.', 'SecurityError'); },
  });
}`;

/** Lets storage be read but makes every write to localStorage fail, as a full quota does. */
const FAIL_WRITES = `const setItem = Storage.prototype.setItem;
Storage.prototype.setItem = function (key, value) {
  if (this === window.localStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  setItem.call(this, key, value);
};`;

/** The ids of a page's checklist items, as the page renders them. */
async function itemIds(phone: Phone, path: string): Promise<string[]> {
  await phone.open(path);
  await phone.find('guide-checklist [type=checkbox]');
  return phone.run(() =>
    [...document.querySelectorAll<HTMLInputElement>('guide-checklist [type=checkbox]')].map((b) => b.value),
  );
}

/** Whether the checkbox of item `id` is ticked, once the checklist's script has run. */
const ticked = async (phone: Phone, id: string) =>
  (await phone.checked(`guide-checklist [value="${id}"]`))[0];

async function waitForTick(phone: Phone, id: string, expected: boolean): Promise<void> {
  await phone.waitFor(
    `${id} ${expected ? 'ticked' : 'not ticked'}`,
    async () => (await ticked(phone, id)) === expected,
  );
}

/** Whether the note that progress is not kept is shown. */
const noteShown = (phone: Phone) =>
  phone.run((text: string) => document.body.innerText.includes(text), NOT_KEPT);

const cases = badSavedProgress();

for (const [name, stored] of cases) {
  test(`with ${name} saved: valid ticks survive and ticking works`, async ({ phone }) => {
    const [item] = await itemIds(phone, '/quick-checks/');
    const [fix, other] = await itemIds(phone, '/fixes/');
    if (!item || !fix || !other) throw new Error('checklists need items');
    const mixed = name === UNKNOWN_IDS;
    await phone.run(
      (key: string, value: string) => localStorage.setItem(key, value),
      KEY,
      stored({ item, fix }),
    );

    await phone.open('/quick-checks/');
    await waitForTick(phone, item, mixed);
    await phone.tap(`guide-checklist [value="${item}"]`);
    await waitForTick(phone, item, !mixed);
    await phone.reload();
    await waitForTick(phone, item, !mixed);

    await phone.open('/fixes/');
    await waitForTick(phone, fix, mixed);
    await phone.tap(`guide-checklist [value="${other}"]`);
    await waitForTick(phone, other, true);
    await phone.reload();
    await waitForTick(phone, other, true);
    expect(await ticked(phone, fix)).toBe(mixed);

    const saved = await phone.run((key: string) => localStorage.getItem(key), KEY);
    expect(JSON.parse(saved ?? 'null')?.version).toBe(1);
    expect(saved).not.toContain('removed-');
    expect(await noteShown(phone)).toBe(false);
  });
}

test('with storage that refuses writes: saved ticks show, ticking works, a note says it is not kept', async ({
  phone,
  site,
}) => {
  const [item] = await itemIds(phone, '/quick-checks/');
  const [fix, other] = await itemIds(phone, '/fixes/');
  if (!item || !fix || !other) throw new Error('checklists need items');
  const value = JSON.stringify({
    version: 1,
    lists: { 'quick-checks': { [item]: Date.now() - 1000 } },
    fixes: { [fix]: { result: 'tried', at: Date.now() - 1000 } },
  });
  await phone.run((key: string, v: string) => localStorage.setItem(key, v), KEY, value);
  site.beforePageScripts = FAIL_WRITES;

  await phone.open('/fixes/');
  await waitForTick(phone, fix, true);
  await phone.waitForText(NOT_KEPT);
  const total = (await phone.checked('guide-checklist [type=checkbox]')).length;
  await phone.tap(`guide-checklist [value="${other}"]`);
  await waitForTick(phone, other, true);
  await phone.waitForText(`2 of ${total} tried`);

  await phone.open('/quick-checks/');
  await waitForTick(phone, item, true);
  await phone.tap(`guide-checklist [value="${item}"]`);
  await waitForTick(phone, item, false);
  await phone.waitForText(NOT_KEPT);
});

for (const [name, code] of [
  ['site data blocked', BLOCK_SITE_DATA],
  ['storage writes failing', FAIL_WRITES],
] as const) {
  test(`with ${name}: one page of each type renders, and a checklist still ticks`, async ({
    phone,
    site,
  }) => {
    site.beforePageScripts = code;
    for (const { path } of pageTypes('dist')) {
      await phone.open(path);
      expect((await phone.texts('h1'))[0], path).toMatch(/\w/);
    }
    const [item] = await itemIds(phone, '/quick-checks/');
    if (!item) throw new Error('the quick checks need items');
    await phone.tap(`guide-checklist [value="${item}"]`);
    await waitForTick(phone, item, true);
    await phone.waitForText(NOT_KEPT);
  });
}
