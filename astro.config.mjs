// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { serviceWorker } from './src/integrations/service-worker.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://audio-message-help.example',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'Cannot Send Audio Message — iPhone fix guide',
      description:
        'Step-by-step fixes for the iPhone error “Cannot Send Audio Message at This Time”, cheapest first.',
      favicon: '/favicon.svg',
      lastUpdated: false,
      pagination: true,
      customCss: ['./src/styles/guide.css'],
      routeMiddleware: './src/routeData.ts',
      components: {
        Head: './src/components/overrides/Head.astro',
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
        Search: './src/components/overrides/Search.astro',
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
    // After starlight(): the service worker precaches the Pagefind index Starlight writes.
    serviceWorker(),
  ],
});
