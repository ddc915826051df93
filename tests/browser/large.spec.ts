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

interface LayerNodes {
  length: number;
  filter(test: (node: { visible(): boolean; interactive(): boolean }) => boolean): {
    length: number;
  };
}

interface LayerCy {
  edges(): { length: number };
  nodes(selector?: string): LayerNodes;
  getElementById(id: string): { renderedPosition(): { x: number; y: number } };
}

/**
 * Sums of alpha over the graph layer's pixels: all of them (how much is drawn), and the
 * coloured ones (channel spread above 60: the sector-coloured nodes, not the grey ties).
 */
function layerInk(page: Page): Promise<{ ink: number; colour: number }> {
  return page.getByTestId('graph-layer').evaluate((element) => {
    const canvas = element as HTMLCanvasElement;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    let colour = 0;
    for (let i = 0; i < data.length; i += 4) {
      ink += data[i + 3];
      const spread =
        Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]);
      if (spread > 60) colour += data[i + 3];
    }
    return { ink, colour };
  });
}

/** How many of Cytoscape's nodes it draws itself, and how many answer the pointer. */
function cytoscapeNodes(page: Page): Promise<{ drawn: number; interactive: number }> {
  return page.getByTestId('graph-canvas').evaluate((element) => {
    const cy = (element as unknown as { _cyreg: { cy: LayerCy } })._cyreg.cy;
    const nodes = cy.nodes();
    return {
      drawn: nodes.filter((node) => node.visible()).length,
      interactive: nodes.filter((node) => node.interactive()).length,
    };
  });
}

/**
 * Above LARGE_ELEMENTS the ties are not Cytoscape edges but strokes on the graph layer
 * under it (src/view/layer), and with the 2D renderer the layer draws the nodes too,
 * Cytoscape keeping them invisible but under the pointer: all ties are counted and
 * drawn, hovering a node fades every tie and node but its own and labels its partners,
 * and an SVG export still holds every tie and node, after which Cytoscape hides them again.
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
  // GraphCanvas's skipLayeredTextures and skipElementDrawing reach into Cytoscape's
  // renderer: still in place?
  const skipped = await canvas.evaluate((element) => {
    const cy = (element as unknown as { _cyreg: { cy: { renderer(): unknown } } })._cyreg.cy;
    const renderer = cy.renderer() as {
      data?: { lyrTxrCache?: { cnwSkipped?: boolean } };
      cnwSkipsElements?: boolean;
    };
    return {
      layers: renderer.data?.lyrTxrCache?.cnwSkipped === true,
      elements: renderer.cnwSkipsElements === true,
    };
  });
  assert.deepEqual(
    skipped,
    { layers: true, elements: true },
    "Cytoscape's layered texture cache and element drawing are skipped",
  );
  assert.deepEqual(
    await cytoscapeNodes(page),
    { drawn: 0, interactive: NODES },
    'Cytoscape draws no node but every node answers the pointer',
  );
  await page.waitForTimeout(300);
  const { ink: full, colour: fullColour } = await layerInk(page);
  assert.ok(full > 1_000_000, `the layer holds the ties (alpha sum ${full})`);
  assert.ok(fullColour > 100_000, `the layer holds the coloured nodes (${fullColour})`);

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
  assert.ok(hovered.ink < full * 0.3, `hovering fades the other ties (${hovered.ink} vs ${full})`);
  assert.ok(
    hovered.colour < fullColour * 0.5,
    `hovering fades the other nodes (${hovered.colour} vs ${fullColour})`,
  );
  await page.mouse.move(box.x + 2, box.y + 2);
  await page.waitForTimeout(300);
  const after = await layerInk(page);
  assert.ok(
    Math.abs(after.ink - full) < full * 0.02 &&
      Math.abs(after.colour - fullColour) < fullColour * 0.02,
    `leaving restores them (${after.ink} vs ${full}, ${after.colour} vs ${fullColour})`,
  );

  await page.getByTestId('export-button').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-svg').click(),
  ]);
  const svg = readFileSync(await file.path(), 'utf8');
  const strokes = svg.match(/<path/g)?.length ?? 0;
  assert.ok(
    strokes >= ties + NODES,
    `the SVG draws every tie and node (${strokes} paths for ${ties} ties, ${NODES} nodes)`,
  );
  const cyEdgesAfter = await canvas.evaluate(
    (element) => (element as unknown as { _cyreg: { cy: LayerCy } })._cyreg.cy.edges().length,
  );
  assert.equal(cyEdgesAfter, 0, 'the ties leave Cytoscape after the export');
  assert.equal((await cytoscapeNodes(page)).drawn, 0, 'Cytoscape hides the nodes again');
}

/**
 * fcose on a large graph lays out the network, not isolated nodes: its ties are on the
 * graph layer, not in Cytoscape, and are added for the run. (The layout was once made
 * before they were added; it then saw 3,000 isolated nodes and piled them into a box a
 * few units wide.) Afterwards the ties are off Cytoscape again and it draws no node.
 */
export async function fcoseOnALargeGraphUsesItsTies({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  await importLarge(page, baseUrl);
  const report = page.getByTestId('import-report');
  await report.getByRole('button', { name: 'Close' }).click();
  await report.waitFor({ state: 'detached' });
  await page.getByTestId('layout-progress').waitFor({ state: 'detached', timeout: 90_000 });
  await page.getByTestId('layout-select').selectOption('fcose');
  // fcose runs for seconds on 3,000 nodes: its progress shows, then goes.
  await page.getByTestId('layout-progress').waitFor({ timeout: APP_TIMEOUT_MS });
  await page.getByTestId('layout-progress').waitFor({ state: 'detached', timeout: 90_000 });
  const spread = await page.getByTestId('graph-canvas').evaluate((element) => {
    const cy = (element as unknown as { _cyreg: { cy: LayerCy } })._cyreg.cy;
    const nodes = cy.nodes() as unknown as { position(): { x: number; y: number } }[];
    const xs: number[] = [];
    const ys: number[] = [];
    nodes.forEach((node) => {
      xs.push(node.position().x);
      ys.push(node.position().y);
    });
    return {
      width: Math.max(...xs) - Math.min(...xs),
      height: Math.max(...ys) - Math.min(...ys),
      edges: cy.edges().length,
    };
  });
  assert.ok(
    spread.width > 100 && spread.height > 100,
    `fcose spreads the network out (${spread.width.toFixed(1)} × ${spread.height.toFixed(1)})`,
  );
  assert.equal(spread.edges, 0, 'the ties leave Cytoscape after the run');
  assert.equal((await cytoscapeNodes(page)).drawn, 0, 'Cytoscape still draws no node');
}
