/**
 * Present mode: three scenes are stepped through with the keys a keyboard and a
 * presentation clicker send (→, Space, Page Down, ←, Page Up, Home, End) and the
 * on-screen buttons; each slide draws its scene as saved (counts, selected actor,
 * positions, the saved box centred in the present canvas, canvas pixels differ between
 * scenes), labels are ≥ 20 px on screen, a click names the node, Esc leaves and the
 * workbench view is back as before. Screenshots in English and Japanese.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { APP_TIMEOUT_MS, type BrowserTestArgs } from './harness.ts';
import { SCREEN_DIR, openApp, screenshot } from './filesShared.ts';
import {
  addScene,
  canvasFacts,
  makeThreeScenes,
  near,
  nodePoint,
  renameScene,
  tapNode,
  waitForCanvas,
  type CanvasFacts,
} from './scenesShared.ts';

async function waitForSlide(page: Page, slide: number): Promise<void> {
  await page
    .locator(`[data-testid="present-view"][data-state="ready"][data-slide="${slide}"]`)
    .waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
}

/** The saved box is shown whole and centred, filling the canvas in one direction. */
function showsBox(now: CanvasFacts['extent'], box: CanvasFacts['extent']): boolean {
  const centred =
    Math.abs(now.x1 + now.w / 2 - (box.x1 + box.w / 2)) <= 0.01 * box.w &&
    Math.abs(now.y1 + now.h / 2 - (box.y1 + box.h / 2)) <= 0.01 * box.h;
  const contains = now.w >= box.w * 0.99 && now.h >= box.h * 0.99;
  const tight = near(now.w, box.w, 0.01) || near(now.h, box.h, 0.01);
  return centred && contains && tight;
}

/** Smallest on-screen font size of the labelled nodes (font-size × zoom). */
async function smallestLabelPx(page: Page): Promise<number> {
  return page.getByTestId('graph-canvas').evaluate((element) => {
    interface Cy {
      zoom(): number;
      nodes(selector: string): { map<T>(f: (n: { numericStyle(p: string): number }) => T): T[] };
    }
    const cy = (element as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    const sizes = cy.nodes('.labelled').map((n) => n.numericStyle('font-size') * cy.zoom());
    return sizes.length === 0 ? 0 : Math.min(...sizes);
  });
}

async function canvasPixels(page: Page): Promise<Buffer> {
  return page.getByTestId('graph-canvas').screenshot();
}

export async function presentStepsThroughScenesWithKeys({ page, baseUrl }: BrowserTestArgs) {
  await openApp(page, baseUrl);
  const saved = await makeThreeScenes(page);
  const before = await canvasFacts(page);

  await page.getByTestId('present-button').click();
  await page.getByTestId('present-view').waitFor({ timeout: APP_TIMEOUT_MS });
  // No panels: the workbench's side panel and header are gone.
  assert.equal(await page.getByTestId('scene-list').count(), 0);
  assert.equal(await page.getByTestId('region-select').count(), 0);
  await waitForSlide(page, 0);
  const check = async (slide: number) => {
    await waitForSlide(page, slide);
    const now = await canvasFacts(page);
    const want = saved[slide];
    assert.equal(now.nodes, want.nodes, `slide ${slide + 1}: nodes`);
    assert.equal(now.edges, want.edges, `slide ${slide + 1}: edges`);
    assert.equal(
      await page.getByTestId('present-view').getAttribute('data-nodes'),
      String(want.nodes),
    );
    assert.deepEqual(now.picked, want.picked, `slide ${slide + 1}: selected actor`);
    assert.ok(
      showsBox(now.extent, want.extent),
      `slide ${slide + 1}: ${JSON.stringify(now.extent)} shows ${JSON.stringify(want.extent)}`,
    );
    for (const [key, [x, y]] of Object.entries(want.positions)) {
      const at = now.positions[key];
      assert.ok(at && Math.abs(at[0] - x) < 0.01 && Math.abs(at[1] - y) < 0.01, `${key} placed`);
    }
    assert.equal(
      (await page.getByTestId('present-counter').innerText()).trim(),
      `${slide + 1} / 3`,
    );
    assert.equal(
      (await page.getByTestId('present-title').innerText()).trim(),
      `Scene ${slide + 1}`,
    );
  };

  await check(0);
  // The restyle for the zoom follows the viewport a moment later.
  await page.waitForTimeout(400);
  assert.ok((await smallestLabelPx(page)) >= 20, 'labels of at least 20 px on screen');
  const first = await canvasPixels(page);
  await page.keyboard.press('ArrowRight');
  await check(1);
  const second = await canvasPixels(page);
  assert.ok(!first.equals(second), 'slide 2 draws other pixels than slide 1');
  await page.keyboard.press('Space');
  await check(2);
  await page.waitForTimeout(400);
  assert.ok((await smallestLabelPx(page)) >= 20, 'labels of at least 20 px after zooming in');
  const third = await canvasPixels(page);
  assert.ok(!third.equals(second), 'slide 3 draws other pixels than slide 2');
  await page.keyboard.press('PageDown');
  await page.waitForTimeout(300);
  await check(2); // already the last slide
  await page.keyboard.press('ArrowLeft');
  await check(1);
  await page.keyboard.press('PageUp');
  await check(0);
  await page.keyboard.press('End');
  await check(2);
  await page.keyboard.press('Home');
  await check(0);
  await page.getByTestId('present-next').click();
  await check(1);

  // Clicking a node names it (and does not change the scene's selection).
  const hub = (await canvasFacts(page)).hub;
  const at = await nodePoint(page, hub);
  await page.mouse.click(at.x, at.y);
  await page.getByTestId('present-node').waitFor({ timeout: APP_TIMEOUT_MS });
  assert.ok((await page.getByTestId('present-node').innerText()).includes('Sector:'));
  // Seen, not only in the DOM: nothing (the canvas above all) lies over the box.
  const onTop = await page.getByTestId('present-node').evaluate((box) => {
    const r = box.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return hit !== null && box.contains(hit);
  });
  assert.ok(onTop, "the clicked node's box is on top");
  assert.deepEqual((await canvasFacts(page)).picked, saved[1].picked);
  // A presentation is not edited: Delete does not remove the clicked node.
  await page.keyboard.press('Delete');
  await page.waitForTimeout(300);
  assert.equal((await canvasFacts(page)).nodes, saved[1].nodes);
  await page.getByTestId('present-node').getByRole('button').click();
  await page.getByTestId('present-node').waitFor({ state: 'detached' });

  await page.keyboard.press('Escape');
  await page.getByTestId('present-view').waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });
  assert.equal(await page.getByTestId('level-select').inputValue(), 'all');
  const after = await waitForCanvas(page, (f) => f.nodes === before.nodes, 'the view before');
  await page.waitForTimeout(300);
  const back = await canvasFacts(page);
  assert.equal(back.edges, before.edges);
  assert.ok(near(back.extent.w, before.extent.w, 0.01), `box width back (${after.extent.w})`);
  assert.ok(near(back.extent.x1, before.extent.x1, 0.01), 'box back');
  // The workbench's clicks select again.
  await tapNode(page, back.hub);
  await waitForCanvas(page, (f) => f.picked.join() === back.hub, 'a click selects again');
  assert.equal(await page.getByTestId('present-node').count(), 0);
  // Presenting left no steps in undo: undo takes back the last own change (scene 3).
  await page.getByTestId('undo').click();
  assert.equal(await page.getByTestId('scene-item').count(), 2);
  assert.equal(await page.getByTestId('level-select').inputValue(), 'all');
}

export async function presentWithoutScenesShowsTheCurrentView({ page, baseUrl }: BrowserTestArgs) {
  await openApp(page, baseUrl);
  const before = await waitForCanvas(page, (f) => f.nodes > 0, 'a drawing');
  await page.getByTestId('present-button').click();
  await waitForSlide(page, 0);
  assert.equal((await page.getByTestId('present-counter').innerText()).trim(), '1 / 1');
  assert.equal((await page.getByTestId('present-title').innerText()).trim(), 'Current view');
  assert.equal((await canvasFacts(page)).nodes, before.nodes);
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(200);
  assert.equal(await page.getByTestId('present-view').getAttribute('data-slide'), '0');
  await page.getByTestId('present-exit').click();
  await page.getByTestId('present-view').waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });
  await page.getByTestId('scene-list').waitFor();
}

async function presentTwoScenes(page: Page, titles: [string, string], captions: [string, string]) {
  await waitForCanvas(page, (f) => f.nodes > 0, 'a drawing');
  await addScene(page);
  await page.getByTestId('level-select').selectOption('people');
  await page.waitForTimeout(300);
  await waitForCanvas(page, (f) => f.nodes > 100, 'the people level');
  await addScene(page);
  await renameScene(page, 0, titles[0], captions[0]);
  await renameScene(page, 1, titles[1], captions[1]);
  await page.getByTestId('present-button').click();
  await waitForSlide(page, 0);
  await page.keyboard.press('ArrowRight');
  await waitForSlide(page, 1);
  await page.waitForTimeout(600);
}

export async function presentModeSpeaksEnglishAndJapanese({ page, baseUrl }: BrowserTestArgs) {
  await openApp(page, baseUrl);
  await presentTwoScenes(
    page,
    ['Sapporo: the organizations', 'Who works with whom'],
    ['One university leads almost every project', 'Researchers tied by joint research'],
  );
  assert.equal((await page.getByTestId('present-next').innerText()).trim(), 'Next ▶');
  // The size key: three example discs growing with the value, as the workbench legend.
  const sizes = page.getByTestId('present-legend-sizes').locator('.present-size-dot');
  const widths = await sizes.evaluateAll((dots) =>
    dots.map((d) => d.getBoundingClientRect().width),
  );
  assert.equal(widths.length, 3, 'three size examples');
  assert.ok(widths[0] < widths[1] && widths[1] < widths[2], `growing discs: ${widths.join(', ')}`);
  await screenshot(page, 'present-en.png');
  await page.keyboard.press('Escape');
  await page.getByTestId('present-view').waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });

  await page.getByTestId('lang-select').selectOption('ja');
  assert.equal((await page.getByTestId('add-scene').innerText()).trim(), 'シーンを追加');
  await page.getByTestId('scene-delete').nth(1).click();
  await page.getByTestId('scene-delete').nth(0).click();
  await page.getByTestId('level-select').selectOption('organizations');
  await page.waitForTimeout(300);
  await presentTwoScenes(
    page,
    ['札幌: 組織のネットワーク', '誰と誰が共同研究しているか'],
    ['一つの大学がほぼすべてのプロジェクトを率いている', '共同研究でつながる研究者'],
  );
  assert.equal((await page.getByTestId('present-next').innerText()).trim(), '次へ ▶');
  assert.equal((await page.getByTestId('present-counter').innerText()).trim(), '2 / 2');
  assert.ok((await page.getByTestId('present-legend').innerText()).includes('セクター'));
  await screenshot(page, 'present-ja.png');
  const missing = await page.evaluate(() =>
    [...(window as unknown as { __cnwMissingKeys: Set<string> }).__cnwMissingKeys].filter((key) =>
      /:(scenes|present):/.test(key),
    ),
  );
  assert.deepEqual(missing, [], `no missing scene/present texts (screenshots in ${SCREEN_DIR})`);
}

/** Marks every drawn node; a redraw (elements removed and added again) loses the mark. */
async function markNodes(page: Page): Promise<void> {
  await page.getByTestId('graph-canvas').evaluate((element) => {
    const cy = (
      element as unknown as { _cyreg: { cy: { nodes(): { data(k: string, v: unknown): void } } } }
    )._cyreg.cy;
    cy.nodes().data('probe', 1);
  });
}

async function markedNodes(page: Page): Promise<number> {
  return page.getByTestId('graph-canvas').evaluate((element) => {
    const cy = (element as unknown as { _cyreg: { cy: { nodes(s: string): { length: number } } } })
      ._cyreg.cy;
    return cy.nodes('[probe = 1]').length;
  });
}

/** Node positions once two reads 300 ms apart agree (a layout has finished). */
async function settledFacts(page: Page): Promise<CanvasFacts> {
  let last = await canvasFacts(page);
  for (let i = 0; i < 100; i++) {
    await page.waitForTimeout(300);
    const now = await canvasFacts(page);
    if (JSON.stringify(now.positions) === JSON.stringify(last.positions)) return now;
    last = now;
  }
  throw new Error('settledFacts: the layout never settled');
}

export async function presentMovesNodesWithinOneView({ page, baseUrl }: BrowserTestArgs) {
  await openApp(page, baseUrl);
  await waitForCanvas(page, (f) => f.nodes > 0, 'a drawing');
  const forceAtlas = await settledFacts(page);
  await addScene(page);
  await page.getByTestId('layout-select').selectOption('circle');
  const deadline = Date.now() + APP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const now = await canvasFacts(page);
    if (JSON.stringify(now.positions) !== JSON.stringify(forceAtlas.positions)) break;
    await page.waitForTimeout(200);
  }
  const circle = await settledFacts(page);
  assert.notDeepEqual(circle.positions, forceAtlas.positions, 'the circle layout moved nodes');
  await addScene(page);

  await page.getByTestId('present-button').click();
  await waitForSlide(page, 0);
  await markNodes(page);
  const nodes = (await canvasFacts(page)).nodes;
  const placed = async (want: CanvasFacts) => {
    const now = await canvasFacts(page);
    for (const [key, [x, y]] of Object.entries(want.positions)) {
      const at = now.positions[key];
      assert.ok(at && Math.abs(at[0] - x) < 0.01 && Math.abs(at[1] - y) < 0.01, `${key} placed`);
    }
  };
  await placed(forceAtlas);
  await page.keyboard.press('ArrowRight');
  await waitForSlide(page, 1);
  await placed(circle);
  // The same graph: the nodes moved, nothing was drawn again.
  assert.equal(await markedNodes(page), nodes);
  await page.keyboard.press('ArrowLeft');
  await waitForSlide(page, 0);
  await placed(forceAtlas);
  assert.equal(await markedNodes(page), nodes);

  // Hovering a node labels its neighbourhood.
  const hub = forceAtlas.hub;
  const point = await nodePoint(page, hub);
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction(
    () => {
      const element = document.querySelector('[data-testid="graph-canvas"]');
      const cy = (
        element as unknown as { _cyreg: { cy: { nodes(s: string): { length: number } } } }
      )._cyreg.cy;
      return cy.nodes('.present-near').length > 1;
    },
    undefined,
    { timeout: APP_TIMEOUT_MS },
  );
  await page.keyboard.press('Escape');
  await page.getByTestId('present-view').waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });
}

/**
 * A workspace file can hold a scene of a region it does not load. Presenting it says so
 * (naming the region) over the picture as it was, instead of silently keeping the last
 * slide's graph under the new title.
 */
export async function presentSaysWhenASceneRegionIsMissing({ page, baseUrl }: BrowserTestArgs) {
  await openApp(page, baseUrl);
  const drawn = await waitForCanvas(page, (f) => f.nodes > 0, 'a drawing');
  await addScene(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('workspace-save').click(),
  ]);
  const workspace = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    scenes: Record<string, unknown>[];
  };
  assert.equal(workspace.scenes.length, 1);
  workspace.scenes.push({ ...workspace.scenes[0], id: 'gone', regionId: 'nowhere', title: 'Gone' });
  await page.getByTestId('workspace-input').setInputFiles({
    name: 'workspace.cnw.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(workspace)),
  });
  await page.locator('[data-testid="scene-list"] li').nth(1).waitFor({ timeout: APP_TIMEOUT_MS });
  await page.getByTestId('present-button').click();
  await waitForSlide(page, 0);
  assert.equal(await page.getByTestId('present-missing').count(), 0);
  await page.keyboard.press('ArrowRight');
  await waitForSlide(page, 1);
  assert.equal((await page.getByTestId('present-title').innerText()).trim(), 'Gone');
  assert.match(await page.getByTestId('present-missing').innerText(), /\(nowhere\) is not loaded/);
  assert.equal((await canvasFacts(page)).nodes, drawn.nodes, 'the picture stays as it was');
  await screenshot(page, 'present-missing-region.png');
  await page.keyboard.press('ArrowLeft');
  await waitForSlide(page, 0);
  assert.equal(await page.getByTestId('present-missing').count(), 0);
  // In the scene list too: showing it names the region, and the view stays.
  await page.keyboard.press('Escape');
  await page.getByTestId('present-view').waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });
  await page.getByTestId('scene-show').nth(1).click();
  assert.match(await page.locator('.scene-status').innerText(), /\(nowhere\) is not loaded/);
  assert.equal((await canvasFacts(page)).nodes, drawn.nodes);
}
