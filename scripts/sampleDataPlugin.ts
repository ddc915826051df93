/**
 * Vite plugin that makes the repository's sample-data/ folder (the sample regions:
 * index.json plus one folder of CSV files per region) available at /sample-data/:
 * served straight from disk by `vite dev` and `vite preview`, and copied into
 * dist/sample-data/ by `vite build`, so the app opens with real data everywhere.
 * Kept out of public/ so the data has one home that the importer tests read too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

export const SAMPLE_DATA_URL = '/sample-data/';

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.gexf': 'application/xml; charset=utf-8',
  '.graphml': 'application/xml; charset=utf-8',
};

/** Every file under `dir`, as paths relative to it with '/' separators, sorted. */
export function listSampleFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(folder);
    } catch {
      return; // no sample-data folder: nothing to serve
    }
    for (const entry of entries) {
      const full = join(folder, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** Maps a request URL to a file inside `dir`; null when outside /sample-data/ or outside the folder. */
export function sampleFileFor(dir: string, url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (!pathname.startsWith(SAMPLE_DATA_URL)) return null;
  const root = resolve(dir);
  const full = resolve(root, '.' + pathname.slice(SAMPLE_DATA_URL.length - 1));
  if (!full.startsWith(root + sep)) return null;
  try {
    return statSync(full).isFile() ? full : null;
  } catch {
    return null;
  }
}

/** Connect middleware serving `dir` at /sample-data/; anything else goes to `next`. */
export function sampleDataMiddleware(dir: string) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const file = sampleFileFor(dir, request.url ?? '/');
    if (file === null) {
      next();
      return;
    }
    const body = readFileSync(file);
    response.statusCode = 200;
    response.setHeader(
      'Content-Type',
      CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    );
    response.setHeader('Content-Length', body.length);
    response.setHeader('Cache-Control', 'no-cache');
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}

export function sampleDataPlugin(options: { dir?: string } = {}): Plugin {
  let dir = options.dir ?? '';
  return {
    name: 'cluster-network-workbench:sample-data',
    configResolved(config) {
      dir = resolve(config.root, options.dir ?? 'sample-data');
    },
    configureServer(server) {
      server.middlewares.use(sampleDataMiddleware(dir));
      // Editing a sample CSV reloads the page so the app re-imports it.
      server.watcher.add(dir);
      server.watcher.on('change', (file) => {
        if (resolve(file).startsWith(dir + sep)) server.ws.send({ type: 'full-reload' });
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use(sampleDataMiddleware(dir));
    },
    generateBundle() {
      for (const file of listSampleFiles(dir)) {
        this.emitFile({
          type: 'asset',
          fileName: SAMPLE_DATA_URL.slice(1) + file,
          source: readFileSync(join(dir, file)),
        });
      }
    },
  };
}
