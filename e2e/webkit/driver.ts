/**
 * Starts WebKitGTK's WebDriver on a virtual display for the WebKit run, and stops it at the end.
 * MiniBrowser, the browser it drives, keeps a toolbar above the page whose width would not let the
 * window narrow to a phone's 390 px; a user style sheet for GTK, given to this browser only, shrinks
 * that toolbar. Web content does not use GTK's styles, so the page renders as it would without it.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findWebKit, WEBKIT_MISSING } from '../../scripts/browser.mjs';
import { DRIVER_PORT } from './ports';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The address of WebKitWebDriver. */
    webdriver: string;
    /** The MiniBrowser program the driver starts. */
    browserBinary: string;
  }
}

const TOOLBAR_CSS =
  '* { min-width: 0; min-height: 0; margin: 0; padding: 0; border-width: 0; font-size: 1px; }';

/** Waits until the driver at `url` says it is ready, up to `ms`. */
async function ready(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const status = (await (await fetch(`${url}/status`)).json()) as { value?: { ready?: boolean } };
      if (status.value?.ready) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not start on ${url} within ${ms / 1000} s`);
}

/** Starts the driver for the run; the function it returns stops it and prints how long the run took. */
export default async function setup(project: TestProject): Promise<() => void> {
  const started = Date.now();
  const webkit = findWebKit();
  if (!webkit) throw new Error(WEBKIT_MISSING);
  const config = mkdtempSync(join(tmpdir(), 'guide-webkit-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'gtk.css'), TOOLBAR_CSS);
  const driver = spawn(
    webkit.xvfbRun,
    ['--auto-servernum', '--server-args=-screen 0 1280x1024x24', webkit.driver, `--port=${DRIVER_PORT}`],
    { detached: true, stdio: 'ignore', env: { ...process.env, XDG_CONFIG_HOME: config } },
  );
  const url = `http://127.0.0.1:${DRIVER_PORT}`;
  await ready(url, 15_000);
  project.provide('webdriver', url);
  project.provide('browserBinary', webkit.browser);
  return () => {
    // xvfb-run, the X server, the driver and its browser share this process group.
    if (driver.pid) process.kill(-driver.pid, 'SIGTERM');
    rmSync(config, { recursive: true, force: true });
    console.log(`WebKit end-to-end run: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
}
