import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * What the guide relies on inside Astro and Starlight beyond their documented APIs (README,
 * "Reliance on framework internals"), checked in the installed packages, so an upgrade that
 * changes one fails here by name rather than somewhere on a printed page.
 */

const STARLIGHT = join(import.meta.dirname, '../../node_modules/@astrojs/starlight/dist');
const read = (path: string) => readFileSync(join(STARLIGHT, path), 'utf8');

describe('Starlight internals the guide relies on', () => {
  it('the Search component is the one our fork follows (Starlight 0.42.4): re-read it when this fails', () => {
    const hash = createHash('sha256').update(read('components/Search.astro')).digest('hex');
    expect(hash.slice(0, 16)).toBe('30d6549c54409a9e');
  });

  it('the theme picker is the one our fork follows (Starlight 0.42.4): re-read it when this fails', () => {
    const hash = createHash('sha256').update(read('components/ThemeSelect.astro')).digest('hex');
    expect(hash.slice(0, 16)).toBe('eb2256fe869a33d0');
  });

  it('the page frame, heading anchors, content panels and footer keep the classes print rules hide', () => {
    expect(read('components/PageFrame.astro')).toMatch(/<div class="page[^"]*">\s*<header/);
    expect(read('components/AnchorHeading.astro')).toContain('class="sl-anchor-link"');
    expect(read('components/ContentPanel.astro')).toContain('class="content-panel"');
    expect(read('components/Footer.astro')).toMatch(/class="meta\b/);
    expect(read('components/MarkdownContent.astro')).toContain('class="sl-markdown-content"');
    expect(read('constants.js')).toContain('PAGE_TITLE_ID = "_top"');
  });

  it('the tabs keep the markup their print rules lay out', () => {
    const tabs = read('user-components/Tabs.astro');
    expect(tabs).toContain('class="tablist-wrapper');
    expect(tabs).toContain('class="tab"');
    expect(tabs).toMatch(/role="tabpanel"|role', 'tabpanel'|'tabpanel'/);
  });

  it('cards and steps keep the classes print keeps together on a sheet', () => {
    expect(read('user-components/LinkCard.astro')).toContain('class="sl-link-card"');
    expect(read('user-components/Steps.astro')).toContain('.sl-steps');
  });

  it('defines the private font variable the search results use', () => {
    expect(read('style/props.css')).toContain('--__sl-font:');
  });
});
