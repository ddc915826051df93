/** The workbench view: a drawn graph whose stats follow the region and level pickers. */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { APP_TIMEOUT_MS, textOf, waitForText, type BrowserTestArgs } from './harness.ts';
import { expectedGraphStats, sampleRegions } from './expected.ts';

const SCREEN_DIR = resolve(import.meta.dirname, '..', '..', 'test-results');
const STATS = /^([\d,]+) nodes · ([\d,]+) edges$/;

async function waitForDrawn(page: Page): Promise<void> {
  await page
    .locator('[data-testid="graph-canvas"][data-state="ready"]')
    .waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
}

/** Pixels of the canvas layers that differ from the empty background. */
async function paintedPixels(page: Page): Promise<number> {
  return page.getByTestId('graph-canvas').evaluate((container) => {
    let painted = 0;
    for (const canvas of container.querySelectorAll('canvas')) {
      const context = canvas.getContext('2d');
      if (context === null || canvas.width === 0 || canvas.height === 0) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted += 1;
    }
    return painted;
  });
}

export async function firstOpenDrawsTheGraph({ page, baseUrl }: BrowserTestArgs): Promise<void> {
  await page.goto(baseUrl + '/');
  await waitForDrawn(page);
  const stats = await textOf(page, 'graph-stats');
  const match = STATS.exec(stats);
  assert.ok(match, `graph-stats reads "${stats}"`);
  assert.ok(Number(match[1].replace(/,/g, '')) > 0, 'nodes drawn');
  assert.ok(Number(match[2].replace(/,/g, '')) > 0, 'edges drawn');
  const first = sampleRegions()[0];
  assert.equal(await page.getByTestId('region-select').inputValue(), first.id);
  assert.equal(await page.getByTestId('level-select').inputValue(), 'organizations');
  assert.equal(stats, await expectedGraphStats(first, 'organizations'));
  // Cytoscape repaints when the metrics arrive (sizes change), clearing its layers for a
  // frame; poll rather than read one instant that may fall between clear and paint.
  let painted = 0;
  for (let attempt = 0; attempt < 50 && painted <= 500; attempt++) {
    painted = await paintedPixels(page);
    if (painted <= 500) await page.waitForTimeout(100);
  }
  assert.ok(painted > 500, `the canvas has painted pixels (${painted})`);
  // Sized by betweenness from the first picture on: once the metrics worker has answered,
  // the legend's size line names betweenness (degree stands in only until then).
  await page
    .locator('[data-testid="legend-size-by"][data-size-by="betweenness"]')
    .waitFor({ timeout: APP_TIMEOUT_MS });
  const legend = await textOf(page, 'legend');
  for (const word of ['Academia', 'Industry', 'Government', 'Intermediary', 'betweenness']) {
    assert.ok(legend.toLowerCase().includes(word.toLowerCase()), `legend mentions ${word}`);
  }
  await page.getByTestId('progress').waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });
  mkdirSync(SCREEN_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREEN_DIR, 'workbench-first-open.png') });
}

export async function regionAndLevelPickersChangeTheGraph({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  const regions = sampleRegions();
  assert.ok(regions.length >= 2, 'at least two sample regions');
  await page.goto(baseUrl + '/');
  await waitForDrawn(page);
  const before = await textOf(page, 'graph-stats');

  const second = regions[1];
  const expectedRegion = await expectedGraphStats(second, 'organizations');
  await page.getByTestId('region-select').selectOption(second.id);
  await waitForText(page, 'graph-stats', (text) => text === expectedRegion, expectedRegion);
  assert.notEqual(expectedRegion, before, 'the two regions differ');

  const expectedPeople = await expectedGraphStats(second, 'people');
  await page.getByTestId('level-select').selectOption('people');
  await waitForText(page, 'graph-stats', (text) => text === expectedPeople, expectedPeople);
  assert.notEqual(expectedPeople, expectedRegion, 'people and organization levels differ');
  await waitForDrawn(page);
  await page.getByTestId('progress').waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });
  mkdirSync(SCREEN_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREEN_DIR, 'workbench-people.png') });
}
