import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mimeType, resolveUnder, startStaticServer } from '../../../tests/browser/staticServer.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(root, 'dist', 'assets'), { recursive: true });
  writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><p>app</p>');
  writeFileSync(join(root, 'dist', 'assets', 'main.js'), 'console.log(1)');
  writeFileSync(join(root, 'dist', 'assets', 'kernel.wasm'), new Uint8Array([0, 97, 115, 109]));
  writeFileSync(join(root, 'secret.txt'), 'outside');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('static server for the browser tests', () => {
  it('names the MIME types browsers insist on (module scripts, wasm)', () => {
    expect(mimeType('a/b.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('b.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('c.wasm')).toBe('application/wasm');
    expect(mimeType('d.json')).toBe('application/json; charset=utf-8');
    expect(mimeType('e.CSV')).toBe('text/csv; charset=utf-8');
    expect(mimeType('f.unknown')).toBe('application/octet-stream');
  });

  it('never resolves outside the mounted folder', () => {
    const mount = { prefix: '/', root: join(root, 'dist') };
    expect(resolveUnder(mount, '/assets/main.js')).toBe(join(root, 'dist', 'assets', 'main.js'));
    expect(resolveUnder(mount, '/../secret.txt')).toBeNull();
    expect(resolveUnder(mount, '/%2e%2e/secret.txt')).toBeNull();
    expect(resolveUnder({ prefix: '/x/', root }, '/y/z')).toBeNull();
  });

  it('serves files, index.html for folders, 404 otherwise, and only GET/HEAD', async () => {
    const server = await startStaticServer([{ prefix: '/', root: join(root, 'dist') }]);
    try {
      const index = await fetch(server.baseUrl + '/');
      expect(index.status).toBe(200);
      expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await index.text()).toContain('app');
      const wasm = await fetch(server.baseUrl + '/assets/kernel.wasm');
      expect(wasm.headers.get('content-type')).toBe('application/wasm');
      expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
      expect((await fetch(server.baseUrl + '/%2e%2e/secret.txt')).status).toBe(404);
      expect((await fetch(server.baseUrl + '/missing.js')).status).toBe(404);
      expect((await fetch(server.baseUrl + '/', { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });
});
