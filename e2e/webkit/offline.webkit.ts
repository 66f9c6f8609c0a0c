/**
 * Offline in WebKit. WebDriver cannot take WebKitGTK off the network, so the site's server stops
 * instead: every request to the site then fails as with no connection, while `navigator.onLine`
 * stays true. What this shows is that WebKit's service worker and Cache Storage answer the pages.
 */
import { sitePage } from '../support/fixtures';
import { expect, test, type Phone } from './fixtures';

const titleOf = (id: string) => sitePage(id).data.title;

/** Waits until the page says the whole guide is saved, as a reader would see it. */
async function waitUntilSaved(phone: Phone): Promise<void> {
  await phone.waitFor(
    'the guide to be saved for offline use',
    () =>
      phone.run(
        () =>
          navigator.serviceWorker?.controller !== null &&
          document.querySelector<HTMLElement>('[data-offline-ready]')?.hidden === false,
      ),
    60_000,
  );
}

const heading = async (phone: Phone) => (await phone.texts('h1'))[0];

test('after one visit, pages never opened, a tick and search work with the site unreachable', async ({
  phone,
  site,
}) => {
  await phone.open('/');
  await waitUntilSaved(phone);
  await site.goOffline();
  // The site is really gone: a file the guide does not save cannot be fetched.
  expect(
    await phone.run(() =>
      fetch('/sitemap-index.xml').then(
        () => 'fetched',
        () => 'failed',
      ),
    ),
  ).toBe('failed');

  await phone.open('/fixes/turn-off-vpn/');
  expect(await heading(phone)).toBe(titleOf('fixes/turn-off-vpn'));
  await phone.open('/apps/telegram/');
  expect(await heading(phone)).toBe(titleOf('apps/telegram'));

  await phone.open('/quick-checks/');
  await phone.tap('guide-checklist input[type=checkbox]');
  await phone.reload();
  await phone.waitFor(
    'the tick after a reload',
    async () => (await phone.checked('guide-checklist input'))[0],
  );

  await phone.waitFor('the search button to be ready', () =>
    phone.run(() => !document.querySelector<HTMLButtonElement>('header [data-open-search]')?.disabled),
  );
  await phone.tap('header [data-open-search]');
  await (await phone.find('guide-search dialog[open] input')).sendKeys('Reset Network Settings');
  await phone.find('guide-search dialog[open] a[href$="/fixes/reset-network-settings/"]');

  // An address the guide does not have shows the guide's own page, not the browser's error.
  await phone.open('/no-such-page/');
  expect(await heading(phone)).toBe(titleOf('404'));
}, 120_000);
