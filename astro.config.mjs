// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import cspInline from './src/integrations/csp-inline';
import inlineStylesheets from './src/integrations/inline-stylesheets';
import modulePreload from './src/integrations/module-preload';
import { serviceWorker } from './src/integrations/service-worker';
import printLinks from './src/integrations/print-links';
import pageScripts from './src/integrations/page-scripts';
import releaseCheck from './src/integrations/release-check';
import translationCheck from './src/integrations/translation-check';
import { META_WEIGHTS } from './src/lib/search-settings';
import { TRANSLATIONS } from './src/lib/translations';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://audio-message-help.example',
  trailingSlash: 'always',
  // Code blocks are rendered by Starlight's Expressive Code; Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  // Only this site's own scripts, styles, images and connections; Pagefind needs WebAssembly.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data:",
        // The microphone test plays its recording back from a blob: URL, made and kept in the page.
        'media-src blob:',
        "font-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Starlight and Pagefind set a few `style` attributes; <style> elements stay hash-checked.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  integrations: [
    starlight({
      // The site's name in the header and in every page's <title>, in the page's language.
      title: { en: 'Audio Message Fix', es: 'Ayuda con audios' },
      description:
        'Step-by-step fixes for the iPhone error “Cannot Send Audio Message at This Time”, cheapest first.',
      favicon: '/favicon.svg',
      // English at the root with its URLs unchanged; Spanish under /es/ (src/content/docs/es/).
      defaultLocale: 'root',
      locales: { root: { label: 'English', lang: 'en' }, ...TRANSLATIONS },
      // "Add to Home Screen": the web app manifest, icon and name, and the browser bar's colour per theme.
      head: [
        { tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' } },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/apple-touch-icon.png' } },
        { tag: 'meta', attrs: { name: 'apple-mobile-web-app-title', content: 'Audio fix' } },
        { tag: 'meta', attrs: { name: 'mobile-web-app-capable', content: 'yes' } },
        {
          tag: 'meta',
          attrs: { name: 'theme-color', content: '#17181c', media: '(prefers-color-scheme: dark)' },
        },
        {
          tag: 'meta',
          attrs: { name: 'theme-color', content: '#ffffff', media: '(prefers-color-scheme: light)' },
        },
      ],
      lastUpdated: false,
      // Fix pages link to the next fix themselves; page-order cards elsewhere would only add noise.
      pagination: false,
      customCss: ['./src/styles/guide.css'],
      // A query word found in a page's title, symptoms or synonyms (indexed metadata) counts extra.
      // Pagefind's own length normalisation and term frequency (Starlight turns both down), so a
      // page that lists every topic once does not outrank the page about one.
      pagefind: {
        ranking: {
          pageLength: 0.75,
          termFrequency: 1,
          termSaturation: 1.4,
          metaWeights: { ...META_WEIGHTS },
        },
      },
      // The build fails on a broken internal link or #anchor in the content. Links that components
      // render are out of its sight; e2e/links.spec.ts checks every built page for those.
      // A Spanish page may link to a page not translated yet (Starlight serves the English one under
      // /es/), but never to an English URL.
      plugins: [starlightLinksValidator({ errorOnFallbackPages: false, errorOnInconsistentLocale: true })],
      routeMiddleware: './src/routeData.ts',
      components: {
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        Search: './src/components/overrides/Search.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
        Banner: './src/components/overrides/Banner.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Footer: './src/components/overrides/Footer.astro',
      },
      sidebar: [
        { label: 'Causes', items: [{ autogenerate: { directory: 'causes' } }] },
        { label: 'Fixes', items: [{ autogenerate: { directory: 'fixes' } }] },
        { label: 'Apps', items: [{ autogenerate: { directory: 'apps' } }] },
        { label: 'Workarounds', items: [{ autogenerate: { directory: 'workarounds' } }] },
        { label: 'Prevention', items: [{ autogenerate: { directory: 'prevention' } }] },
        { label: 'Real-world cases', items: [{ autogenerate: { directory: 'scenarios' } }] },
        { label: 'Get help', items: [{ autogenerate: { directory: 'get-help' } }] },
      ],
    }),
    pageScripts(),
    releaseCheck(),
    translationCheck(),
    printLinks(),
    // These run after starlight() writes the pages and the Pagefind index, in this order: the files
    // a page's scripts import are preloaded, a page takes in its stylesheet when that costs no extra
    // round trip, the CSP hashes go into the HTML, then the service worker fingerprints it.
    modulePreload(),
    inlineStylesheets(),
    cspInline(),
    serviceWorker(),
  ],
});
