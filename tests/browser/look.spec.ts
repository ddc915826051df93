/**
 * Looking at the network: filters change what is drawn (graph-stats against counts made
 * in Node from the sample files), colour-by and size-by change the legend and the drawn
 * nodes (read from the Cytoscape instance on the container), layouts move nodes, and
 * the changes are undoable.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { deriveGraph } from '../../src/graph/levels.ts';
import { importFiles } from '../../src/io/index.ts';
import { CLUSTER_FILES } from '../../src/store/sampleLoader.ts';
import { APP_TIMEOUT_MS, waitForText, type BrowserTestArgs } from './harness.ts';
import { SAMPLE_DIR, sampleRegions } from './expected.ts';
import { nodePoint } from './scenesShared.ts';

const SCREEN_DIR = resolve(import.meta.dirname, '..', '..', 'test-results');

interface DrawnNode {
  key: string;
  colour: string | undefined;
  width: number;
  x: number;
  y: number;
  sector: string;
  degree: number;
}

type CyLike = {
  nodes(): {
    map<T>(
      f: (n: {
        data(k: string): unknown;
        width(): number;
        position(): { x: number; y: number };
        degree(loops: boolean): number;
      }) => T,
    ): T[];
  };
};

async function open(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl + '/');
  await page
    .locator('[data-testid="graph-canvas"][data-state="ready"]')
    .waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
  await page.getByTestId('progress').waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });
}

async function drawnNodes(page: Page): Promise<DrawnNode[]> {
  return page.getByTestId('graph-canvas').evaluate((element) => {
    const cy = (element as unknown as { _cyreg: { cy: CyLike } })._cyreg.cy;
    return cy.nodes().map((n) => ({
      key: n.data('key') as string,
      colour: n.data('colour') as string | undefined,
      width: n.width(),
      x: n.position().x,
      y: n.position().y,
      sector: n.data('sector') as string,
      degree: n.degree(false),
    }));
  });
}

async function legendCategories(page: Page): Promise<{ value: string; colour: string }[]> {
  return page.getByTestId('legend-category').evaluateAll((items) =>
    items.map((item) => ({
      value: item.getAttribute('data-category') ?? '',
      colour: item.getAttribute('data-colour') ?? '',
    })),
  );
}

async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  const deadline = Date.now() + APP_TIMEOUT_MS;
  let last = await read();
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`${what}: not seen; last ${JSON.stringify(last)}`);
    await sleep(150);
    last = await read();
  }
  return last;
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The first region's organization graph, derived in Node from the sample files. */
async function firstRegionGraph() {
  const region = sampleRegions()[0];
  const files = CLUSTER_FILES.flatMap((name) => {
    try {
      return [{ name, bytes: new Uint8Array(readFileSync(join(SAMPLE_DIR, region.folder, name))) }];
    } catch {
      return [];
    }
  });
  const outcome = await importFiles(files, { datasetName: region.name });
  if (!outcome.ok) throw new Error(outcome.error);
  return deriveGraph(outcome.dataset, 'organizations');
}

const stats = (nodes: number, edges: number) =>
  `${nodes.toLocaleString('en')} nodes · ${edges.toLocaleString('en')} edges`;

export async function filtersChangeWhatIsDrawn({ page, baseUrl }: BrowserTestArgs): Promise<void> {
  const graph = await firstRegionGraph();
  await open(page, baseUrl);
  await waitForText(page, 'graph-stats', (t) => t === stats(graph.order, graph.size), 'all');
  const isolates = graph.filterNodes((key) => graph.degree(key) === 0).length;
  assert.ok(isolates > 0, 'the first region has isolates to hide');
  const before = new Map((await drawnNodes(page)).map((n) => [n.key, n]));
  await page.getByTestId('filter-isolates').check();
  await waitForText(
    page,
    'graph-stats',
    (t) => t === stats(graph.order - isolates, graph.size),
    'isolates hidden',
  );
  // The nodes still shown keep their places.
  for (const node of await drawnNodes(page)) {
    const old = before.get(node.key)!;
    assert.ok(Math.hypot(node.x - old.x, node.y - old.y) < 1e-6, `${node.key} kept its place`);
  }
  assert.match(await page.getByTestId('filter-summary').innerText(), /isolates hidden/);

  // Sector filter on top: industry unticked drops its nodes and their ties.
  await page.getByTestId('filter-panel').locator('summary', { hasText: 'Sectors' }).click();
  await page.locator('[data-testid="filter-sector"][data-value="industry"]').uncheck();
  const kept = graph.filterNodes((k) => graph.getNodeAttribute(k, 'sector') !== 'industry');
  const keptSet = new Set(kept);
  const ties = graph.filterEdges((_e, _a, s, t) => keptSet.has(s) && keptSet.has(t));
  const tied = new Set(ties.flatMap((e) => graph.extremities(e)));
  await waitForText(
    page,
    'graph-stats',
    (t) => t === stats(tied.size, ties.length),
    'industry hidden',
  );
  mkdirSync(SCREEN_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREEN_DIR, 'look-filtered.png') });

  await page.getByTestId('filter-reset').click();
  await waitForText(page, 'graph-stats', (t) => t === stats(graph.order, graph.size), 'reset');
  // Undo brings the filters back.
  await page.keyboard.press('Control+z');
  await waitForText(page, 'graph-stats', (t) => t === stats(tied.size, ties.length), 'undone');
}

export async function colourByChangesLegendAndNodes({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  await open(page, baseUrl);
  const sectors = await until(
    'sector legend',
    () => legendCategories(page),
    (c) => c.length > 0,
  );
  assert.ok(sectors.some((c) => c.value === 'academia'));
  const byType = async () => {
    await page.getByTestId('color-by').selectOption('type');
    return until(
      'type legend',
      () => legendCategories(page),
      (c) => c.length > 0 && !c.some((x) => x.value === 'academia'),
    );
  };
  const types = await byType();
  assert.ok(
    types.some((c) => c.value === 'university'),
    JSON.stringify(types),
  );
  const nodes = await drawnNodes(page);
  const legendColours = new Set(types.map((c) => c.colour));
  for (const node of nodes) assert.ok(legendColours.has(node.colour ?? ''), `${node.key} colour`);
  // Every university is drawn in the legend's university colour.
  const university = types.find((c) => c.value === 'university')!.colour;
  assert.ok(nodes.filter((n) => n.colour === university).length > 0);

  // Community: once metrics exist the legend lists numbered communities.
  await page.getByTestId('color-by').selectOption('community');
  const communities = await until(
    'community legend',
    () => legendCategories(page),
    (c) => c.some((x) => x.value === '1'),
  );
  assert.ok(communities.length >= 2);
  const after = await drawnNodes(page);
  assert.ok(new Set(after.map((n) => n.colour)).size >= 2, 'communities get different colours');
  await page.screenshot({ path: join(SCREEN_DIR, 'look-community.png') });
}

export async function sizeByChangesNodeSizes({ page, baseUrl }: BrowserTestArgs): Promise<void> {
  await open(page, baseUrl);
  await page.getByTestId('size-by').selectOption('uniform');
  const uniform = await until(
    'uniform sizes',
    () => drawnNodes(page),
    (n) => new Set(n.map((x) => x.width)).size === 1,
  );
  assert.ok(uniform.length > 0);
  await page.getByTestId('size-by').selectOption('degree');
  const sized = await until(
    'degree sizes',
    () => drawnNodes(page),
    (n) => new Set(n.map((x) => x.width)).size > 1,
  );
  // Larger degree, never a smaller disc; the best-connected node is the largest.
  const sorted = [...sized].sort((a, b) => a.degree - b.degree);
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i].degree > sorted[i - 1].degree)
      assert.ok(sorted[i].width >= sorted[i - 1].width, `${sorted[i].key} not smaller`);
  assert.equal(
    (await page.getByTestId('legend-size-by').getAttribute('data-size-by')) ?? '',
    'degree',
  );
  await page.getByTestId('size-by').selectOption('betweenness');
  await until(
    'betweenness legend',
    () => page.getByTestId('legend-size-by').getAttribute('data-size-by'),
    (v) => v === 'betweenness',
  );
}

export async function layoutsMoveNodes({ page, baseUrl }: BrowserTestArgs): Promise<void> {
  await open(page, baseUrl);
  const before = await drawnNodes(page);
  for (const name of ['grid', 'concentric', 'circle', 'fcose']) {
    const previous = await drawnNodes(page);
    await page.getByTestId('layout-select').selectOption(name);
    const moved = await until(
      `${name} moves nodes`,
      () => drawnNodes(page),
      (now) => now.some((n, i) => Math.hypot(n.x - previous[i].x, n.y - previous[i].y) > 1),
    );
    assert.equal(moved.length, before.length);
  }
  await page.screenshot({ path: join(SCREEN_DIR, 'look-fcose.png') });
  // Back to ForceAtlas2: it runs in the worker and ends with the drawing in place.
  await page.getByTestId('layout-select').selectOption('forceAtlas2');
  await page.getByTestId('layout-run').waitFor({ timeout: APP_TIMEOUT_MS });
  await page.getByRole('button', { name: /Undo/ }).click();
  assert.equal(await page.getByTestId('layout-select').inputValue(), 'fcose');
}

export async function forceAtlas2ShowsProgressAndStops({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  await open(page, baseUrl);
  // Hold the ForceAtlas2 worker script back, so the run is certainly in progress.
  await page.route('**/*forceAtlas2.worker*', async (route) => {
    await sleep(4000);
    await route.continue();
  });
  await page.getByTestId('layout-run').click();
  const progress = page.getByTestId('layout-progress');
  await progress.waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
  assert.match(await progress.innerText(), /Laying out \(ForceAtlas2\) \d+%/);
  await page.getByTestId('layout-stop').click();
  await progress.waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });
  await page.getByText('Stopped; the picture so far is kept.').waitFor({ timeout: APP_TIMEOUT_MS });
  const nodes = await drawnNodes(page);
  assert.ok(nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y)));
  assert.ok(new Set(nodes.map((n) => `${Math.round(n.x)},${Math.round(n.y)}`)).size > 1);
}

/**
 * Hovering a node (a real mouse move) labels it and every partner and fades the rest;
 * moving away takes the labels back to the top-N ones. Expected partners come from the
 * graph derived in Node, not from the canvas.
 */
export async function hoverLabelsTheNeighbourhood({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  const graph = await firstRegionGraph();
  await open(page, baseUrl);
  await waitForText(page, 'graph-stats', (t) => t === stats(graph.order, graph.size), 'all');
  // A node with a few partners, not the hub (whose partners are labelled anyway).
  const key = graph.nodes().find((k) => graph.degree(k) >= 3 && graph.degree(k) <= 8)!;
  const expected = [key, ...graph.neighbors(key)].sort();
  const point = await nodePoint(page, key);
  await page.mouse.move(point.x, point.y);
  const read = () =>
    page.getByTestId('graph-canvas').evaluate((element) => {
      interface Node {
        data(k: string): unknown;
        style(p: string): string;
        hasClass(c: string): boolean;
      }
      const cy = (
        element as unknown as { _cyreg: { cy: { nodes(): Node[] & { toArray(): Node[] } } } }
      )._cyreg.cy;
      const nodes = cy.nodes().toArray();
      return {
        labelled: nodes
          .filter((n) => n.style('label') !== '')
          .map((n) => n.data('key') as string)
          .sort(),
        faded: nodes.filter((n) => n.hasClass('faded')).length,
      };
    });
  let hovered = await read();
  for (let i = 0; i < 20 && hovered.faded === 0; i++) {
    await page.waitForTimeout(100);
    hovered = await read();
  }
  for (const k of expected) assert.ok(hovered.labelled.includes(k), `${k} labelled on hover`);
  assert.equal(hovered.faded, graph.order - expected.length, 'everything else faded');
  await page.mouse.move(2, 2);
  await page.waitForTimeout(200);
  const after = await read();
  assert.equal(after.faded, 0, 'nothing faded after the mouse leaves');
  assert.ok(
    expected.some((k) => !after.labelled.includes(k)),
    'the neighbourhood labels go again (they are not all top-N labels)',
  );
}
