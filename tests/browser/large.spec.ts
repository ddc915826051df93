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

async function importLarge(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl + '/');
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
