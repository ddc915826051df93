/**
 * "How it grew": two scenes of one region and level with different years. Stepping from
 * the early period to the whole one in present mode morphs the drawing rather than fading
 * the canvas out: what both periods share stays drawn, the new ties fade in, and when the
 * glide ends every element is drawn as its style says (no transparency left behind).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { APP_TIMEOUT_MS, type BrowserTestArgs } from './harness.ts';
import { openApp } from './filesShared.ts';
import { addScene, waitForCanvas, zoomCanvas } from './scenesShared.ts';

interface Sample {
  fading: string | null;
  edges: number;
  /** Ties and nodes nearly transparent (fading in; the present style draws none below 0.3). */
  faintTies: number;
  faintNodes: number;
}

/** Samples every frame for `ms` after the next key press; a string, so tsx leaves it alone. */
const SAMPLER = (ms: number) => `(() => {
  const samples = [];
  window.__samples = samples;
  const view = document.querySelector('[data-testid="present-view"]');
  const canvas = document.querySelector('[data-testid="graph-canvas"]');
  let t0 = null;
  const tick = () => {
    const cy = canvas._cyreg.cy;
    let faintTies = 0;
    let faintNodes = 0;
    cy.elements().forEach((e) => {
      if (e.numericStyle('opacity') < 0.3) e.isNode() ? faintNodes++ : faintTies++;
    });
    samples.push({
      fading: view.getAttribute('data-fading'),
      edges: cy.edges().length,
      faintTies,
      faintNodes,
    });
    if (t0 === null) t0 = performance.now();
    if (performance.now() - t0 < ${ms}) requestAnimationFrame(tick);
  };
  window.addEventListener('keydown', () => requestAnimationFrame(tick), { once: true, capture: true });
})()`;

/** Draws the years up to `year` and gives the number of ties drawn. */
async function drawUpTo(page: Page, year: string, check: (edges: number) => boolean) {
  await page.getByTestId('year-to').selectOption(year);
  const facts = await waitForCanvas(page, (f) => check(f.edges), `drawn up to ${year}`);
  await page.waitForTimeout(400);
  return facts.edges;
}

/**
 * Arms a step: the moment the morph makes a new tie transparent (Cytoscape reports the
 * restyle synchronously, before the fade begins), the next key press is sent from inside
 * the page, so the second step always lands in that window. A string: tsx leaves it alone.
 */
const STEP_WHEN_TRANSPARENT = `(() => {
  const cy = document.querySelector('[data-testid="graph-canvas"]')._cyreg.cy;
  const onStyle = (event) => {
    if (event.target.numericStyle('opacity') !== 0) return;
    cy.removeListener('style', 'edge', onStyle);
    window.__steppedEarly = true;
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
  };
  cy.on('style', 'edge', onStyle);
})()`;

/** Ties drawn and elements still nearly transparent, now. */
async function faintNow(page: Page): Promise<{ edges: number; faint: number }> {
  return page.getByTestId('graph-canvas').evaluate((element) => {
    interface Cy {
      edges(): { length: number };
      elements(): {
        filter(f: (e: { numericStyle(p: string): number }) => boolean): { length: number };
      };
    }
    const cy = (element as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    return {
      edges: cy.edges().length,
      faint: cy.elements().filter((e) => e.numericStyle('opacity') < 0.3).length,
    };
  });
}

export async function presentMorphsBetweenPeriods({ page, baseUrl }: BrowserTestArgs) {
  await openApp(page, baseUrl);
  const years = await page.getByTestId('year-to').locator('option').allInnerTexts();
  assert.ok(years.length >= 4, `years: ${years.join(', ')}`);
  const values = await page
    .getByTestId('year-to')
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const all = (await waitForCanvas(page, (f) => f.edges > 0, 'a drawing')).edges;
  const early = await drawUpTo(page, values[Math.floor(values.length / 2)], (e) => e < all);
  await addScene(page);
  const whole = await drawUpTo(page, values[values.length - 1], (e) => e === all);
  await addScene(page);
  await zoomCanvas(page, 1.6);
  await addScene(page); // the whole period again, zoomed in
  assert.ok(whole > early, `ties: ${early} early, ${whole} in the whole period`);

  await page.getByTestId('present-button').click();
  await page
    .locator('[data-testid="present-view"][data-state="ready"][data-slide="0"]')
    .waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
  await waitForCanvas(page, (f) => f.edges === early, 'the early period presented');
  await page.evaluate(SAMPLER(900));
  await page.keyboard.press('ArrowRight');
  await page
    .locator('[data-testid="present-view"][data-state="ready"][data-slide="1"]')
    .waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
  await page.waitForTimeout(1000);
  const samples = await page.evaluate(
    () => (window as unknown as { __samples: Sample[] }).__samples,
  );
  assert.ok(samples.length > 10, `frames sampled: ${samples.length}`);
  assert.deepEqual(
    samples.filter((s) => s.fading === 'true'),
    [],
    'the canvas never fades out between two periods',
  );
  const midway = samples.filter((s) => s.edges === whole && s.faintTies > 0);
  assert.ok(midway.length >= 3, `new ties fade in over frames: ${JSON.stringify(samples)}`);
  assert.ok(
    midway.every((s) => s.faintTies <= whole - early),
    'at most the new ties fade in',
  );
  // Both periods draw every actor (isolates included): no node ever disappears.
  assert.deepEqual(
    samples.filter((s) => s.faintNodes > 0),
    [],
    'the nodes stay drawn',
  );
  const settled = await faintNow(page);
  assert.deepEqual(settled, { edges: whole, faint: 0 });

  // Stepping on before a morph has begun to fade (to a scene of the same graph) leaves
  // nothing transparent behind.
  await page.keyboard.press('Home');
  await page
    .locator('[data-testid="present-view"][data-state="ready"][data-slide="0"]')
    .waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
  await page.evaluate(STEP_WHEN_TRANSPARENT);
  await page.keyboard.press('ArrowRight');
  await page
    .locator('[data-testid="present-view"][data-state="ready"][data-slide="2"]')
    .waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
  await page.waitForTimeout(1000);
  assert.equal(
    await page.evaluate(() => (window as unknown as { __steppedEarly?: boolean }).__steppedEarly),
    true,
    'the second step came while the new ties were transparent',
  );
  assert.deepEqual(await faintNow(page), { edges: whole, faint: 0 }, 'after two quick steps');
}
