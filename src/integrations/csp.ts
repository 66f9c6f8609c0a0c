import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const INLINE = {
  script: /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi,
  style: /<style[^>]*>([\s\S]*?)<\/style>/gi,
};
const HASH = /^'sha(256|384|512)-[^']+'$/;

/** The CSP source expression (`'sha256-…'`) that allows exactly this inline script or style body. */
export function cspHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/**
 * Makes a page's Content-Security-Policy meta tag allow exactly the page's own inline scripts and
 * styles by hash: it adds the hashes the policy lacks (Astro hashes bundled scripts but not
 * `is:inline` ones, such as Starlight's theme script) and drops those of code that is not on the page
 * (Astro lists the whole site's on every page: about 1 KB that does not compress, ahead of
 * everything the page shows). Pages without the meta tag are returned unchanged.
 */
export function allowOwnInlineCode(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  let policy = meta[1]!;
  for (const [kind, pattern] of Object.entries(INLINE)) {
    const directive = `${kind}-src`;
    const own = [...new Set([...html.matchAll(pattern)].map((m) => cspHash(m[1]!)))];
    const at = new RegExp(`(^|;)(\\s*)${directive}\\s([^;]*)`).exec(policy);
    if (!at) {
      if (own.length > 0) policy = `${policy} ${directive} 'self' ${own.join(' ')};`;
      continue;
    }
    const sources = at[3]!.trim().split(/\s+/);
    const kept = sources.filter((source) => !HASH.test(source) || own.includes(source));
    const list = [...kept, ...own.filter((hash) => !kept.includes(hash))];
    policy =
      policy.slice(0, at.index) +
      `${at[1]}${at[2]}${directive} ${list.join(' ')}` +
      policy.slice(at.index + at[0].length);
  }
  return html.replace(meta[0], meta[0].replace(meta[1]!, policy));
}
