/**
 * Reading links out of built HTML, without a browser: which files and anchors a page points to,
 * and which anchors it offers. Used by the link check over `dist/` and the weight budget.
 */

/** One HTML start tag: its lower-case name and its attributes, values decoded. */
export interface Tag {
  name: string;
  attributes: Map<string, string>;
}

const TOKEN =
  /<!--[\s\S]*?-->|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an attribute value may hold (`&amp;`, `&#39;`, `&#x2F;`, …). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Every start tag of the document in order, skipping comments and the text inside `<script>`,
 * `<style>`, `<textarea>` and `<title>` (so markup-like text in scripts is never taken for a tag).
 */
export function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const lower = html.toLowerCase();
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    const [, rawName, rawAttributes = ''] = match;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    const attributes = new Map<string, string>();
    for (const a of rawAttributes.matchAll(ATTRIBUTE)) {
      const key = a[1]!.toLowerCase();
      if (!attributes.has(key)) attributes.set(key, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    tags.push({ name, attributes });
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, TOKEN.lastIndex);
      TOKEN.lastIndex = end === -1 ? html.length : end;
    }
  }
  return tags;
}

/**
 * Every URL the page refers to as written: `href` of links and anchors, `src` of scripts, images and
 * frames, each candidate of a `srcset`, and `poster`. Duplicates are kept once.
 */
export function pageReferences(html: string): string[] {
  const found = new Set<string>();
  for (const { attributes } of startTags(html)) {
    for (const key of ['href', 'src', 'poster']) {
      const value = attributes.get(key)?.trim();
      if (value) found.add(value);
    }
    for (const candidate of attributes.get('srcset')?.split(',') ?? []) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) found.add(url);
    }
  }
  return [...found];
}

/** The fragment identifiers a page offers: every `id`, and the `name` of `<a>` elements. */
export function anchorIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const { name, attributes } of startTags(html)) {
    const id = attributes.get('id');
    if (id) ids.add(id);
    const anchorName = name === 'a' ? attributes.get('name') : undefined;
    if (anchorName) ids.add(anchorName);
  }
  return ids;
}

/** Where an internal reference points: a site path (decoded) and a fragment (decoded, may be empty). */
export interface Target {
  path: string;
  fragment: string;
}

/**
 * Resolves `reference` as written on the page at `pagePath` of the site at `origin`. Returns
 * `undefined` for references that leave the site (another origin, `mailto:`, `tel:`, `data:`, …).
 */
export function internalTarget(reference: string, pagePath: string, origin: string): Target | undefined {
  let url: URL;
  try {
    url = new URL(reference, new URL(pagePath, origin));
  } catch {
    return { path: reference, fragment: '' };
  }
  if (url.origin !== origin) return undefined;
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return { path: decode(url.pathname), fragment: decode(url.hash.slice(1)) };
}

/**
 * The file under the build folder that serves a site path, as a relative path: `/a/` is
 * `a/index.html`, `/a.css` is `a.css`. A page path without its trailing slash maps to a file of that
 * name, which no page is: the site is built with `trailingSlash: 'always'`.
 */
export function builtFile(path: string): string {
  const relative = path.replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}
