/**
 * A static file server for fixture pages on 127.0.0.1 (content scripts do not run on `file://`).
 * Serves only files under its root, with a content type by extension, and the page variants
 * derived from them (page-variants.ts); anything else is a 404.
 *
 * The demo article names `https://www.nasuba-infos.example/…` as its canonical URL. Factmark
 * ignores a canonical on another site than the page's own, so HTML is served with that origin
 * replaced by the one the page was asked from: the demo and its edited variants share one
 * article, as the publisher's pages would, and `PUBLISHER_PATH` serves the demo itself so "Open
 * in page" finds it. The same files asked from `localhost` are another site (`otherSiteUrl`).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { readFile } from 'node:fs/promises';
import { PAGE_VARIANTS, PUBLISHER_ORIGIN, renderVariant } from './page-variants';
import { FIXTURES_DIR } from './paths';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

export interface FixtureServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash); fixture paths are appended to it. */
  readonly baseUrl: string;
  /** URL of a file given relative to the served root, e.g. `pages/plain.html`. */
  url(path: string): string;
  /** The same file from another site (`localhost` instead of `127.0.0.1`). */
  otherSiteUrl(path: string): string;
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  /**
   * Extra response headers sent with every file served, e.g. a `content-security-policy` that
   * keeps the page's own scripts from running (the benchmark does this so only Factmark runs).
   */
  headers?: Record<string, string>;
}

/** Starts serving `root` (default `tests/fixtures/`) on a free port of 127.0.0.1. */
export async function startFixtureServer(
  root: string = FIXTURES_DIR,
  options: FixtureServerOptions = {},
): Promise<FixtureServer> {
  const base = resolve(root);
  const extraHeaders = options.headers ?? {};
  const server = createServer((request, response) => {
    const ownOrigin = `http://${request.headers.host ?? '127.0.0.1'}`;
    const variant = PAGE_VARIANTS[(request.url ?? '/').split(/[?#]/)[0]?.replace(/^\/+/, '') ?? ''];
    if (variant) {
      renderVariant(base, variant).then(
        (rendered) => {
          const html = rendered.replaceAll(PUBLISHER_ORIGIN, ownOrigin);
          response.writeHead(200, {
            ...extraHeaders,
            'content-type': CONTENT_TYPES['.html'],
            'cache-control': 'no-store',
          });
          response.end(html);
        },
        (error: unknown) => {
          response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
        },
      );
      return;
    }
    serveFile(base, request.url ?? '/').then(
      (file) => {
        if (!file && request.url === '/favicon.ico') {
          // Browsers ask for it on every page; a 404 would show up as a console error.
          response.writeHead(204).end();
          return;
        }
        if (!file) {
          response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
          return;
        }
        response.writeHead(200, {
          ...extraHeaders,
          'content-type': file.type,
          'cache-control': 'no-store',
        });
        if (file.type === CONTENT_TYPES['.html']) {
          return readFile(file.path, 'utf8').then((html) => {
            response.end(html.replaceAll(PUBLISHER_ORIGIN, ownOrigin));
          });
        }
        createReadStream(file.path).pipe(response);
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
      },
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    url: (path) => `${baseUrl}/${path.replace(/^\/+/, '')}`,
    otherSiteUrl: (path) => `http://localhost:${port}/${path.replace(/^\/+/, '')}`,
    close: () => closeServer(server),
  };
}

/** Maps a request path to a regular file inside `base`, or undefined. */
async function serveFile(
  base: string,
  requestUrl: string,
): Promise<{ path: string; type: string } | undefined> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return undefined; // Malformed percent-encoding: treat as not found.
  }
  const path = resolve(join(base, pathname));
  if (path !== base && !path.startsWith(base + sep)) return undefined;
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw error;
  });
  if (!info?.isFile()) return undefined;
  return { path, type: CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream' };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done, fail) => server.close((error) => (error ? fail(error) : done())));
}
