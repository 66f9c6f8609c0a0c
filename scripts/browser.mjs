#!/usr/bin/env node
/**
 * Finds the browsers for the end-to-end tests, and with `--ensure` installs what is missing.
 *
 * Chromium, in this order: Playwright's own managed browser; a system Chromium or Chrome; then an
 * install (`apt-get install -y chromium` as root with apt, else `playwright install chromium`).
 * WebKit: WebKitGTK's WebDriver and MiniBrowser, run on a virtual display (`xvfb-run`); installed
 * with `apt-get install -y webkit2gtk-driver xvfb` as root with apt, else a message says what to install.
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

/** What the WebKit run needs, as Debian packages them. */
export const WEBKIT_PACKAGES = ['webkit2gtk-driver', 'xvfb', 'xauth'];

const WEBKIT_DRIVERS = ['/usr/bin/WebKitWebDriver', '/usr/libexec/webkit2gtk-4.1/WebKitWebDriver'];
const MINIBROWSERS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];
const XVFB_RUN = '/usr/bin/xvfb-run';

/**
 * The programs of the WebKit run: WebKitGTK's WebDriver, the MiniBrowser it drives, and `xvfb-run`
 * for a display; `undefined` when any of them is missing.
 * @returns {{ driver: string, browser: string, xvfbRun: string } | undefined}
 */
export function findWebKit() {
  const driver = WEBKIT_DRIVERS.find((p) => existsSync(p));
  const browser = MINIBROWSERS.find((p) => existsSync(p));
  if (!driver || !browser || !existsSync(XVFB_RUN)) return undefined;
  return { driver, browser, xvfbRun: XVFB_RUN };
}

/** The one line that tells a person how to get the WebKit run's programs. */
export const WEBKIT_MISSING =
  `No WebKit for the end-to-end tests: install ${WEBKIT_PACKAGES.join(', ')} ` +
  `(\`sudo apt-get install ${WEBKIT_PACKAGES.join(' ')}\` on Debian/Ubuntu; WebKitWebDriver and ` +
  'MiniBrowser come with WebKitGTK elsewhere), then run the tests again.';

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

const canApt = () => process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
let aptUpdated = false;

/** Installs Debian packages with apt-get, updating the package lists once; false on failure. */
function aptInstall(packages) {
  if (!aptUpdated) aptUpdated = run('apt-get', ['update']);
  return run('apt-get', ['install', '-y', '--no-install-recommends', ...packages]);
}

function install() {
  if (canApt()) {
    console.log('No Chromium found: installing Debian’s chromium package with apt-get…');
    if (aptInstall(['chromium'])) return;
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

  let webkit = findWebKit();
  if (!webkit && process.argv.includes('--ensure') && canApt()) {
    console.log(`No WebKit found: installing ${WEBKIT_PACKAGES.join(', ')} with apt-get…`);
    aptInstall(WEBKIT_PACKAGES);
    webkit = findWebKit();
  }
  if (!webkit) {
    console.error(WEBKIT_MISSING);
    process.exit(1);
  }
  console.log(`WebKit for tests: ${webkit.driver} driving ${webkit.browser}`);
}
