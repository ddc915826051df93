/**
 * A small static file server for the browser tests: serves folders (the built app) under
 * URL prefixes. Only GET and HEAD; paths are resolved inside their root (no `..` escapes).
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.gexf': 'application/xml; charset=utf-8',
  '.graphml': 'application/xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function mimeType(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticMount {
  /** URL prefix, starting and ending with '/'. */
  prefix: string;
  /** Folder on disk served under the prefix. */
  root: string;
}

export interface StaticServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** Resolves a URL path under a mount; null when it does not belong to it or escapes the root. */
export function resolveUnder(mount: StaticMount, urlPath: string): string | null {
  if (!urlPath.startsWith(mount.prefix)) return null;
  const rest = decodeURIComponent(urlPath.slice(mount.prefix.length));
  const root = resolve(mount.root);
  const full = resolve(root, normalize(rest));
  if (full !== root && !full.startsWith(root + sep)) return null;
  return full;
}

function fileAt(path: string): string | null {
  try {
    const stat = statSync(path);
    if (stat.isFile()) return path;
    if (stat.isDirectory()) {
      const index = join(path, 'index.html');
      if (statSync(index).isFile()) return index;
    }
  } catch {
    // not found: the caller tries the next mount
  }
  return null;
}

/** Starts the server on a free port of 127.0.0.1. Mounts are tried in order; longer prefixes first. */
export function startStaticServer(mounts: StaticMount[]): Promise<StaticServer> {
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const server: Server = createServer((request, response) => {
    const method = request.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let urlPath: string;
    try {
      urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    } catch {
      response.writeHead(400).end();
      return;
    }
    for (const mount of ordered) {
      const candidate = resolveUnder(mount, urlPath);
      const file = candidate === null ? null : fileAt(candidate);
      if (file === null) continue;
      response.writeHead(200, {
        'Content-Type': mimeType(file),
        'Content-Length': statSync(file).size,
        'Cache-Control': 'no-store',
      });
      if (method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
      return;
    }
    response
      .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
      .end('not found: ' + urlPath);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        baseUrl: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
