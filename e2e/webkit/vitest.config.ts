import { defineConfig } from 'vitest/config';

/**
 * The end-to-end run in WebKit: WebKitGTK's MiniBrowser driven over WebDriver, one test file after
 * another (the driver holds one browser session at a time).
 */
export default defineConfig({
  test: {
    include: ['e2e/webkit/**/*.webkit.ts'],
    globalSetup: ['e2e/webkit/driver.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: process.env['CI'] ? 1 : 0,
  },
});
