#!/usr/bin/env node
/**
 * Finds a Chromium for the end-to-end tests, and with `--ensure` installs one if there is none.
 *
 * Order: Playwright's own managed browser; a system Chromium or Chrome; then an install
 * (`apt-get install -y chromium` as root with apt, else `playwright install chromium`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * Flags headless Chromium needs on this kind of machine: no sandbox when running as root, and no
 * background connections to Google's services (the tests must make no request off the machine).
 */
export const CHROMIUM_ARGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * The path of a usable Chromium, or `undefined` when none is installed.
 * Playwright's managed browser wins; `undefined` then means "let Playwright use its own".
 * @returns {{ path: string | undefined, source: 'playwright' | 'system' } | undefined}
 */
export function findChromium() {
  if (existsSync(chromium.executablePath())) return { path: undefined, source: 'playwright' };
  const system = SYSTEM_BROWSERS.find((p) => existsSync(p));
  return system ? { path: system, source: 'system' } : undefined;
}

/**
 * Playwright's launch options for the Chromium found: the flags this machine needs, and the path of
 * a system Chromium (none for Playwright's own browser).
 * @param {{ path: string | undefined } | undefined} found
 */
export function launchOptions(found = findChromium()) {
  return { args: CHROMIUM_ARGS, ...(found?.path ? { executablePath: found.path } : {}) };
}

function run(command, args) {
  try {
    execFileSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return true;
  } catch {
    return false;
  }
}

function install() {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian’s chromium package with apt-get…');
    run('apt-get', ['update']);
    if (run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])) return;
  }
  console.log('No Chromium found: installing Playwright’s Chromium…');
  run(process.execPath, [
    fileURLToPath(new URL('../node_modules/playwright/cli.js', import.meta.url)),
    'install',
    'chromium',
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let found = findChromium();
  if (!found && process.argv.includes('--ensure')) {
    install();
    found = findChromium();
  }
  if (!found) {
    console.error(
      'No Chromium for the end-to-end tests: install one with `sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`, then run the tests again.',
    );
    process.exit(1);
  }
  console.log(`Chromium for tests: ${found.path ?? chromium.executablePath()} (${found.source})`);
}
