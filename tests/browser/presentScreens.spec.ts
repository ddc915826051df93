/**
 * Present mode on projector screens (1024 × 768, 1280 × 720) and a full-HD one: the whole
 * title (up to two lines) and caption are shown, not cut; the legend shows its last key
 * (the shapes) without scrolling; and no text lies over the graph's canvas.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { APP_TIMEOUT_MS, type BrowserTestArgs } from './harness.ts';
import { openApp, screenshot } from './filesShared.ts';
import { addScene, renameScene } from './scenesShared.ts';

const TITLE = 'Sapporo Knowledge Cluster: the biotech and IT network around one university';
const CAPTION =
  'Joint research, patents and contracts FY2002–2009. One university leads almost every project.';

interface Fit {
  titleCut: boolean;
  captionCut: boolean;
  legendScrolls: boolean;
  lastKeyShown: boolean;
  overCanvas: string[];
}

async function fit(page: Page): Promise<Fit> {
  // No helper functions inside: tsx names them with a helper the page does not have.
  return page.evaluate(() => {
    const title = document.querySelector('[data-testid="present-title"]')!;
    const caption = document.querySelector('[data-testid="present-caption"]')!;
    const legend = document.querySelector('[data-testid="present-legend"]')!;
    const items = legend.querySelectorAll('li');
    const last = items[items.length - 1].getBoundingClientRect();
    const canvas = document.querySelector('.canvas-area')!.getBoundingClientRect();
    const overCanvas: string[] = [];
    for (const selector of [
      '.present-head h1',
      '.present-head p',
      '.present-legend',
      '.present-controls',
    ]) {
      const r = document.querySelector(selector)!.getBoundingClientRect();
      if (
        r.left < canvas.right &&
        canvas.left < r.right &&
        r.top < canvas.bottom &&
        canvas.top < r.bottom
      )
        overCanvas.push(selector);
    }
    return {
      titleCut:
        title.scrollHeight > title.clientHeight + 1 || title.scrollWidth > title.clientWidth + 1,
      captionCut:
        caption.scrollHeight > caption.clientHeight + 1 ||
        caption.scrollWidth > caption.clientWidth + 1,
      legendScrolls: legend.scrollHeight > legend.clientHeight + 1,
      lastKeyShown: last.bottom <= legend.getBoundingClientRect().bottom && last.height > 0,
      overCanvas,
    };
  });
}

export async function presentFitsProjectorScreens({ page, baseUrl }: BrowserTestArgs) {
  await openApp(page, baseUrl);
  await page.getByTestId('color-by').selectOption('community');
  await addScene(page);
  await renameScene(page, 0, TITLE, CAPTION);
  for (const [width, height] of [
    [1024, 768],
    [1280, 720],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await page.getByTestId('present-button').click();
    await page
      .locator('[data-testid="present-view"][data-state="ready"]')
      .waitFor({ state: 'attached', timeout: APP_TIMEOUT_MS });
    await page.waitForTimeout(300);
    const now = await fit(page);
    await screenshot(page, `present-${width}x${height}.png`);
    assert.deepEqual(
      now,
      {
        titleCut: false,
        captionCut: false,
        legendScrolls: false,
        lastKeyShown: true,
        overCanvas: [],
      },
      `${width} × ${height}`,
    );
    await page.keyboard.press('Escape');
    await page.getByTestId('present-view').waitFor({ state: 'detached', timeout: APP_TIMEOUT_MS });
  }
}
