/** Port of the site the WebKit run serves: the end-to-end port (E2E_PORT), free once Playwright is done. */
export const SITE_PORT = Number(process.env['E2E_PORT'] ?? 4330);

/** Port of WebKitWebDriver: 100 above the site's, so two runs side by side keep apart. */
export const DRIVER_PORT = SITE_PORT + 100;
