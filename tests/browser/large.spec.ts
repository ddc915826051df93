/**
 * Large graphs are drawn first and laid out after (src/ui/layout/useLayouts.ts): a
 * generated 3,000-node network (above DRAW_FIRST_ABOVE) is on the canvas, `ready`, while
 * ForceAtlas2 still runs in its worker; the run then finishes with the drawing kept.
 * No timings here: speed is `npm run bench -- browser`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

interface LayerCy {
  edges(): { length: number };
  nodes(selector?: string): { length: number };
  getElementById(id: string): { renderedPosition(): { x: number; y: number } };
}

/** Sum of alpha over the edge layer's pixels: how much tie is drawn. */
function layerInk(page: Page): Promise<number> {
  return page.getByTestId('edge-layer').evaluate((element) => {
    const canvas = element as HTMLCanvasElement;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 3; i < data.length; i += 4) ink += data[i];
    return ink;
  });
}

/**
 * Above LARGE_ELEMENTS the ties are not Cytoscape edges but strokes on the edge layer
 * under it (src/view/layer): all of them are counted and drawn, hovering a node fades
 * every tie but its own and labels its partners, and an SVG export still holds every tie.
 */
export async function largeGraphTiesAreOnTheirOwnLayer({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  const csr = makeCollabGraph(NODES, EDGES, 3);
  let hub = 0;
  for (let u = 1; u < csr.n; u++)
    if (csr.offsets[u + 1] - csr.offsets[u] > csr.offsets[hub + 1] - csr.offsets[hub]) hub = u;
  const hubDegree = csr.offsets[hub + 1] - csr.offsets[hub];
  await importLarge(page, baseUrl);
  const report = page.getByTestId('import-report');
  await report.getByRole('button', { name: 'Close' }).click();
  await report.waitFor({ state: 'detached' });
  await page.getByTestId('layout-progress').waitFor({ state: 'detached', timeout: 90_000 });
  const ties = csr.targets.length / 2;
  assert.equal(
    await page.getByTestId('graph-stats').innerText(),
    `3,000 nodes · ${ties.toLocaleString('en')} edges`,
  );
  const canvas = page.getByTestId('graph-canvas');
  const cyEdges = await canvas.evaluate(
    (element) => (element as unknown as { _cyreg: { cy: LayerCy } })._cyreg.cy.edges().length,
  );
  assert.equal(cyEdges, 0, 'no Cytoscape edges: the ties are on the layer');
  // GraphCanvas's skipLayeredTextures reaches into Cytoscape's renderer: still in place?
  const layered = await canvas.evaluate((element) => {
    const cy = (element as unknown as { _cyreg: { cy: { renderer(): unknown } } })._cyreg.cy;
    const renderer = cy.renderer() as { data?: { lyrTxrCache?: { cnwSkipped?: boolean } } };
    return renderer.data?.lyrTxrCache?.cnwSkipped === true;
  });
  assert.equal(layered, true, "Cytoscape's layered texture cache is skipped");
  await page.waitForTimeout(300);
  const full = await layerInk(page);
  assert.ok(full > 1_000_000, `the layer holds the ties (alpha sum ${full})`);

  const box = await canvas.boundingBox();
  assert.ok(box);
  const at = await canvas.evaluate(
    (element, id) =>
      (element as unknown as { _cyreg: { cy: LayerCy } })._cyreg.cy
        .getElementById(id)
        .renderedPosition(),
    `n:n${hub}`,
  );
  await page.mouse.move(box.x + at.x, box.y + at.y);
  await page.waitForFunction(
    (degree) => {
      const element = document.querySelector('[data-testid="graph-canvas"]');
      const cy = (element as unknown as { _cyreg: { cy: LayerCy } })._cyreg.cy;
      return cy.nodes('.near').length === degree + 1;
    },
    hubDegree,
    { timeout: APP_TIMEOUT_MS },
  );
  await page.waitForTimeout(300);
  const hovered = await layerInk(page);
  assert.ok(hovered < full * 0.3, `hovering fades the other ties (${hovered} vs ${full})`);
  await page.mouse.move(box.x + 2, box.y + 2);
  await page.waitForTimeout(300);
  const after = await layerInk(page);
  assert.ok(Math.abs(after - full) < full * 0.02, `leaving restores them (${after} vs ${full})`);

  await page.getByTestId('export-button').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-svg').click(),
  ]);
  const svg = readFileSync(await file.path(), 'utf8');
  const strokes = svg.match(/<path/g)?.length ?? 0;
  assert.ok(strokes >= ties, `the SVG draws every tie (${strokes} paths for ${ties} ties)`);
  const cyEdgesAfter = await canvas.evaluate(
    (element) => (element as unknown as { _cyreg: { cy: LayerCy } })._cyreg.cy.edges().length,
  );
  assert.equal(cyEdgesAfter, 0, 'the ties leave Cytoscape after the export');
}
