/**
 * The compare panels are drawn with the workbench's view filters: with "hide isolates"
 * ticked, each region's panel shows exactly the organizations networkx keeps after
 * removing isolates from that region's organization-level graph
 * (tests/reference/view_filters_sample.json, scripts/reference/view_filters_sample.py).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { APP_TIMEOUT_MS, type BrowserTestArgs } from './harness.ts';
import { sampleRegions } from './expected.ts';

interface FilterCase {
  filters: Record<string, unknown>;
  nodes: number;
  edges: number;
}

const REFERENCE = JSON.parse(
  readFileSync(
    join(resolve(import.meta.dirname, '..', 'reference'), 'view_filters_sample.json'),
    'utf8',
  ),
) as Record<string, FilterCase[]>;

export async function comparePanelsFollowTheViewFilters({
  page,
  baseUrl,
}: BrowserTestArgs): Promise<void> {
  const regions = sampleRegions().slice(0, 4);
  await page.goto(baseUrl + '/');
  await page.getByTestId('progress').waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });
  await page.getByTestId('filter-isolates').check();
  await page
    .locator('[data-testid="compare-open"]:not([disabled])')
    .click({ timeout: APP_TIMEOUT_MS });
  await page.getByTestId('compare-view').waitFor({ timeout: APP_TIMEOUT_MS });
  const picks = page.getByTestId('compare-pick');
  for (let i = 0; i < (await picks.count()); i++) {
    const pick = picks.nth(i);
    const value = await pick.getAttribute('value');
    const wanted = regions.some((r) => r.id === value);
    if ((await pick.isChecked()) !== wanted) await pick.setChecked(wanted);
  }
  await page
    .locator('[data-testid="compare-view"][data-status="done"]')
    .waitFor({ timeout: APP_TIMEOUT_MS * 2 });
  for (const region of regions) {
    const expected = REFERENCE[region.folder].find(
      (c) => Object.keys(c.filters).length === 1 && c.filters.hideIsolates === true,
    );
    assert.ok(expected, `reference case "hide isolates" for ${region.folder}`);
    const drawn = await page
      .locator(
        `[data-testid="compare-panels"] [data-testid="compare-panel"][data-region="${region.id}"]`,
      )
      .getByTestId('compare-node')
      .count();
    assert.equal(drawn, expected.nodes, `${region.id}: organizations drawn with isolates hidden`);
  }
  assert.match(await page.getByTestId('compare-view').innerText(), /isolates hidden/);
}
