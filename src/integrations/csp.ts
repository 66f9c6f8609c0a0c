import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const INLINE = {
  script: /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi,
  style: /<style[^>]*>([\s\S]*?)<\/style>/gi,
};

/** The CSP source expression (`'sha256-…'`) that allows exactly this inline script or style body. */
export function cspHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/**
 * Adds to a page's Content-Security-Policy meta tag the hashes of its own inline scripts and styles that
 * the policy does not allow yet (Astro hashes bundled scripts but not `is:inline` ones, such as
 * Starlight's theme script). Pages without the meta tag are returned unchanged.
 */
export function allowOwnInlineCode(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  let policy = meta[1]!;
  for (const [kind, pattern] of Object.entries(INLINE)) {
    const directive = `${kind}-src`;
    const missing = [...new Set([...html.matchAll(pattern)].map((m) => cspHash(m[1]!)))].filter(
      (hash) => !policy.includes(hash),
    );
    if (missing.length === 0) continue;
    const at = new RegExp(`(^|;)\\s*${directive}\\s[^;]*`).exec(policy);
    policy = at
      ? policy.slice(0, at.index + at[0].length) +
        ` ${missing.join(' ')}` +
        policy.slice(at.index + at[0].length)
      : `${policy} ${directive} 'self' ${missing.join(' ')};`;
  }
  return html.replace(meta[0], meta[0].replace(meta[1]!, policy));
}
