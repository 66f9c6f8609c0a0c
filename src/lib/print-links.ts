/** The parts of a HAST element and of Sätteri's visitor context this module uses. */
interface LinkNode {
  properties?: Record<string, unknown> | undefined;
}
interface LinkContext {
  textContent(node: LinkNode): string;
  setProperty(node: LinkNode, key: string, value: unknown): void;
}

/**
 * A web address as people copy it from paper: no protocol, no `www.`, no trailing slash, no
 * `#fragment`, e.g. `https://www.apple.com/support/systemstatus/` → `apple.com/support/systemstatus`.
 */
export function shortUrl(href: string): string {
  return href
    .replace(/#.*$/, '')
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
}

/**
 * The address to print after a link, or undefined when paper needs none: internal links (the reader
 * cannot follow them on paper and the footer names the site), and links whose text already is the
 * address.
 */
export function printedAddress(href: string, text: string): string | undefined {
  if (!/^https?:\/\//i.test(href)) return undefined;
  const address = shortUrl(href);
  const shown = shortUrl(text.trim());
  return address === '' || shown.toLowerCase() === address.toLowerCase() ? undefined : address;
}

/**
 * Markdown (Sätteri HAST) plugin: marks each external link in page content with `data-print-url`, its
 * short address, which the print style sheet writes after the link text. Links that already show their
 * address, and internal links, are left alone.
 */
export const printLinksPlugin = {
  name: 'guide-print-links',
  element: {
    filter: ['a'],
    visit(node: LinkNode, ctx: LinkContext): void {
      const href = node.properties?.['href'];
      if (typeof href !== 'string') return;
      const address = printedAddress(href, ctx.textContent(node));
      if (address) ctx.setProperty(node, 'dataPrintUrl', address);
    },
  },
};
