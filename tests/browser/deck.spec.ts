/**
 * The offline deck through the real UI: scenes made in the scene list, "Offline deck"
 * downloads one HTML file, which is opened from a file:// URL in a new browser context
 * with the network cut (offline, and every request that is not file: aborted and
 * counted: none may happen). The viewer must draw each scene as exported, step with the
 * keys a presentation clicker sends, show a node's label on hover, pan and zoom, show an
 * HTML payload (a node label and a scene title) as text, glide between scenes (checked
 * half-way under a fake clock), and speak Japanese in a deck made in Japanese.
 * Screenshots of both languages go to test-results/deck-{en,ja}.png.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import type { Deck } from '../../src/deck/types.ts';
import { unpackDeck } from '../../src/deck/pack.ts';
import { CSV_FILES, PAYLOAD, pickFiles } from './filesShared.ts';
import { APP_TIMEOUT_MS, type BrowserTestArgs } from './harness.ts';

const REPO = resolve(import.meta.dirname, '..', '..');
const SCREEN_DIR = join(REPO, 'test-results');

/** What the workbench canvas draws now (the page's Cytoscape instance). */
async function canvasCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  return page.getByTestId('graph-canvas').evaluate((element) => {
    type Cy = { nodes(s: string): { length: number }; edges(s: string): { length: number } };
    const cy = (element as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    return { nodes: cy.nodes(':visible').length, edges: cy.edges(':visible').length };
  });
}

async function waitForDrawn(page: Page): Promise<void> {
  await page
    .locator('[data-testid="graph-canvas"][data-state="ready"]')
    .waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
  await page.getByTestId('progress').waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });
}

/** Zooms the workbench canvas about its centre, as a wheel would. */
async function zoomCanvas(page: Page, factor: number): Promise<void> {
  await page.getByTestId('graph-canvas').evaluate((element, by) => {
    type Cy = { zoom(o?: unknown): number; width(): number; height(): number };
    const cy = (element as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    cy.zoom({ level: cy.zoom() * by, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }, factor);
}

/** Adds the current view as a scene through the scene list and names it. */
async function addScene(page: Page, title: string, caption: string): Promise<void> {
  const items = page.getByTestId('scene-item');
  const index = await items.count();
  await page.getByTestId('add-scene').click();
  await items.nth(index).waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
  await items.nth(index).getByTestId('scene-edit').click();
  await page.getByTestId('scene-title-input').fill(title);
  await page.getByTestId('scene-caption-input').fill(caption);
  await page.getByTestId('scene-save').click();
  await page.getByTestId('scene-title-input').waitFor({ state: 'detached' });
}

/** Clicks "Offline deck" and returns the downloaded HTML. */
async function exportDeck(page: Page): Promise<{ name: string; html: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId('export-deck').click(),
  ]);
  const path = await download.path();
  assert.ok(path, 'the deck was downloaded');
  return { name: download.suggestedFilename(), html: readFileSync(path, 'utf8') };
}

/** The deck inside a deck HTML file, read back as the viewer reads it. */
function deckOf(html: string): Deck {
  const match = /<script type="application\/json" id="deck-data">([^<]*)<\/script>/.exec(html);
  assert.ok(match, 'the file has a deck-data block');
  return unpackDeck(JSON.parse(match[1]));
}

/**
 * Three scenes made in the workbench: a region whole, zoomed in, and an imported
 * region whose organization (and the scene title) is an HTML payload. Returns what the
 * canvas drew for each.
 */
async function makeScenes(page: Page): Promise<{ nodes: number; edges: number }[]> {
  const drawn = [];
  await waitForDrawn(page);
  await addScene(page, 'The whole region', 'Every organization and its ties.');
  drawn.push(await canvasCounts(page));
  await zoomCanvas(page, 2.5);
  await addScene(page, 'Around the hub', 'The university and its partners.');
  drawn.push(await canvasCounts(page));
  await pickFiles(page, CSV_FILES);
  await page.waitForFunction(
    () => {
      const element = document.querySelector('[data-testid="graph-canvas"][data-state="ready"]');
      type Cy = { nodes(): { length: number } };
      const cy = (element as unknown as { _cyreg?: { cy: Cy } } | null)?._cyreg?.cy;
      return cy !== undefined && cy.nodes().length > 0 && cy.nodes().length <= 6;
    },
    undefined,
    { timeout: APP_TIMEOUT_MS },
  );
  // The import report opens over the workbench (the file has problems on purpose).
  const report = page.getByTestId('import-report');
  await report.waitFor({ state: 'visible', timeout: APP_TIMEOUT_MS });
  await report.getByRole('button', { name: 'Close' }).click();
  await report.waitFor({ state: 'detached' });
  await waitForDrawn(page);
  await addScene(page, `Imported ${PAYLOAD}`, 'A region named by an HTML payload.');
  drawn.push(await canvasCounts(page));
  return drawn;
}

interface OfflineDeck {
  page: Page;
  context: BrowserContext;
  /** Requests that were not file: and were aborted. */
  aborted: string[];
  dialogs: string[];
  close(): Promise<void>;
}

/** Writes the deck to a temporary folder and opens it from file:// with the network cut. */
async function openOffline(
  context: BrowserContext,
  html: string,
  options: { fakeClock?: boolean } = {},
): Promise<OfflineDeck> {
  const dir = mkdtempSync(join(tmpdir(), 'cnw-deck-'));
  const file = join(dir, 'deck.html');
  writeFileSync(file, html);
  const browser = context.browser();
  assert.ok(browser, 'a browser behind the context');
  const offline = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    hasTouch: true,
  });
  await offline.setOffline(true);
  const aborted: string[] = [];
  await offline.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    aborted.push(url);
    return route.abort();
  });
  const page = await offline.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // A fake clock (timers, performance.now, requestAnimationFrame) lets a test stop a
  // transition half-way without timing anything.
  if (options.fakeClock === true) await page.clock.install();
  await page.goto(pathToFileURL(file).href);
  await page.getByTestId('deck-title').waitFor({ state: 'visible', timeout: 10_000 });
  return {
    page,
    context: offline,
    aborted,
    dialogs,
    close: async () => {
      await offline.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function text(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).innerText()).trim();
}

/** Waits until the counter reads `expected` and the transition has ended. */
async function settled(page: Page, expected: string): Promise<void> {
  await page.waitForFunction(
    (want) =>
      document.querySelector('[data-testid="deck-counter"]')?.textContent === want &&
      !document.querySelector('[data-testid="deck-svg"]')?.classList.contains('entering'),
    expected,
    { timeout: 5_000 },
  );
}

function viewTransform(page: Page): Promise<number[]> {
  return page.getByTestId('deck-view').evaluate((g) =>
    (g.getAttribute('transform') ?? '')
      .replace(/^matrix\(|\)$/g, '')
      .split(/\s+/)
      .map(Number),
  );
}

async function drawnKeys(page: Page): Promise<string[]> {
  return page
    .getByTestId('deck-node')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-key') ?? ''));
}

export async function deckFromScenesOpensOffline({ page, context, baseUrl }: BrowserTestArgs) {
  await page.goto(baseUrl + '/');
  const drawn = await makeScenes(page);
  const { name, html } = await exportDeck(page);
  assert.match(name, /\.html$/);
  const deck = deckOf(html);
  assert.equal(deck.language, 'en');
  assert.deepEqual(
    deck.scenes.map((scene) => ({ nodes: scene.nodes.length, edges: scene.edges.length })),
    drawn,
    'each scene holds what the canvas drew',
  );
  const opened = await openOffline(context, html);
  const viewer = opened.page;
  try {
    // The first scene: title, caption, counter, every node and tie.
    assert.equal(await text(viewer, 'deck-title'), 'The whole region');
    // When it was made, the date written in the deck's language.
    assert.match(
      await text(viewer, 'deck-made'),
      /^Made with Cluster Network Workbench on [A-Z][a-z]{2} \d{1,2}, \d{4}$/,
    );
    assert.equal(await text(viewer, 'deck-caption'), 'Every organization and its ties.');
    assert.equal(await text(viewer, 'deck-counter'), '1 / 3');
    const first = deck.scenes[0];
    assert.deepEqual(
      await drawnKeys(viewer),
      first.nodes.map((n) => n.key),
    );
    assert.equal(
      await viewer.locator('[data-testid="deck-view"] line').count(),
      first.edges.length,
    );
    assert.equal(await viewer.evaluate(() => document.documentElement.lang), 'en');
    assert.match(await text(viewer, 'deck-legend'), /Colour: sector/);

    // Hover: an unlabelled node's label appears and its neighbourhood is highlighted.
    const quiet = first.nodes.find(
      (n, i) =>
        !n.labelled && !n.dimmed && first.edges.some((e) => e.source === i || e.target === i),
    );
    assert.ok(quiet, 'an unlabelled node with a tie');
    const node = viewer.locator(`[data-testid="deck-node"][data-key="${quiet.key}"]`);
    const box = await node.boundingBox();
    assert.ok(box, 'the node is on screen');
    await viewer.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hoverLabel = viewer.locator(`[data-testid="deck-label"][data-key="${quiet.key}"]`);
    await hoverLabel.waitFor({ state: 'attached', timeout: 2_000 });
    assert.equal(await hoverLabel.textContent(), quiet.label);
    assert.equal(
      await viewer.getByTestId('deck-svg').evaluate((svg) => svg.classList.contains('hovering')),
      true,
    );

    // Moving off the node clears it; a tap on a touch screen (which has no hover) shows
    // it again.
    await viewer.mouse.move(2, 2);
    await hoverLabel.waitFor({ state: 'detached', timeout: 2_000 });
    await viewer.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await hoverLabel.waitFor({ state: 'attached', timeout: 2_000 });

    // Pan (drag) moves the view, zoom (wheel, button) scales it, fit restores it.
    const fitted = await viewTransform(viewer);
    const stage = (await viewer.getByTestId('deck-stage').boundingBox())!;
    await viewer.mouse.move(stage.x + 30, stage.y + 30);
    await viewer.mouse.down();
    await viewer.mouse.move(stage.x + 130, stage.y + 90, { steps: 5 });
    await viewer.mouse.up();
    const panned = await viewTransform(viewer);
    assert.equal(panned[0], fitted[0], 'a drag keeps the zoom');
    assert.ok(
      Math.abs(panned[4] - fitted[4] - 100) < 1 && Math.abs(panned[5] - fitted[5] - 60) < 1,
      `the drag pans by (100, 60): ${fitted.join(' ')} → ${panned.join(' ')}`,
    );
    await viewer.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
    await viewer.mouse.wheel(0, -300);
    await viewer.waitForFunction((k) => {
      const t = document.querySelector('[data-testid="deck-view"]')?.getAttribute('transform');
      return typeof t === 'string' && Number(t.slice(7).split(' ')[0]) > k;
    }, panned[0]);
    await viewer.getByTestId('deck-zoom-in').click();
    const zoomed = await viewTransform(viewer);
    assert.ok(zoomed[0] > panned[0] * 1.3, `wheel and + zoom in: ${panned[0]} → ${zoomed[0]}`);
    await viewer.getByTestId('deck-fit').click();
    assert.deepEqual(await viewTransform(viewer), fitted);

    // Steps with the keys clickers send; each scene drawn as exported.
    await viewer.mouse.move(2, 2);
    await viewer.keyboard.press('ArrowRight');
    await settled(viewer, '2 / 3');
    assert.equal(await text(viewer, 'deck-title'), 'Around the hub');
    const hub = await viewTransform(viewer);
    assert.ok(
      hub[0] > fitted[0] * 2,
      `the zoomed-in scene is drawn larger: ${fitted[0]} → ${hub[0]}`,
    );
    await viewer.keyboard.press('PageDown');
    await settled(viewer, '3 / 3');
    assert.equal(await text(viewer, 'deck-title'), `Imported ${PAYLOAD}`);
    assert.deepEqual(
      await drawnKeys(viewer),
      deck.scenes[2].nodes.map((n) => n.key),
    );
    assert.notDeepEqual(
      await drawnKeys(viewer),
      first.nodes.map((n) => n.key),
    );
    // The payload is text: a label and a title that read as markup, no element, no dialog.
    const labels = await viewer.getByTestId('deck-label').allTextContents();
    assert.ok(
      labels.includes(PAYLOAD),
      `the payload label is text (labels: ${labels.join(' | ')})`,
    );
    assert.equal(await viewer.locator('img').count(), 0);
    assert.deepEqual(opened.dialogs, []);
    await viewer.keyboard.press('PageDown'); // past the end: stays
    await settled(viewer, '3 / 3');
    await viewer.keyboard.press('PageUp');
    await settled(viewer, '2 / 3');
    await viewer.keyboard.press('Home');
    await settled(viewer, '1 / 3');
    assert.deepEqual(await viewTransform(viewer), fitted);
    await viewer.getByTestId('deck-next').click();
    await settled(viewer, '2 / 3');
    await viewer.keyboard.press('End');
    await settled(viewer, '3 / 3');

    assert.deepEqual(opened.aborted, [], 'the deck made no network request');
    await viewer.keyboard.press('Home');
    await settled(viewer, '1 / 3');
    mkdirSync(SCREEN_DIR, { recursive: true });
    await viewer.screenshot({ path: join(SCREEN_DIR, 'deck-en.png') });
  } finally {
    await opened.close();
  }
}

export async function japaneseDeckSpeaksJapanese({ page, context, baseUrl }: BrowserTestArgs) {
  await page.goto(baseUrl + '/');
  await waitForDrawn(page);
  await page.getByTestId('lang-select').selectOption('ja');
  await addScene(page, '地域の全体像', '大学を中心に企業が集まる。');
  await zoomCanvas(page, 2);
  await addScene(page, '中心の大学', 'ハブとその連携先。');
  const { html } = await exportDeck(page);
  assert.equal(deckOf(html).language, 'ja');
  const opened = await openOffline(context, html);
  const viewer = opened.page;
  try {
    assert.equal(await viewer.evaluate(() => document.documentElement.lang), 'ja');
    assert.equal(await text(viewer, 'deck-title'), '地域の全体像');
    assert.equal(await text(viewer, 'deck-fit'), '全体表示');
    assert.equal(await viewer.getByTestId('deck-next').getAttribute('aria-label'), '次のシーン');
    assert.equal(
      await viewer.getByTestId('deck-previous').getAttribute('aria-label'),
      '前のシーン',
    );
    assert.match(await text(viewer, 'deck-help'), /シーン切替/);
    assert.match(await text(viewer, 'deck-made'), /^\d{4}\/\d{1,2}\/\d{1,2} にクラスター/);
    assert.match(await text(viewer, 'deck-legend'), /色：セクター[\s\S]*大学等[\s\S]*大きさ：/);
    assert.equal(await text(viewer, 'deck-counter'), '1 / 2');
    await viewer.keyboard.press('Space');
    await settled(viewer, '2 / 2');
    assert.equal(await text(viewer, 'deck-title'), '中心の大学');
    assert.deepEqual(opened.aborted, []);
    await viewer.keyboard.press('Home');
    await settled(viewer, '1 / 2');
    mkdirSync(SCREEN_DIR, { recursive: true });
    await viewer.screenshot({ path: join(SCREEN_DIR, 'deck-ja.png') });
  } finally {
    await opened.close();
  }
}

/** Centre of each drawn node (model units), by key. */
async function drawnCentres(page: Page): Promise<Map<string, [number, number]>> {
  // No named functions inside page code: tsx's keepNames would call a missing __name.
  const list = await page.getByTestId('deck-node').evaluateAll((nodes) =>
    nodes.map((n) => {
      const [x, y, w, h, cx, cy] = ['x', 'y', 'width', 'height', 'cx', 'cy'].map((name) =>
        Number(n.getAttribute(name)),
      );
      const centre: [number, number] = n.tagName === 'rect' ? [x + w / 2, y + h / 2] : [cx, cy];
      return [n.getAttribute('data-key') ?? '', centre] as const;
    }),
  );
  return new Map(list);
}

export async function deckGlidesBetweenScenes({ page, context, baseUrl }: BrowserTestArgs) {
  await page.goto(baseUrl + '/');
  await waitForDrawn(page);
  await addScene(page, 'Drawn by force', 'ForceAtlas2.');
  const before = await nodePosition(page);
  await page.getByTestId('layout-select').selectOption('circle');
  await page.waitForFunction(
    ([key, x, y]) => {
      type Cy = { nodes(): { filter(f: (n: Node) => boolean): { first(): Node } } };
      type Node = { data(k: string): unknown; position(): { x: number; y: number } };
      const element = document.querySelector('[data-testid="graph-canvas"]');
      const cy = (element as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
      const p = cy
        .nodes()
        .filter((n) => n.data('key') === key)
        .first()
        .position();
      return Math.hypot(p.x - (x as number), p.y - (y as number)) > 1;
    },
    before,
    { timeout: APP_TIMEOUT_MS },
  );
  await waitForDrawn(page);
  await addScene(page, 'Drawn in a circle', 'By sector.');
  const exported = await exportDeck(page);
  const [force, circle] = deckOf(exported.html).scenes;
  const from = new Map(force.nodes.map((n) => [n.key, [n.x, n.y]]));
  const moving = circle.nodes.find((n) => {
    const p = from.get(n.key);
    return p !== undefined && Math.hypot(p[0] - n.x, p[1] - n.y) > 20;
  });
  assert.ok(moving, 'a node drawn in both scenes at different places');
  const start = from.get(moving.key)!;

  const opened = await openOffline(context, exported.html, { fakeClock: true });
  const viewer = opened.page;
  try {
    // The fake clock otherwise flows with real time: a slow key press on a loaded machine
    // once let the whole glide pass before the half-way look.
    await viewer.clock.pauseAt(Date.now() + 60_000);
    await viewer.keyboard.press('ArrowRight');
    await viewer.clock.runFor(350); // half of the 700 ms glide
    const half = (await drawnCentres(viewer)).get(moving.key)!;
    // Share of the way from the old place to the new one (projection on the move).
    const [dx, dy] = [moving.x - start[0], moving.y - start[1]];
    const along = ((half[0] - start[0]) * dx + (half[1] - start[1]) * dy) / (dx * dx + dy * dy);
    assert.ok(
      Math.hypot(half[0] - start[0], half[1] - start[1]) > 1 &&
        Math.hypot(half[0] - moving.x, half[1] - moving.y) > 1,
      `half-way the node is between its places: ${start} → ${half} → ${moving.x},${moving.y}`,
    );
    assert.ok(along > 0 && along < 1, `moving towards its new place (${along})`);
    await viewer.clock.runFor(1_000);
    const end = (await drawnCentres(viewer)).get(moving.key)!;
    assert.ok(Math.abs(end[0] - moving.x) < 0.01 && Math.abs(end[1] - moving.y) < 0.01);
    assert.equal(await text(viewer, 'deck-counter'), '2 / 2');
    assert.equal(
      await viewer.getByTestId('deck-svg').evaluate((svg) => svg.classList.contains('entering')),
      false,
    );
    assert.deepEqual(opened.aborted, []);
  } finally {
    await opened.close();
  }
}

/** The first drawn node's key and position on the workbench canvas. */
async function nodePosition(page: Page): Promise<[string, number, number]> {
  return page.getByTestId('graph-canvas').evaluate((element) => {
    type Node = { data(k: string): unknown; position(): { x: number; y: number } };
    const cy = (element as unknown as { _cyreg: { cy: { nodes(): { first(): Node } } } })._cyreg.cy;
    const node = cy.nodes().first();
    return [String(node.data('key')), node.position().x, node.position().y];
  });
}
