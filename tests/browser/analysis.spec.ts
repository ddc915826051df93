/**
 * The analysis panels in the browser: the scorecard's numbers once the metrics worker is
 * done, search → details, the node table (count, sort by betweenness, row selects) and
 * the shortest-path focus. Expected values are computed here in Node from the same sample
 * files with the importer, the level derivation and graphology-metrics / plain counting,
 * not with the panels' code.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { Page } from 'playwright-core';
import { importFiles } from '../../src/io/index.ts';
import { deriveGraph } from '../../src/graph/levels.ts';
import type { SimpleGraph } from '../../src/model/index.ts';
import { CLUSTER_FILES } from '../../src/store/sampleLoader.ts';
import { APP_TIMEOUT_MS, textOf, waitForText, type BrowserTestArgs } from './harness.ts';
import { SAMPLE_DIR, sampleRegions } from './expected.ts';

const SCREEN_DIR = resolve(import.meta.dirname, '..', '..', 'test-results');

async function firstRegionDataset() {
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
  return outcome;
}

async function firstRegionGraph(): Promise<SimpleGraph> {
  return deriveGraph((await firstRegionDataset()).dataset, 'organizations');
}

async function openWithMetrics(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl + '/');
  await page
    .locator('[data-testid="scorecard"][data-status="done"]')
    .waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
  await page
    .locator('[data-testid="graph-canvas"][data-state="ready"]')
    .waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREEN_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREEN_DIR, name) });
}

export async function scorecardShowsTheNumbersOfTheShownGraph({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  const graph = await firstRegionGraph();
  await openWithMetrics(page, baseUrl);
  const n = graph.order;
  const m = graph.size;
  const density = (2 * m) / (n * (n - 1));
  let cross = 0;
  let known = 0;
  graph.forEachEdge((_e, _a, _s, _t, source, target) => {
    if (source.sector === 'unknown' || target.sector === 'unknown') return;
    known += 1;
    if (source.sector !== target.sector) cross += 1;
  });
  const forText = await textOf(page, 'scorecard-for');
  assert.ok(forText.includes(`${n.toLocaleString('en')} actors`), forText);
  assert.ok(forText.includes(`${m.toLocaleString('en')} ties`), forText);
  assert.ok(forText.includes('organizations'), forText);
  assert.equal(await textOf(page, 'metric-nodes'), n.toLocaleString('en'));
  assert.equal(await textOf(page, 'metric-edges'), m.toLocaleString('en'));
  const shownDensity = Number(await textOf(page, 'metric-density'));
  assert.ok(
    Math.abs(shownDensity - density) <= 0.0005 * density + 1e-9,
    `${shownDensity} vs ${density}`,
  );
  const share = await textOf(page, 'metric-crossSectorShare');
  assert.equal(share, `${((100 * cross) / known).toFixed(1)}%`);
  // The heatmap's cells add up to the ties (each off-diagonal pair shown twice).
  const cells = await page
    .locator('[data-testid="mixing-heatmap"] tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('td')].map((td) => Number(td.textContent?.replace(/,/g, ''))),
      ),
    );
  let total = 0;
  cells.forEach((row, i) => row.forEach((count, j) => (total += j >= i ? count : 0)));
  assert.equal(total, m);
  assert.ok(Number(await page.getByTestId('degree-chart').getAttribute('data-bins')) > 1);
  await page.locator('[data-metric="density"] summary').click();
  assert.ok((await textOf(page, 'scorecard')).includes('share of all possible pairs'));
  await shot(page, 'analysis-scorecard.png');
  await page.getByTestId('degree-chart').scrollIntoViewIfNeeded();
  assert.ok(
    (await page.locator('[data-testid="degree-chart"] .recharts-bar-rectangle').count()) > 0,
  );
  await shot(page, 'analysis-scorecard-charts.png');
  // Another level is a new view: computed automatically, and the scorecard names it.
  const people = deriveGraph((await firstRegionDataset()).dataset, 'people');
  await page.getByTestId('level-select').selectOption('people');
  await waitForText(
    page,
    'scorecard-for',
    (text) =>
      text.startsWith('For ') &&
      text.includes(' people ') &&
      text.includes(`${people.order.toLocaleString('en')} actors`),
    'the scorecard of the people level',
  );
  await page
    .locator('[data-testid="scorecard"][data-status="done"]')
    .waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
  assert.equal(await textOf(page, 'metric-nodes'), people.order.toLocaleString('en'));
}

export async function searchingAJapaneseNameShowsTheActor({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  const graph = await firstRegionGraph();
  // A Japanese-named actor with partners: the university with the most ties.
  const target = graph
    .filterNodes((_key, attributes) => /大学/.test(attributes.label))
    .sort((a, b) => graph.degree(b) - graph.degree(a))[0];
  assert.ok(target, 'a university in the sample');
  const label = graph.getNodeAttribute(target, 'label');
  await openWithMetrics(page, baseUrl);
  await page.getByTestId('search-input').fill(label.slice(2, 5));
  const option = page.locator(`[data-testid="search-option"][data-node="${target}"]`);
  await option.waitFor({ timeout: APP_TIMEOUT_MS });
  await option.click();
  await page
    .locator(`[data-testid="details-panel"][data-node="${target}"]`)
    .waitFor({ timeout: APP_TIMEOUT_MS });
  assert.equal(await textOf(page, 'details-label'), label);
  const neighbours = await page
    .getByTestId('details-neighbour')
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-node')));
  assert.deepEqual(neighbours.sort(), graph.neighbors(target).sort());
  const degreeRow = page.locator('[data-testid="details-metrics"] tr[data-metric="degree"] td');
  assert.equal(await degreeRow.first().innerText(), String(graph.degree(target)));
  await shot(page, 'analysis-details.png');
  // A neighbour click selects that neighbour.
  const next = neighbours[0] as string;
  await page.locator(`[data-testid="details-neighbour"][data-node="${next}"]`).click();
  await page
    .locator(`[data-testid="details-panel"][data-node="${next}"]`)
    .waitFor({ timeout: APP_TIMEOUT_MS });
}

export async function nodeTableSortsAndSelects({ page, baseUrl }: BrowserTestArgs): Promise<void> {
  const graph = await firstRegionGraph();
  const scores = betweenness(graph);
  const top = graph.nodes().reduce((best, key) => (scores[key] > scores[best] ? key : best));
  await openWithMetrics(page, baseUrl);
  const stats = await textOf(page, 'graph-stats');
  const nodes = Number(/^([\d,]+) nodes/.exec(stats)?.[1].replace(/,/g, ''));
  await page.getByTestId('node-table-toggle').click();
  assert.equal(Number(await page.getByTestId('node-table').getAttribute('data-rows')), nodes);
  assert.ok(
    (await textOf(page, 'node-table-count')).startsWith(`${nodes.toLocaleString('en')} of`),
  );
  await page.locator('[role="columnheader"][data-column="betweenness"]').click();
  const first = page.getByTestId('node-row').first();
  assert.equal(await first.getAttribute('data-node'), top);
  await first.click();
  await page
    .locator(`[data-testid="details-panel"][data-node="${top}"]`)
    .waitFor({ timeout: APP_TIMEOUT_MS });
  assert.equal(await first.getAttribute('aria-selected'), 'true');
  await shot(page, 'analysis-table.png');
  // Selecting an actor elsewhere scrolls the table to its row and marks it: the last of
  // the betweenness order is far below the drawer's visible rows.
  const order = graph.nodes().sort((a, b) => scores[b] - scores[a]);
  const last = order[order.length - 1];
  await page.getByTestId('search-input').fill(graph.getNodeAttribute(last, 'label'));
  await page.locator(`[data-testid="search-option"][data-node="${last}"]`).click();
  await page
    .locator(`[data-testid="node-row"][data-node="${last}"][aria-selected="true"]`)
    .waitFor({ timeout: APP_TIMEOUT_MS });
  assert.ok(
    await page.locator(`[data-testid="node-row"][data-node="${last}"]`).isVisible(),
    'the selected row is scrolled into view',
  );
  // The CSV holds every shown row in the shown order, with every metric column.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('node-table-export').click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\r\n');
  assert.equal(csv.length, nodes + 1);
  assert.ok(csv[0].startsWith('id,label,sector,degree,weightedDegree,betweenness'), csv[0]);
  assert.ok(csv[1].startsWith(`${top},`), csv[1]);
}

export async function shortestPathBetweenTwoActors({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  const graph = await firstRegionGraph();
  const nodes = graph.nodes().filter((key) => graph.degree(key) > 0);
  // The pair farthest apart among a few, so the path has several steps.
  let best: [string, string, number] = [nodes[0], nodes[0], 0];
  for (const source of nodes.slice(0, 8)) {
    for (const target of nodes) {
      const path = bidirectional(graph, source, target);
      if (path && path.length - 1 > best[2]) best = [source, target, path.length - 1];
    }
  }
  const [source, target, steps] = best;
  assert.ok(steps >= 2, 'a path of at least two steps');
  await openWithMetrics(page, baseUrl);
  const search = page.getByTestId('search-input');
  await search.fill(graph.getNodeAttribute(source, 'label'));
  await page.locator(`[data-testid="search-option"][data-node="${source}"]`).click();
  await page.getByTestId('path-pick').click();
  // The target is picked from the keyboard: its exact name is the first suggestion.
  await search.fill(graph.getNodeAttribute(target, 'label'));
  await page.locator(`[data-testid="search-option"][data-node="${target}"]`).waitFor();
  await search.press('ArrowDown');
  await search.press('ArrowUp');
  assert.equal(
    await page
      .locator('[data-testid="search-option"][aria-selected="true"]')
      .getAttribute('data-node'),
    target,
  );
  await search.press('Enter');
  const length = page.getByTestId('path-length');
  await length.waitFor({ timeout: APP_TIMEOUT_MS });
  await page.waitForTimeout(400); // the canvas animation to the path
  assert.equal(Number(await length.getAttribute('data-steps')), steps);
  assert.equal(await page.locator('[data-testid="path-steps"] li').count(), steps + 1);
  await shot(page, 'analysis-path.png');
  await page.getByTestId('focus-clear').click();
  assert.equal(await page.getByTestId('focus-controls').getAttribute('data-mode'), 'none');
  // The 1-step ego network counts the actor and its partners.
  await page.getByTestId('ego-1').click();
  await waitForText(
    page,
    'focus-note',
    (text) => text.endsWith(`: ${graph.degree(source) + 1} actors`),
    'the ego network size',
  );
  await page.waitForTimeout(400); // the canvas animation to the ego network
  await shot(page, 'analysis-ego.png');
  await page.keyboard.press('Escape');
  await page
    .locator('[data-testid="focus-controls"][data-mode="none"]')
    .waitFor({ timeout: APP_TIMEOUT_MS });
}

interface CyLike {
  getElementById(id: string): { renderedPosition(): { x: number; y: number } };
  elements(): { renderedBoundingBox(): { x1: number; y1: number; x2: number; y2: number } }[];
  nodes(): {
    id(): string;
    renderedPosition(): { x: number; y: number };
    renderedBoundingBox(): { x1: number; y1: number; x2: number; y2: number };
  }[];
}

/**
 * Where to click a node: its drawn centre, once the view has held still (two reads 300 ms
 * apart agree), and only if no other node's box covers that point (a tap picks the
 * topmost node there). Positions are read in page coordinates in one evaluate, so a
 * panel opening beside the canvas between the read and the click cannot shift them.
 */
async function clickPointOf(
  page: Page,
  keys: string[],
): Promise<{ key: string; x: number; y: number }> {
  const read = () =>
    page.getByTestId('graph-canvas').evaluate(
      (element, ids) => {
        const cy = (element as unknown as { _cyreg: { cy: CyLike } })._cyreg.cy;
        const frame = element.getBoundingClientRect();
        const nodes = cy.nodes();
        for (const id of ids) {
          const at = cy.getElementById(id).renderedPosition();
          const covered = nodes.some((node) => {
            if (node.id() === id) return false;
            const b = node.renderedBoundingBox();
            return at.x >= b.x1 && at.x <= b.x2 && at.y >= b.y1 && at.y <= b.y2;
          });
          if (!covered) return { key: id.slice(2), x: frame.x + at.x, y: frame.y + at.y };
        }
        return null;
      },
      keys.map((key) => `n:${key}`),
    );
  for (let attempt = 0; attempt < 20; attempt++) {
    const first = await read();
    await page.waitForTimeout(300);
    const second = await read();
    if (first && second && first.key === second.key && first.x === second.x && first.y === second.y)
      return second;
  }
  throw new Error(`no still, uncovered node to click among ${keys.slice(0, 5).join(', ')}…`);
}

export async function tappingTheCanvasSelectsAndClears({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  const graph = await firstRegionGraph();
  // The best-connected actors first (any of them will do, the first that is not covered).
  const byDegree = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a));
  await openWithMetrics(page, baseUrl);
  const canvas = page.getByTestId('graph-canvas');
  const box = await canvas.boundingBox();
  assert.ok(box);
  const target = await clickPointOf(page, byDegree);
  await page.mouse.click(target.x, target.y);
  const details = page.getByTestId('details-panel');
  await details.waitFor({ timeout: APP_TIMEOUT_MS });
  assert.equal(await details.getAttribute('data-node'), target.key, 'the tapped node is shown');
  await page.waitForTimeout(400); // the view centres on the node
  // A point of the background: outside every drawn node's and tie's box.
  const empty = await canvas.evaluate((element) => {
    const cy = (element as unknown as { _cyreg: { cy: CyLike } })._cyreg.cy;
    const boxes = cy.elements().map((ele) => ele.renderedBoundingBox());
    const { width, height } = element.getBoundingClientRect();
    for (let y = 10; y < height; y += 15) {
      for (let x = 10; x < width; x += 15) {
        if (!boxes.some((b) => x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4))
          return { x, y };
      }
    }
    return null;
  });
  assert.ok(empty, 'an empty spot on the canvas');
  await page.mouse.click(box.x + empty.x, box.y + empty.y);
  await page.getByTestId('details-panel').waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });
}

export async function filterChangeMakesMetricsStaleUntilRecomputed({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  const graph = await firstRegionGraph();
  const connected = graph.filterNodes((key) => graph.degree(key) > 0).length;
  assert.ok(connected < graph.order, 'the first region has isolates');
  await openWithMetrics(page, baseUrl);
  await page.getByTestId('filter-isolates').check();
  await page
    .locator('[data-testid="metrics-status"][data-status="stale"]')
    .waitFor({ timeout: APP_TIMEOUT_MS });
  // The old numbers stay, marked as the earlier graph's.
  assert.equal(await page.getByTestId('scorecard-for').getAttribute('data-current'), 'false');
  assert.equal(await textOf(page, 'metric-nodes'), graph.order.toLocaleString('en'));
  await shot(page, 'analysis-stale.png');
  await page.getByTestId('metrics-recompute').click();
  await page
    .locator('[data-testid="scorecard"][data-status="done"]')
    .waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
  const forText = await textOf(page, 'scorecard-for');
  assert.ok(forText.includes('isolates hidden'), forText);
  assert.ok(forText.includes(`${connected.toLocaleString('en')} actors`), forText);
  assert.equal(await textOf(page, 'metric-nodes'), connected.toLocaleString('en'));
}
