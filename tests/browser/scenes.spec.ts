/**
 * Scenes: three scenes made from different views (level, filter, colouring, a selected
 * actor, a zoomed viewport) are shown again as saved when clicked — counts, selection,
 * positions and the shown box read from the canvas; rename, reorder (keyboard, buttons,
 * drag), duplicate, delete and undo; the scenes survive a reload (IndexedDB); scene
 * pictures as PNG (2× and 4×, sizes from the PNG header), SVG and one zip of numbered files.
 */
import assert from 'node:assert/strict';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { APP_TIMEOUT_MS, savedRecord, type BrowserTestArgs } from './harness.ts';
import { openApp } from './filesShared.ts';
import {
  addScene,
  canvasFacts,
  downloadOf,
  pngSize,
  renameScene,
  sceneTitles,
  zoomCanvas,
  makeThreeScenes,
  near,
  waitForCanvas,
  type CanvasFacts,
} from './scenesShared.ts';

function sameBox(a: CanvasFacts['extent'], b: CanvasFacts['extent']): boolean {
  return (
    near(a.w, b.w, 0.01) &&
    near(a.h, b.h, 0.01) &&
    Math.abs(a.x1 - b.x1) <= 0.01 * b.w &&
    Math.abs(a.y1 - b.y1) <= 0.01 * b.h
  );
}

async function showScene(page: Page, index: number): Promise<void> {
  await page.getByTestId('scene-show').nth(index).click();
  // The list disables its buttons while a scene is being shown.
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="scene-show"]:disabled') === null &&
      document.querySelector('[data-testid="graph-canvas"][data-state="ready"]') !== null,
    undefined,
    { timeout: APP_TIMEOUT_MS },
  );
}

export async function scenesShowTheViewsAsSaved({ page, baseUrl }: BrowserTestArgs) {
  await openApp(page, baseUrl);
  const saved = await makeThreeScenes(page);
  assert.notEqual(saved[0].nodes, saved[1].nodes, 'the scenes draw different graphs');

  for (const index of [0, 1, 2, 1, 0, 2]) {
    await showScene(page, index);
    const now = await canvasFacts(page);
    const want = saved[index];
    assert.equal(now.nodes, want.nodes, `scene ${index + 1}: nodes`);
    assert.equal(now.edges, want.edges, `scene ${index + 1}: edges`);
    assert.deepEqual(now.picked, want.picked, `scene ${index + 1}: selected actor`);
    assert.ok(
      sameBox(now.extent, want.extent),
      `scene ${index + 1}: shown box ${JSON.stringify(now.extent)} vs saved ${JSON.stringify(want.extent)}`,
    );
    for (const [key, [x, y]] of Object.entries(want.positions)) {
      const at = now.positions[key];
      assert.ok(at, `scene ${index + 1}: node ${key} is drawn`);
      assert.ok(
        Math.abs(at[0] - x) < 0.01 && Math.abs(at[1] - y) < 0.01,
        `scene ${index + 1}: node ${key} at its saved place`,
      );
    }
  }
  await showScene(page, 1);
  assert.equal(await page.getByTestId('level-select').inputValue(), 'people');
  assert.equal(await page.getByTestId('color-by').inputValue(), 'community');
  assert.equal(await page.getByTestId('filter-largest').isChecked(), true);
  await showScene(page, 0);
  assert.equal(await page.getByTestId('level-select').inputValue(), 'organizations');
  assert.equal(await page.getByTestId('color-by').inputValue(), 'sector');
  assert.equal(await page.getByTestId('filter-largest').isChecked(), false);

  // Update a scene from the current view: it shows the new view from then on.
  await page.getByTestId('level-select').selectOption('people');
  const people = await waitForCanvas(page, (f) => f.nodes !== saved[0].nodes, 'the people level');
  await page.getByTestId('scene-update').nth(0).click();
  await showScene(page, 2);
  await showScene(page, 0);
  assert.equal(await page.getByTestId('level-select').inputValue(), 'people');
  assert.equal((await canvasFacts(page)).nodes, people.nodes);
  assert.deepEqual(await sceneTitles(page), ['Scene 1', 'Scene 2', 'Scene 3']);
}

/** The scenes of the workspace record autosave wrote, or undefined. */
async function savedScenes(page: Page): Promise<{ title: string }[] | undefined> {
  return (await savedRecord(page))?.scenes as { title: string }[] | undefined;
}

export async function scenesAreEditedAndKept({ page, baseUrl }: BrowserTestArgs) {
  await openApp(page, baseUrl);
  const saved = await makeThreeScenes(page);

  await renameScene(page, 1, 'Communities', 'Who works with whom, by community');
  assert.deepEqual(await sceneTitles(page), ['Scene 1', 'Communities', 'Scene 3']);
  assert.equal(
    (await page.getByTestId('scene-item').nth(1).getByTestId('scene-caption').innerText()).trim(),
    'Who works with whom, by community',
  );

  // Reorder by keyboard (Alt+↑ on the item), by the arrow buttons, and by dragging.
  await page.getByTestId('scene-show').nth(2).focus();
  await page.keyboard.press('Alt+ArrowUp');
  assert.deepEqual(await sceneTitles(page), ['Scene 1', 'Scene 3', 'Communities']);
  await page.getByTestId('scene-down').nth(0).click();
  assert.deepEqual(await sceneTitles(page), ['Scene 3', 'Scene 1', 'Communities']);
  await page.getByTestId('scene-item').nth(2).dragTo(page.getByTestId('scene-item').nth(0));
  assert.deepEqual(await sceneTitles(page), ['Communities', 'Scene 3', 'Scene 1']);

  // Duplicate, delete, undo brings the deleted scene back.
  await page.getByTestId('scene-duplicate').nth(0).click();
  assert.deepEqual(await sceneTitles(page), [
    'Communities',
    'Communities (copy)',
    'Scene 3',
    'Scene 1',
  ]);
  await page.getByTestId('scene-delete').nth(2).click();
  assert.deepEqual(await sceneTitles(page), ['Communities', 'Communities (copy)', 'Scene 1']);
  await page.getByTestId('undo').click();
  assert.deepEqual(await sceneTitles(page), [
    'Communities',
    'Communities (copy)',
    'Scene 3',
    'Scene 1',
  ]);
  await page.getByTestId('scene-delete').nth(1).click();
  const titles = ['Communities', 'Scene 3', 'Scene 1'];
  assert.deepEqual(await sceneTitles(page), titles);

  // Kept in IndexedDB: after a reload the same scenes, in order, show the same views.
  const deadline = Date.now() + APP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const kept = await savedScenes(page);
    if (kept !== undefined && kept.map((s) => s.title).join('|') === titles.join('|')) break;
    await page.waitForTimeout(200);
  }
  assert.deepEqual(
    (await savedScenes(page))?.map((s) => s.title),
    titles,
    'autosaved',
  );
  await page.reload();
  await openApp(page, baseUrl);
  await page.getByTestId('scene-item').nth(2).waitFor({ timeout: APP_TIMEOUT_MS });
  assert.deepEqual(await sceneTitles(page), titles);
  await showScene(page, 0);
  const communities = await canvasFacts(page);
  assert.equal(communities.nodes, saved[1].nodes);
  assert.deepEqual(communities.picked, saved[1].picked);
  assert.ok(sameBox(communities.extent, saved[1].extent), 'the saved box after a reload');
  await showScene(page, 1);
  assert.equal((await canvasFacts(page)).nodes, saved[2].nodes);
}

export async function scenePicturesAreExported({ page, baseUrl }: BrowserTestArgs) {
  await openApp(page, baseUrl);
  await waitForCanvas(page, (f) => f.nodes > 0, 'a first drawing');
  await addScene(page);
  await page.getByTestId('level-select').selectOption('people');
  await page.waitForTimeout(300);
  await waitForCanvas(page, (f) => f.nodes > 0, 'the people level');
  await addScene(page);
  await renameScene(page, 0, '組織のネットワーク', 'Organizations, FY2002–2009');

  await page.getByTestId('scene-format').selectOption('png2');
  const two = await downloadOf(page, () => page.getByTestId('scene-picture').nth(0).click());
  assert.equal(two.name, '01-組織のネットワーク.png');
  await page.getByTestId('scene-format').selectOption('png4');
  const four = await downloadOf(page, () => page.getByTestId('scene-picture').nth(0).click());
  const size2 = pngSize(two.bytes);
  const size4 = pngSize(four.bytes);
  assert.ok(size2.width > 400 && size2.height > 300, `a real picture (${JSON.stringify(size2)})`);
  // The same picture at 4× is twice the 2× one (±2 px of rounding).
  assert.ok(Math.abs(size4.width - 2 * size2.width) <= 2, `width ${size4.width} vs ${size2.width}`);
  assert.ok(Math.abs(size4.height - 2 * size2.height) <= 2, `height ${size4.height}`);

  await page.getByTestId('scene-format').selectOption('svg');
  const svg = await downloadOf(page, () => page.getByTestId('scene-picture').nth(1).click());
  assert.equal(svg.name, '02-scene-2.svg');
  const svgText = svg.bytes.toString('utf8');
  assert.match(svgText, /^<\?xml[^>]*>\s*<svg /);
  assert.ok(svgText.includes('>Scene 2</text>'), 'the SVG carries the scene title');
  // The legend beside the drawing, as in the PNG: the shape key and the sectors' names.
  for (const words of ['Shape', 'Organization', 'Person', 'Academia', 'Industry'])
    assert.ok(new RegExp(`>${words}[^<]*</text>`).test(svgText), `the SVG legend has "${words}"`);
  const parseError = await page.evaluate(
    (text) =>
      new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror')
        ?.textContent ?? null,
    svgText,
  );
  assert.equal(parseError, null, 'the SVG is well-formed');

  await page.getByTestId('scene-format').selectOption('png2');
  const zip = await downloadOf(page, () => page.getByTestId('export-scenes').click());
  assert.equal(zip.name, 'sapporo-scenes.zip');
  const files = unzipSync(new Uint8Array(zip.bytes));
  assert.deepEqual(Object.keys(files).sort(), ['01-組織のネットワーク.png', '02-scene-2.png']);
  assert.deepEqual(pngSize(files['01-組織のネットワーク.png']), size2);
  assert.ok(pngSize(files['02-scene-2.png']).width > 400);
  // The offline deck: one HTML file named after the region, with the scenes' titles.
  const deck = await downloadOf(page, () => page.getByTestId('export-deck').click());
  assert.equal(deck.name, 'sapporo-deck.html');
  const html = deck.bytes.toString('utf8');
  assert.match(html, /^<!doctype html>/i);
  assert.ok(
    html.includes('Scene 2') && html.includes('組織のネットワーク'),
    'scene titles in the deck',
  );
  // The view is put back after exporting: the people level, as before.
  await page.waitForFunction(
    () => document.querySelector('[data-testid="export-scenes"]:disabled') === null,
  );
  assert.equal(await page.getByTestId('level-select').inputValue(), 'people');
  // Exporting left no steps in undo: undo takes back the last own change (the rename).
  await page.getByTestId('undo').click();
  assert.deepEqual(await sceneTitles(page), ['Scene 1', 'Scene 2']);
  assert.equal(await page.getByTestId('level-select').inputValue(), 'people');

  // A scene zoomed in 3× is pictured as zoomed: a picture of its box, not of everything.
  await zoomCanvas(page, 3);
  await addScene(page);
  const whole = pngSize(
    (await downloadOf(page, () => page.getByTestId('scene-picture').nth(1).click())).bytes,
  );
  const zoomed = pngSize(
    (await downloadOf(page, () => page.getByTestId('scene-picture').nth(2).click())).bytes,
  );
  assert.ok(
    zoomed.height < whole.height * 0.6,
    `zoomed scene picture ${JSON.stringify(zoomed)} vs whole ${JSON.stringify(whole)}`,
  );
}
