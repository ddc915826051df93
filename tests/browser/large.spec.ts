/**
 * Large graphs are drawn first and laid out after (src/ui/layout/useLayouts.ts): a
 * generated 3,000-node network (above DRAW_FIRST_ABOVE) is on the canvas, `ready`, while
 * ForceAtlas2 still runs in its worker; the run then finishes with the drawing kept.
 * No timings here: speed is `npm run bench -- browser`.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { APP_TIMEOUT_MS, waitForText, type BrowserTestArgs } from './harness.ts';
import { makeCollabGraph } from '../../scripts/bench/collabGraph.ts';
import { toCsvFiles } from '../../scripts/bench/collabCsv.ts';

const NODES = 3000;
const EDGES = 9000;

/** Records, when graph-canvas turns `ready`, whether the layout was still running. */
async function watchFirstDraw(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __firstDraw?: { layoutRunning: boolean; stats: string } };
    const canvas = document.querySelector('[data-testid="graph-canvas"]')!;
    const observer = new MutationObserver(() => {
      if (canvas.getAttribute('data-state') !== 'ready') return;
      const stats = document.querySelector('[data-testid="graph-stats"]')?.textContent ?? '';
      if (!stats.startsWith('3,000 nodes')) return;
      w.__firstDraw = {
        layoutRunning: document.querySelector('[data-testid="layout-progress"]') !== null,
        stats,
      };
      observer.disconnect();
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}

async function importLarge(page: Page, baseUrl: string, query = ''): Promise<void> {
  await page.goto(baseUrl + '/' + query);
  await page.getByTestId('file-input').waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
  await waitForText(page, 'graph-stats', (t) => /^\d[\d,]* nodes/.test(t), 'the sample drawn');
  await watchFirstDraw(page);
  await page
    .getByTestId('file-input')
    .setInputFiles(toCsvFiles(makeCollabGraph(NODES, EDGES, 3), 5));
  await page.waitForFunction(
    () => (window as unknown as { __firstDraw?: unknown }).__firstDraw !== undefined,
    null,
    { timeout: 60_000 },
  );
}

export async function largeGraphIsDrawnWhileLayoutRuns({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  await importLarge(page, baseUrl);
  const first = await page.evaluate(
    () => (window as unknown as { __firstDraw: { layoutRunning: boolean } }).__firstDraw,
  );
  assert.equal(first.layoutRunning, true, 'drawn (ready) before ForceAtlas2 finished');
  // The run goes on and finishes with the drawing kept.
  await page.getByTestId('layout-progress').waitFor({ state: 'detached', timeout: 90_000 });
  assert.equal(await page.getByTestId('graph-canvas').getAttribute('data-state'), 'ready');
  assert.match(await page.getByTestId('graph-stats').innerText(), /^3,000 nodes/);
  assert.equal(await page.getByTestId('graph-canvas').getAttribute('data-renderer'), 'canvas');
}

/** Pixels clearly darker than the canvas background (sum of RGB < 720 vs ~750): what is drawn. */
async function drawnPixels(page: Page): Promise<number> {
  const png = await page.getByTestId('graph-canvas').screenshot();
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 720) dark++;
    return dark;
  }, png.toString('base64'));
}

/**
 * Cytoscape's WebGL renderer (forced with ?renderer=webgl, since this machine's only
 * WebGL2 is SwiftShader, for which the rule picks the 2D canvas) draws the large graph.
 */
export async function largeGraphIsDrawnWithWebgl({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  await importLarge(page, baseUrl, '?renderer=webgl');
  const canvas = page.getByTestId('graph-canvas');
  assert.equal(await canvas.getAttribute('data-renderer'), 'webgl');
  assert.equal(
    // Cytoscape's layers all hold a context by now; only its WebGL layer answers webgl2.
    await canvas.evaluate((el) =>
      [...el.querySelectorAll('canvas')].some((layer) => layer.getContext('webgl2') !== null),
    ),
    true,
    'a WebGL2 canvas in the graph canvas',
  );
  // The import report would cover (and grey) the canvas.
  const report = page.getByTestId('import-report');
  await report.getByRole('button', { name: 'Close' }).click();
  await report.waitFor({ state: 'detached' });
  // Cytoscape repaints once the dialog is gone: poll for the picture, up to ~10 s.
  let pixels = 0;
  for (let i = 0; i < 50 && pixels <= 20_000; i++) {
    if (i > 0) await page.waitForTimeout(200);
    pixels = await drawnPixels(page);
  }
  assert.ok(pixels > 20_000, `nodes and ties are on the screen (${pixels} drawn pixels)`);
}
