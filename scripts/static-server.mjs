/**
 * A minimal static file server for a built site, as a static host serves it: `/a/` is `a/index.html`,
 * anything missing is the site's `404.html` with status 404, text files are gzip-compressed (level 6)
 * when the browser accepts it, and every answer is to be revalidated (`Cache-Control: no-cache`), so
 * a new build shows on the next request. Used by the benchmarks and the offline end-to-end tests.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};

/** Types a static host compresses; images, WebAssembly and Pagefind's index are sent as they are. */
const COMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.json', '.webmanifest', '.svg', '.xml']);

/**
 * Serves the folder `root` on 127.0.0.1:`port` (0: any free port); resolves once it listens. With a
 * function for `root`, each request is served from the folder it names then, so two builds can take
 * turns on one origin. A test can add `routes` (paths answered by their own handler) and a
 * `pageHead` (markup put first in every HTML page's `<head>`, before any script of the page).
 * @param {string | (() => string)} root
 * @param {number} port
 * @param {{ routes?: Record<string, import('node:http').RequestListener>, pageHead?: () => string }} [options]
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export function serveStatic(root, port, { routes = {}, pageHead } = {}) {
  const server = createServer((request, response) => {
    const dir = resolve(typeof root === 'function' ? root() : root);
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const route = routes[path];
    if (route) return route(request, response);
    let file = join(dir, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file) || !file.startsWith(dir)) {
      file = join(dir, '404.html');
      status = 404;
    }
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
    };
    let body = readFileSync(file);
    if (pageHead && extname(file) === '.html') {
      body = Buffer.from(body.toString('utf8').replace(/<head>/i, (head) => head + pageHead()));
    }
    if (COMPRESSED.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body, { level: 6 });
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(status, { ...headers, 'content-length': body.length });
    response.end(body);
  });
  return new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      done({
        origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
        close: () =>
          new Promise((closed) => {
            server.close(() => closed());
            // A browser keeps idle connections open; they would hold the server open.
            server.closeAllConnections();
          }),
      });
    });
  });
}
