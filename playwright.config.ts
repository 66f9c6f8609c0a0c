import { defineConfig, devices } from '@playwright/test';
import { findChromium, launchOptions as chromiumLaunchOptions } from './scripts/browser.mjs';

const browser = findChromium();
if (!browser) {
  throw new Error('No Chromium found: run `node scripts/browser.mjs --ensure` (npm run test:e2e does).');
}

/** Port of the preview server the tests run against; set E2E_PORT to run two suites side by side. */
const PORT = Number(process.env['E2E_PORT'] ?? 4330);
const launchOptions = chromiumLaunchOptions(browser);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  // A first search loads index chunks and result fragments and ranks them in Pagefind's worker:
  // about 1 s on an idle two-core machine, over 5 s (the default wait) while both test workers load it.
  expect: { timeout: 10_000 },
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace slows every test by a third; a failure is retried (on CI) with one, or run
    // again with `npx playwright test --trace on`.
    trace: 'on-first-retry',
    launchOptions,
    // Each test's fresh browser would otherwise install the service worker and download the whole
    // offline copy (4 MB) in the background while the test runs; the offline tests allow it.
    serviceWorkers: 'block',
  },
  projects: [
    // Some specs run in one project only: paper has its own size (print, on desktop), and the sweep
    // of every page opens each page once at phone width and widens it to desktop width itself.
    {
      name: 'phone',
      testIgnore: ['**/print.spec.ts'],
      use: {
        ...devices['iPhone 13'],
        browserName: 'chromium',
        viewport: { width: 390, height: 844 },
        screen: { width: 390, height: 844 },
      },
    },
    {
      name: 'desktop',
      testIgnore: ['**/every-page.spec.ts'],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
