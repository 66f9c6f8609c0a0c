import { builtPages } from '../../scripts/lib/built-site';
import { expect, test } from './fixtures';

test('every page loads at phone size with a heading and no uncaught script error', async ({
  phone,
  site,
}) => {
  const pages = builtPages('dist');
  expect(pages.length).toBeGreaterThan(20);
  for (const path of pages) {
    await phone.open(path);
    const heading = await phone.texts('h1');
    expect(heading[0], `the heading of ${path}`).toMatch(/\w/);
    // No page is wider than the phone: nothing scrolls sideways.
    expect(await phone.run(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  }
  expect(site.errors).toEqual([]);
}, 180_000);
