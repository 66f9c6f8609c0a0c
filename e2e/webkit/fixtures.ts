/**
 * Fixtures of the WebKit run: the built site served on the end-to-end port, and for each test a
 * fresh MiniBrowser session at phone size (its storage starts empty) with a small page API.
 *
 * WebKitGTK's WebDriver has no BiDi (no log events, no script that runs before the page's own), so
 * the site server puts one script first in every page's `<head>`: it reports each uncaught error,
 * unhandled rejection and Content Security Policy violation to the server with a synchronous
 * request, before the page can navigate away. A test may add code to it (`site.beforePageScripts`),
 * such as storage that throws. Every test fails if any page it opened reported an error, and a
 * failing test leaves a screenshot in `test-results/webkit/`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { Builder, By, Capabilities, Origin, type WebDriver, type WebElement } from 'selenium-webdriver';
import { inject, test as base } from 'vitest';
import { serveStatic } from '../../scripts/static-server.mjs';
import { SITE_PORT } from './ports';

/** The phone the run emulates in size: an iPhone 13–16's 390 × 844 CSS px viewport. */
export const PHONE = { width: 390, height: 844 };

const INIT_PATH = '/__webkit/before-page-scripts.js';
const ERRORS_PATH = '/__webkit/errors';

/**
 * Runs first in every page: reports what the page throws, as a browser's console would show it.
 * Once the page is being left it stops: WebKit rejects the page's pending imports then, which
 * no one sees.
 */
const ERROR_COLLECTOR = `(() => {
  let leaving = false;
  addEventListener('beforeunload', () => (leaving = true));
  const report = (message) => {
    if (leaving) return;
    const request = new XMLHttpRequest();
    request.open('POST', ${JSON.stringify(ERRORS_PATH)}, false);
    try { request.send(location.pathname + location.search + ': ' + message); } catch {}
  };
  addEventListener('error', (event) => {
    if (event instanceof ErrorEvent) report(event.message + ' (' + event.filename + ':' + event.lineno + ')');
  });
  addEventListener('unhandledrejection', (event) => report('Unhandled rejection: ' + String(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) =>
    report('CSP ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline code')));
})();
`;

/** The built site as the WebKit run serves it. */
export interface Site {
  origin: string;
  /** Uncaught errors the pages reported since the test began, each prefixed with its page. */
  errors: string[];
  /** Code run in every page before the page's own scripts (after the error collector). */
  beforePageScripts: string;
  /** Takes the site off the network (the server stops listening), as a lost connection would. */
  goOffline(): Promise<void>;
  /** Serves the site again. */
  goOnline(): Promise<void>;
}

async function startSite(): Promise<Site> {
  const collected: string[] = [];
  const site: Site = {
    origin: '',
    errors: collected,
    beforePageScripts: '',
    goOffline: async () => {
      await server?.close();
      server = undefined;
    },
    goOnline: async () => {
      server ??= await listen();
    },
  };
  const listen = () =>
    serveStatic('dist', SITE_PORT, {
      pageHead: () => `<script src="${INIT_PATH}"></script>`,
      routes: {
        [INIT_PATH]: (_request, response) => {
          response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
          response.end(`${ERROR_COLLECTOR}\n${site.beforePageScripts}`);
        },
        [ERRORS_PATH]: (request, response) => {
          let body = '';
          request.on('data', (chunk: Buffer) => (body += chunk.toString()));
          request.on('end', () => {
            site.errors.push(body);
            response.writeHead(204).end();
          });
        },
      },
    });
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined = await listen();
  site.origin = server.origin;
  return site;
}

/** Escapes text for an XPath string literal. */
const xpathText = (text: string) =>
  text.includes('"') ? `concat("${text.split('"').join('", \'"\', "')}")` : `"${text}"`;

/** A browser tab at phone size, with the few page actions the WebKit tests need. */
export class Phone {
  constructor(
    readonly driver: WebDriver,
    readonly origin: string,
  ) {}

  /** Opens a site path (`/fixes/`) or a full URL, and waits for the page's load event. */
  async open(path: string): Promise<void> {
    await this.driver.get(new URL(path, this.origin).href);
  }

  async reload(): Promise<void> {
    await this.driver.navigate().refresh();
  }

  /** The current address, as a site path with its query (`/diagnose/?app=…`). */
  async path(): Promise<string> {
    const url = new URL(await this.driver.getCurrentUrl());
    return url.pathname + url.search;
  }

  /** Runs `fn` in the page with JSON-able arguments and returns its JSON-able result. */
  run<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    return this.driver.executeScript(`return (${fn.toString()}).apply(null, arguments)`, ...args);
  }

  /** Waits until `check` returns something other than false, null or undefined, and returns it. */
  async waitFor<T>(
    what: string,
    check: () => Promise<T | false | null | undefined>,
    ms = 15_000,
  ): Promise<T> {
    let last: T | false | null | undefined;
    await this.driver.wait(
      async () => {
        last = await check();
        return last !== false && last !== null && last !== undefined;
      },
      ms,
      `Waited ${ms / 1000} s for ${what}`,
    );
    return last as T;
  }

  /** Waits until the page shows the text `text` (in its visible text). */
  async waitForText(text: string, ms?: number): Promise<void> {
    await this.waitFor(
      `the page to show "${text}"`,
      () => this.run((t: string) => document.body.innerText.includes(t), text),
      ms,
    );
  }

  /** The first element matching `css`, once there is one. */
  async find(css: string): Promise<WebElement> {
    return this.waitFor(`an element ${css}`, async () => (await this.driver.findElements(By.css(css)))[0]);
  }

  /**
   * The first visible, enabled element of `tag` (button, a, label…) whose text is `text`, inside the
   * first element matching `within`, once there is one.
   */
  async byText(tag: string, text: string, within = 'body'): Promise<WebElement> {
    const xpath = `.//${tag}[normalize-space(.)=${xpathText(text)}]`;
    return this.waitFor(`a visible ${tag} "${text}" in ${within}`, async () => {
      for (const scope of await this.driver.findElements(By.css(within))) {
        for (const element of await scope.findElements(By.xpath(xpath))) {
          if ((await element.isDisplayed()) && (await element.isEnabled())) return element;
        }
      }
      return undefined;
    });
  }

  /**
   * Taps `element` as a pointer would: scrolled to the middle of the screen, at the centre of its
   * first line box (a link that wraps has no point of its own at the centre of its whole box), once
   * nothing else covers that point.
   */
  async click(element: WebElement): Promise<void> {
    const [x, y] = await this.waitFor('the element to be uncovered on screen', () =>
      this.driver.executeScript<[number, number] | null>(
        `const element = arguments[0];
         element.scrollIntoView({ block: 'center', behavior: 'instant' });
         const box = element.getClientRects()[0];
         if (!box) return null;
         const x = Math.round(box.left + box.width / 2), y = Math.round(box.top + box.height / 2);
         const hit = document.elementFromPoint(x, y);
         return hit && (element.contains(hit) || hit.contains(element)) ? [x, y] : null;`,
        element,
      ),
    );
    await this.driver.actions().move({ x, y, origin: Origin.VIEWPORT }).click().perform();
  }

  /** Taps the first element matching `css` (see `click`). */
  async tap(css: string): Promise<void> {
    await this.click(await this.find(css));
  }

  /** Clicks the visible element of `tag` whose text is `text` (see `byText`). */
  async clickText(tag: string, text: string, within?: string): Promise<void> {
    await this.click(await this.byText(tag, text, within));
  }

  /** The trimmed text content of each element matching `css`. */
  texts(css: string): Promise<string[]> {
    return this.run(
      (selector: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)].map((e) => (e.innerText || '').trim()),
      css,
    );
  }

  /** Whether each checkbox matching `css` is ticked. */
  checked(css: string): Promise<boolean[]> {
    return this.run(
      (selector: string) => [...document.querySelectorAll<HTMLInputElement>(selector)].map((e) => e.checked),
      css,
    );
  }
}

/** Opens a MiniBrowser session whose page area is exactly the phone's size. */
async function openPhone(origin: string): Promise<Phone> {
  const capabilities = new Capabilities({
    browserName: 'MiniBrowser',
    pageLoadStrategy: 'normal',
    'webkitgtk:browserOptions': { binary: inject('browserBinary'), args: ['--automation'] },
  });
  const driver = await new Builder().usingServer(inject('webdriver')).withCapabilities(capabilities).build();
  await driver.manage().setTimeouts({ pageLoad: 30_000, script: 30_000 });
  const phone = new Phone(driver, origin);
  // The window includes MiniBrowser's toolbar: size it so that the page area is the phone's. The
  // page learns its new size a moment after the window has it, so correct until two reads agree.
  const window = driver.manage().window();
  await window.setRect(PHONE);
  let right = 0;
  let area = [0, 0];
  for (let attempt = 0; attempt < 30 && right < 2; attempt++) {
    await new Promise((r) => setTimeout(r, 150));
    area = await phone.run(() => [innerWidth, innerHeight]);
    const [width = 0, height = 0] = area;
    right = width === PHONE.width && height === PHONE.height ? right + 1 : 0;
    if (right === 0) {
      const rect = await window.getRect();
      await window.setRect({
        width: rect.width + PHONE.width - width,
        height: rect.height + PHONE.height - height,
      });
    }
  }
  if (right < 2) {
    await driver.quit();
    throw new Error(`MiniBrowser's page area is ${area.join('×')}, not ${PHONE.width}×${PHONE.height}`);
  }
  return phone;
}

/** A file name for a test's screenshot: its file and name, in letters, digits and dashes. */
const screenshotName = (file: string, name: string) =>
  `${basename(file, '.webkit.ts')}--${name}`.replace(/[^a-z0-9]+/gi, '-').slice(0, 150) + '.png';

/** `test` with `site` (served once per file) and `phone` (a new browser session per test). */
export const test = base
  // Vitest reads a fixture's dependencies from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  .extend('site', { scope: 'file' }, async ({}, { onCleanup }) => {
    const site = await startSite();
    onCleanup(() => site.goOffline());
    return site;
  })
  .extend('phone', async ({ site, task }, { onCleanup }) => {
    site.errors.length = 0;
    site.beforePageScripts = '';
    await site.goOnline();
    const phone = await openPhone(site.origin);
    onCleanup(async () => {
      try {
        if (task.result?.state === 'fail' || site.errors.length > 0) {
          const dir = join('test-results', 'webkit');
          mkdirSync(dir, { recursive: true });
          const file = join(dir, screenshotName(task.file.name, task.name));
          writeFileSync(file, await phone.driver.takeScreenshot(), 'base64');
          console.log(`WebKit screenshot: ${file}`);
        }
      } finally {
        await phone.driver.quit();
      }
      if (site.errors.length > 0) {
        throw new Error(`Uncaught script errors in WebKit:\n${site.errors.join('\n')}`);
      }
    });
    return phone;
  });

export { expect } from 'vitest';
