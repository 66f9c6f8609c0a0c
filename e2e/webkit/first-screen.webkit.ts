import { builtPages } from '../../scripts/lib/built-site';
import { expect, test } from './fixtures';
import { PHONE } from './fixtures';

/** What a reader must see without scrolling: on a fix page its first step, on an app page its first check. */
const FIRST = [
  { kind: 'fix', pattern: /^\/fixes\/[^/]+\/$/, selector: 'main .sl-steps > li' },
  { kind: 'app', pattern: /^\/apps\/[^/]+\/$/, selector: 'main guide-checklist li' },
];

test('on every fix and app page, the first step or check starts on the first screen', async ({ phone }) => {
  const late: string[] = [];
  const pages = builtPages('dist');
  for (const { kind, pattern, selector } of FIRST) {
    const paths = pages.filter((p) => pattern.test(p));
    expect(paths.length, `${kind} pages`).toBeGreaterThan(0);
    for (const path of paths) {
      await phone.open(path);
      await phone.find(selector);
      // Where the first line of its text ends, in the page, as it lies after load.
      const bottom = await phone.run((css: string) => {
        const first = document.querySelector(css)!;
        const walker = document.createTreeWalker(first, NodeFilter.SHOW_TEXT, {
          acceptNode: (node) =>
            node.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
        });
        const range = document.createRange();
        range.selectNodeContents(walker.nextNode() ?? first);
        const line = range.getClientRects()[0] ?? first.getBoundingClientRect();
        return Math.round(line.bottom + scrollY);
      }, selector);
      if (bottom > PHONE.height)
        late.push(`${path}: first ${kind === 'fix' ? 'step' : 'check'} ends at ${bottom} px`);
    }
  }
  expect(late).toEqual([]);
}, 180_000);
