import { describe, expect, it } from 'vitest';
import {
  anchorIds,
  builtFile,
  decodeEntities,
  internalTarget,
  pageReferences,
  startTags,
} from './html-links';

const ORIGIN = 'https://guide.example';

describe('decodeEntities', () => {
  it.each([
    ['a&amp;b', 'a&b'],
    ['&#39;x&#x27;', "'x'"],
    ['&quot;&lt;&gt;', '"<>'],
    ['&unknown; stays', '&unknown; stays'],
    ['no refs', 'no refs'],
  ])('%s → %s', (raw, decoded) => {
    expect(decodeEntities(raw)).toBe(decoded);
  });
});

describe('startTags', () => {
  it('reads quoted, unquoted and bare attributes', () => {
    const [tag] = startTags(`<A HREF="/a/" data-x='1 > 2' hidden title=plain>`);
    expect(tag?.name).toBe('a');
    expect(Object.fromEntries(tag!.attributes)).toEqual({
      href: '/a/',
      'data-x': '1 > 2',
      hidden: '',
      title: 'plain',
    });
  });

  it('skips comments and the text of scripts and styles', () => {
    const html = `<!-- <a href="/c/"> --><script src="/s.js">const t = '<a href="/in-script/">';</script><style>a::before{content:"<img src=/x.png>"}</style><p id="after">`;
    expect(startTags(html).map((t) => t.name)).toEqual(['script', 'style', 'p']);
  });

  it('keeps the first of a repeated attribute, as browsers do', () => {
    expect(startTags('<a href="/first/" href="/second/">')[0]?.attributes.get('href')).toBe('/first/');
  });
});

describe('pageReferences', () => {
  it('collects href, src, poster and every srcset candidate once', () => {
    const html = `<link rel="stylesheet" href="/a.css"><script src="/b.js"></script><a href="/a.css">again</a>
      <img src="/c.png" srcset="/c-1x.png 1x, /c-2x.png 2x"><video poster="/p.jpg"></video><a>no href</a><a href=" ">blank</a>`;
    expect(pageReferences(html)).toEqual(['/a.css', '/b.js', '/c.png', '/c-1x.png', '/c-2x.png', '/p.jpg']);
  });
});

describe('anchorIds', () => {
  it('offers ids of any element and names of anchors only', () => {
    const ids = anchorIds(
      `<h2 id="steps">Steps</h2><a name="old"></a><input name="q"><template><svg id="icon"></svg></template>`,
    );
    expect([...ids].sort()).toEqual(['icon', 'old', 'steps']);
  });
});

describe('internalTarget', () => {
  it.each([
    ['/fixes/a/', '/', { path: '/fixes/a/', fragment: '' }],
    ['#steps', '/fixes/a/', { path: '/fixes/a/', fragment: 'steps' }],
    ['../b/#how-to-tell', '/fixes/a/', { path: '/fixes/b/', fragment: 'how-to-tell' }],
    [`${ORIGIN}/fixes/a/`, '/', { path: '/fixes/a/', fragment: '' }],
    ['/caf%C3%A9/#r%C3%A9sum%C3%A9', '/', { path: '/café/', fragment: 'résumé' }],
    ['/search/?q=mic', '/', { path: '/search/', fragment: '' }],
  ])('%s on %s', (reference, page, target) => {
    expect(internalTarget(reference, page, ORIGIN)).toEqual(target);
  });

  it.each([
    'https://support.apple.com/en-us/1',
    '//cdn.example/x.js',
    'mailto:a@b.c',
    'tel:123',
    'data:image/png;base64,AA',
  ])('%s leaves the site', (reference) => {
    expect(internalTarget(reference, '/', ORIGIN)).toBeUndefined();
  });
});

describe('builtFile', () => {
  it.each([
    ['/', 'index.html'],
    ['/fixes/a/', 'fixes/a/index.html'],
    ['/_astro/x.css', '_astro/x.css'],
    ['/fixes/a', 'fixes/a'],
  ])('%s → %s', (path, file) => {
    expect(builtFile(path)).toBe(file);
  });
});
