/**
 * Labels never cover one another: on the workbench canvas and in present mode (22 px
 * labels), whatever labels show (the top-ranked actors, a hovered hub's 20-odd partners),
 * no two drawn labels overlap; the ones that would are hidden (class `label-hidden`), the
 * hovered node's own label is always drawn, and the hidden ones come back when there is
 * room again.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { APP_TIMEOUT_MS, type BrowserTestArgs } from './harness.ts';
import { openApp, screenshot } from './filesShared.ts';
import { canvasFacts, nodePoint } from './scenesShared.ts';

interface Labels {
  /** Labels drawn (non-empty, at a readable size, not hidden). */
  drawn: number;
  hidden: number;
  /** Pairs of drawn labels whose boxes overlap. */
  overlapping: number;
  /** Whether the node with this key draws its label. */
  keyDrawn: boolean;
  /** Total width of the label boxes, rounded: changes when the labels' size does. */
  extent: number;
}

/** The labels as the canvas draws them now, from Cytoscape's own label boxes. */
async function labels(page: Page, key = ''): Promise<Labels> {
  return page.getByTestId('graph-canvas').evaluate((element, wanted) => {
    interface Box {
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      w: number;
    }
    interface Node {
      data(k: string): unknown;
      hasClass(c: string): boolean;
      pstyle(p: string): { strValue: string; pfValue: number };
      boundingBox(o: object): Box;
    }
    interface Cy {
      nodes(): ArrayLike<Node>;
      zoom(): number;
    }
    const cy = (element as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    const zoom = cy.zoom();
    const drawn: Box[] = [];
    let hidden = 0;
    let keyDrawn = false;
    let extent = 0;
    for (const node of Array.from(cy.nodes())) {
      if (node.pstyle('label').strValue === '') continue;
      if (node.pstyle('font-size').pfValue * zoom < node.pstyle('min-zoomed-font-size').pfValue)
        continue;
      const box = node.boundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
      });
      extent += box.x2 - box.x1;
      if (node.hasClass('label-hidden')) {
        hidden++;
        continue;
      }
      if (node.data('key') === wanted) keyDrawn = true;
      drawn.push(box);
    }
    let overlapping = 0;
    for (let i = 0; i < drawn.length; i++)
      for (let j = i + 1; j < drawn.length; j++) {
        const a = drawn[i];
        const b = drawn[j];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlapping++;
      }
    return { drawn: drawn.length, hidden, overlapping, keyDrawn, extent: Math.round(extent) };
  }, key);
}

/** Waits until the labels satisfy `check` (they are placed a moment after a change). */
async function waitForLabels(
  page: Page,
  check: (now: Labels) => boolean,
  what: string,
  key = '',
): Promise<Labels> {
  const deadline = Date.now() + APP_TIMEOUT_MS;
  let now = await labels(page, key);
  while (!check(now)) {
    if (Date.now() > deadline) assert.fail(`${what}: ${JSON.stringify(now)}`);
    await page.waitForTimeout(100);
    now = await labels(page, key);
  }
  return now;
}

async function hoverHubAndLeave(page: Page, where: string): Promise<void> {
  // Settled first: present mode restyles its labels for the zoom the scene ends at.
  let calm = await labels(page);
  for (let same = 0; same < 3;) {
    await page.waitForTimeout(250);
    const now = await labels(page);
    same = JSON.stringify(now) === JSON.stringify(calm) ? same + 1 : 0;
    calm = now;
  }
  assert.ok(calm.drawn >= 3 && calm.overlapping === 0, `${where}: labels apart before hovering`);
  const { hub } = await canvasFacts(page);
  const at = await nodePoint(page, hub);
  // Onto the hub as a hand moves, in steps.
  await page.mouse.move(at.x - 40, at.y - 40);
  await page.mouse.move(at.x, at.y, { steps: 8 });
  const hovered = await waitForLabels(
    page,
    (now) => now.drawn > calm.drawn && now.hidden > calm.hidden && now.overlapping === 0,
    `${where}: the hub's partners labelled, crowded ones hidden, none overlapping`,
    hub,
  );
  assert.ok(hovered.keyDrawn, `${where}: the hovered hub keeps its label`);
  await screenshot(page, `labels-${where}-hover.png`);
  await page.mouse.move(2, 2);
  await waitForLabels(
    page,
    (now) => now.drawn === calm.drawn && now.hidden === calm.hidden && now.overlapping === 0,
    `${where}: after the hover the labels are placed as before it`,
  );
}

export async function labelsNeverCoverEachOther({ page, baseUrl }: BrowserTestArgs) {
  await openApp(page, baseUrl);
  await page
    .locator('[data-testid="graph-canvas"][data-state="ready"]')
    .waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
  await hoverHubAndLeave(page, 'workbench');
  await page.getByTestId('present-button').click();
  await page
    .locator('[data-testid="present-view"][data-state="ready"]')
    .waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
  await hoverHubAndLeave(page, 'present');
}
