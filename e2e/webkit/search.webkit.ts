import { readFileSync } from 'node:fs';
import { hrefOf } from '../../src/lib/content';
import { expect, test } from './fixtures';

/** The first few of the tuning phrasings the search is measured with, and the pages that answer each. */
const SYMPTOMS = (
  JSON.parse(readFileSync(new URL('../search-phrasings.json', import.meta.url), 'utf8')) as {
    queries: { query: string; pages: string[]; set: string }[];
  }
).queries
  .filter((q) => q.set === 'tuning')
  .slice(0, 5);

const dialog = 'guide-search dialog[open]';
const results = `${dialog} .pagefind-ui__result-link`;

test('the search dialog finds a page that answers each of a handful of symptoms, and opens it', async ({
  phone,
}) => {
  expect(SYMPTOMS.length).toBe(5);
  for (const { query, pages } of SYMPTOMS) {
    await phone.open('/');
    await phone.waitFor('the search button to be ready', () =>
      phone.run(() => !document.querySelector<HTMLButtonElement>('header [data-open-search]')?.disabled),
    );
    await phone.tap('header [data-open-search]');
    const input = await phone.find(`${dialog} input[type=search], ${dialog} input[type=text]`);
    await input.clear();
    await input.sendKeys(query);
    // Results show as they load: read them once two reads in a row agree.
    let previous = '';
    const top = await phone.waitFor(`results for "${query}"`, async () => {
      const hrefs = await phone.run(
        (css: string) =>
          [...document.querySelectorAll(css)].map((a) => new URL((a as HTMLAnchorElement).href).pathname),
        results,
      );
      // A page's sections link to the page too: the top three pages.
      const pages = [...new Set(hrefs)].slice(0, 3);
      const same = hrefs.length > 0 && JSON.stringify(pages) === previous;
      previous = JSON.stringify(pages);
      if (!same) await new Promise((r) => setTimeout(r, 300));
      return same && pages;
    });
    const acceptable = pages.map((id) => hrefOf(id));
    expect(
      top.filter((href) => acceptable.includes(href)),
      `"${query}" → ${top.join(' ')}`,
    ).not.toEqual([]);
    await phone.tap(`${dialog} [data-close-search]`);
    await phone.waitFor('the dialog to close', () =>
      phone.run(() => !document.querySelector('dialog[open]')),
    );
  }

  const [last] = SYMPTOMS.slice(-1);
  await phone.tap('header [data-open-search]');
  await (await phone.find(`${dialog} input[type=search], ${dialog} input[type=text]`)).sendKeys(last!.query);
  const first = await phone.waitFor(
    'a result',
    async () => (await phone.driver.findElements({ css: results }))[0],
  );
  const href = new URL((await first.getAttribute('href')) ?? '', phone.origin).pathname;
  await phone.click(first);
  await phone.waitFor(`the result ${href} to open`, async () => (await phone.path()) === href);
  expect((await phone.texts('h1'))[0]).toMatch(/\w/);
}, 180_000);
