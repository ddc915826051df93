import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import {
  listSampleFiles,
  sampleDataMiddleware,
  sampleDataPlugin,
  sampleFileFor,
} from '../../../scripts/sampleDataPlugin.ts';

// A throw-away project: index.html plus a sample-data folder with one region.
let root: string;
let dataDir: string;
const INDEX_JSON = '[{"id":"sapporo","folder":"sapporo"}]';
const CSV = 'id,name,sector\nO1,北海道大学,academia\n';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sample-plugin-'));
  dataDir = join(root, 'sample-data');
  mkdirSync(join(dataDir, 'sapporo'), { recursive: true });
  writeFileSync(join(dataDir, 'index.json'), INDEX_JSON);
  writeFileSync(join(dataDir, 'sapporo', 'organizations.csv'), CSV);
  writeFileSync(join(root, 'secret.txt'), 'outside the data folder');
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title><p>t</p>');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('sampleDataPlugin', () => {
  it('lists every file of the folder with / separators', () => {
    expect(listSampleFiles(dataDir)).toEqual(['index.json', 'sapporo/organizations.csv']);
    expect(listSampleFiles(join(root, 'missing'))).toEqual([]);
  });

  it('maps /sample-data/ URLs into the folder and nothing outside it', () => {
    expect(sampleFileFor(dataDir, '/sample-data/index.json')).toBe(join(dataDir, 'index.json'));
    expect(sampleFileFor(dataDir, '/sample-data/sapporo/organizations.csv?x=1')).toBe(
      join(dataDir, 'sapporo', 'organizations.csv'),
    );
    expect(sampleFileFor(dataDir, '/sample-data/../secret.txt')).toBeNull();
    expect(sampleFileFor(dataDir, '/sample-data/%2e%2e/secret.txt')).toBeNull();
    expect(sampleFileFor(dataDir, '/sample-data/nope.csv')).toBeNull();
    expect(sampleFileFor(dataDir, '/sample-data/sapporo')).toBeNull();
    expect(sampleFileFor(dataDir, '/index.json')).toBeNull();
  });

  it('serves the files over HTTP with their content type and passes other URLs on', async () => {
    const middleware = sampleDataMiddleware(dataDir);
    const server: Server = createServer((request, response) =>
      middleware(request, response, () => response.writeHead(404).end('next')),
    );
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const csv = await fetch(base + '/sample-data/sapporo/organizations.csv');
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(await csv.text()).toBe(CSV);
      const json = await fetch(base + '/sample-data/index.json');
      expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await json.json()).toEqual(JSON.parse(INDEX_JSON));
      const other = await fetch(base + '/src/main.tsx');
      expect(other.status).toBe(404);
      expect(await other.text()).toBe('next');
    } finally {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    }
  });

  it('copies the folder into dist/sample-data on build', async () => {
    const outDir = join(root, 'dist');
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [sampleDataPlugin()],
      build: { outDir, emptyOutDir: true },
    });
    expect(readFileSync(join(outDir, 'sample-data', 'index.json'), 'utf8')).toBe(INDEX_JSON);
    expect(readFileSync(join(outDir, 'sample-data', 'sapporo', 'organizations.csv'), 'utf8')).toBe(
      CSV,
    );
  });
});
