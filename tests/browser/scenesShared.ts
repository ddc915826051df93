/**
 * Helpers of the scene and present-mode specs: reading what the canvas shows (through
 * the Cytoscape instance on the container, as look.spec.ts does), making scenes through
 * the scene list, and reading downloads.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { APP_TIMEOUT_MS } from './harness.ts';

export interface CanvasFacts {
  nodes: number;
  edges: number;
  /** Keys of nodes with the `picked` class (the selected actor). */
  picked: string[];
  extent: { x1: number; y1: number; w: number; h: number };
  zoom: number;
  /** A few node positions by key. */
  positions: Record<string, [number, number]>;
  /** Largest-degree node key (for selecting one). */
  hub: string;
}

export async function canvasFacts(page: Page): Promise<CanvasFacts> {
  return page.getByTestId('graph-canvas').evaluate((element) => {
    interface Node {
      data(k: string): unknown;
      position(): { x: number; y: number };
      degree(loops: boolean): number;
      hasClass(c: string): boolean;
    }
    interface Cy {
      nodes(): Node[] & { length: number };
      edges(): { length: number };
      extent(): { x1: number; y1: number; w: number; h: number };
      zoom(): number;
    }
    const cy = (element as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    const nodes = Array.from(cy.nodes() as ArrayLike<Node>);
    const positions: Record<string, [number, number]> = {};
    const sorted = [...nodes].sort((a, b) =>
      String(a.data('key')).localeCompare(String(b.data('key'))),
    );
    for (const node of sorted.slice(0, 12)) {
      const { x, y } = node.position();
      positions[String(node.data('key'))] = [x, y];
    }
    let hub = '';
    let best = -1;
    for (const node of nodes)
      if (node.degree(false) > best) {
        best = node.degree(false);
        hub = String(node.data('key'));
      }
    const { x1, y1, w, h } = cy.extent();
    return {
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      picked: nodes.filter((n) => n.hasClass('picked')).map((n) => String(n.data('key'))),
      extent: { x1, y1, w, h },
      zoom: cy.zoom(),
      positions,
      hub,
    };
  });
}

/** Waits until the canvas is drawn and its node count satisfies `check`. */
export async function waitForCanvas(
  page: Page,
  check: (facts: CanvasFacts) => boolean,
  what: string,
): Promise<CanvasFacts> {
  const deadline = Date.now() + APP_TIMEOUT_MS;
  let last: CanvasFacts | null = null;
  while (Date.now() < deadline) {
    const ready = await page
      .locator('[data-testid="graph-canvas"][data-state="ready"]')
      .count()
      .catch(() => 0);
    if (ready > 0) {
      last = await canvasFacts(page);
      if (check(last)) return last;
    }
    await page.waitForTimeout(150);
  }
  throw new Error(`waitForCanvas: ${what} not seen; last ${JSON.stringify(last)?.slice(0, 300)}`);
}

/** Taps a node on the canvas (Cytoscape's own tap event, as a click on it gives). */
export async function tapNode(page: Page, key: string): Promise<void> {
  await page.getByTestId('graph-canvas').evaluate((element, nodeKey) => {
    const cy = (
      element as unknown as {
        _cyreg: {
          cy: { nodes(): { filter(f: (n: unknown) => boolean): { emit(e: string): void } } };
        };
      }
    )._cyreg.cy;
    cy.nodes()
      .filter((n) => (n as { data(k: string): unknown }).data('key') === nodeKey)
      .emit('tap');
  }, key);
}

/** Zooms the canvas by `factor` around its centre (a user's wheel, in effect). */
export async function zoomCanvas(page: Page, factor: number): Promise<void> {
  await page.getByTestId('graph-canvas').evaluate((element, by) => {
    const cy = (
      element as unknown as {
        _cyreg: {
          cy: {
            zoom(o?: unknown): number;
            width(): number;
            height(): number;
          };
        };
      }
    )._cyreg.cy;
    cy.zoom({
      level: cy.zoom() * by,
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    });
  }, factor);
}

/** Adds the current view as a scene and waits for it in the list. */
export async function addScene(page: Page): Promise<void> {
  const before = await page.getByTestId('scene-item').count();
  await page.getByTestId('add-scene').click();
  await page
    .getByTestId('scene-item')
    .nth(before)
    .waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
}

export async function renameScene(
  page: Page,
  index: number,
  title: string,
  caption: string,
): Promise<void> {
  await page.getByTestId('scene-edit').nth(index).click();
  await page.getByTestId('scene-title-input').fill(title);
  await page.getByTestId('scene-caption-input').fill(caption);
  await page.getByTestId('scene-save').click();
  await page.getByTestId('scene-title-input').waitFor({ state: 'detached' });
}

export async function sceneTitles(page: Page): Promise<string[]> {
  return (await page.getByTestId('scene-title').allInnerTexts()).map((t) => t.trim());
}

/** Runs `action` and returns the download it starts, with its bytes. */
export async function downloadOf(
  page: Page,
  action: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }) as Promise<Download>,
    action(),
  ]);
  const path = await download.path();
  assert.ok(path, 'the download was saved');
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk; throws when it is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const buffer = Buffer.from(bytes);
  assert.ok(buffer.subarray(0, 8).equals(PNG_SIGNATURE), 'the file is a PNG');
  assert.equal(buffer.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** Taps the canvas background (clears the selection). */
export async function tapBackground(page: Page): Promise<void> {
  await page.getByTestId('graph-canvas').evaluate((element) => {
    (element as unknown as { _cyreg: { cy: { emit(e: string): void } } })._cyreg.cy.emit('tap');
  });
}

/** Three scenes: organizations as drawn; people, largest component, by community, an
 * actor selected; all levels, isolates hidden, zoomed in 2.5×. Returns what each drew. */
export async function makeThreeScenes(page: Page): Promise<CanvasFacts[]> {
  const first = await waitForCanvas(page, (f) => f.nodes > 0, 'a first drawing');
  await addScene(page);

  await page.getByTestId('level-select').selectOption('people');
  await waitForCanvas(page, (f) => f.nodes !== first.nodes, 'the people level');
  await page.getByTestId('filter-largest').check();
  const people = await waitForCanvas(page, (f) => f.nodes > 0, 'the largest component');
  await page.getByTestId('color-by').selectOption('community');
  await tapNode(page, people.hub);
  const second = await waitForCanvas(
    page,
    (f) => f.picked.length === 1 && f.picked[0] === people.hub,
    'the hub picked',
  );
  // The selection centres on the actor (animated); the scene keeps where it came to rest.
  await page.waitForTimeout(600);
  await addScene(page);
  const secondSaved = await canvasFacts(page);

  await page.getByTestId('level-select').selectOption('all');
  await waitForCanvas(page, (f) => f.nodes !== second.nodes, 'the all level');
  await tapBackground(page);
  await waitForCanvas(page, (f) => f.picked.length === 0, 'no actor picked');
  await page.getByTestId('filter-isolates').check();
  await page.waitForTimeout(300);
  const all = await waitForCanvas(page, (f) => f.nodes > 0, 'isolates hidden');
  await zoomCanvas(page, 2.5);
  const third = await canvasFacts(page);
  assert.ok(near(third.zoom, all.zoom * 2.5, 0.01), 'the canvas was zoomed in');
  await addScene(page);
  assert.deepEqual(await sceneTitles(page), ['Scene 1', 'Scene 2', 'Scene 3']);
  return [first, secondSaved, third];
}

/** Relative closeness of two numbers (extents are floats read back from the canvas). */
export function near(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Where a node is on the page (for real mouse clicks and hovers). */
export async function nodePoint(page: Page, key: string): Promise<{ x: number; y: number }> {
  return page.getByTestId('graph-canvas').evaluate((element, nodeKey) => {
    interface Cy {
      nodes(): {
        filter(f: (n: { data(k: string): unknown }) => boolean): {
          renderedPosition(): { x: number; y: number };
        };
      };
    }
    const cy = (element as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    const box = element.getBoundingClientRect();
    const at = cy
      .nodes()
      .filter((n) => n.data('key') === nodeKey)
      .renderedPosition();
    return { x: box.left + at.x, y: box.top + at.y };
  }, key);
}
