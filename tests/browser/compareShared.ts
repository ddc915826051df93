/**
 * Shared steps of the compare view's browser specs (not a spec: no tests here).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { APP_TIMEOUT_MS } from './harness.ts';
import { sampleRegions } from './expected.ts';

/** Opens the compare view with the first four sample regions picked; returns their folders. */
export async function openWithFour(page: Page, baseUrl: string): Promise<string[]> {
  const regions = sampleRegions().slice(0, 4);
  await page.goto(baseUrl + '/');
  await page
    .locator('[data-testid="compare-open"]:not([disabled])')
    .click({ timeout: APP_TIMEOUT_MS });
  await page.getByTestId('compare-view').waitFor({ timeout: APP_TIMEOUT_MS });
  for (const region of regions) {
    await page
      .locator(`[data-testid="compare-pick"][value="${region.id}"]`)
      .waitFor({ timeout: APP_TIMEOUT_MS });
  }
  const picks = page.getByTestId('compare-pick');
  for (let i = 0; i < (await picks.count()); i++) {
    const pick = picks.nth(i);
    const value = await pick.getAttribute('value');
    const wanted = regions.some((r) => r.id === value);
    if ((await pick.isChecked()) && !wanted) await pick.uncheck();
  }
  for (const region of regions) {
    await page.locator(`[data-testid="compare-pick"][value="${region.id}"]`).check();
  }
  await page
    .locator('[data-testid="compare-view"][data-status="done"]')
    .waitFor({ timeout: APP_TIMEOUT_MS * 2 });
  assert.equal(await page.getByTestId('compare-panels').getByTestId('compare-panel').count(), 4);
  return regions.map((r) => r.folder);
}
