/** `npm run dev` opens with the sample regions: the Vite dev server plus the sample-data plugin. */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { createServer } from 'vite';
import { APP_TIMEOUT_MS, type BrowserTestArgs } from './harness.ts';
import { sampleRegions } from './expected.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

export async function devServerOpensWithTheSampleRegions({ page }: BrowserTestArgs): Promise<void> {
  const server = await createServer({
    root: REPO_ROOT,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
  });
  try {
    await server.listen();
    const url = server.resolvedUrls?.local[0];
    assert.ok(url, 'the dev server has a local URL');
    await page.goto(url);
    const regions = sampleRegions();
    // The first visit may reload once while Vite optimises dependencies: wait on the result.
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="region-row"]').length === count,
      regions.length,
      { timeout: 2 * APP_TIMEOUT_MS },
    );
    assert.equal(await page.getByTestId('load-errors').count(), 0, 'no region failed to load');
  } finally {
    await server.close();
  }
}
