/**
 * Frame times while panning and zooming, for the browser bench (./browser.ts):
 * requestAnimationFrame deltas for ~6 s while Node drags the background (pan) and
 * wheel-zooms over the canvas; only the frames that end during a gesture count. Each
 * gesture is checked to have moved the view (GraphCanvas's data-viewport, "zoom panX
 * panY", must change), so a run where the view did not move can be reported as failing,
 * whatever its frame times.
 */
import type { Page } from 'playwright-core';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function measurePanZoom(
  page: Page,
  box: Box,
): Promise<{ frames: number[]; gestures: number; moved: number }> {
  let gestures = 0;
  let moved = 0;
  await page.evaluate(() => {
    const b = (window as unknown as { __bench: { frameEnds: number[][]; stop?: boolean } }).__bench;
    b.frameEnds = [];
    b.stop = false;
    let last = performance.now();
    const tick = (t: number): void => {
      b.frameEnds.push([t, t - last]);
      last = t;
      if (!b.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
    });
  });
  const mark = () =>
    page.evaluate(() => ({
      at: performance.now(),
      viewport: document
        .querySelector('[data-testid="graph-canvas"]')
        ?.getAttribute('data-viewport'),
    }));
  const windows: [number, number][] = [];
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // Pans start in a corner: the fitted drawing keeps 40 px of padding, so the drag grabs
  // the background (grabbing a node would move the node, not the view, and not count).
  const px = box.x + 12;
  const py = box.y + 12;
  const until = Date.now() + 6000;
  let i = 0;
  while (Date.now() < until) {
    const before = await mark();
    if (i % 2 === 0) {
      const sign = i % 4 === 0 ? 1 : -1;
      const [x0, y0] = sign > 0 ? [px, py] : [px + 120, py + 60];
      await page.mouse.move(x0, y0);
      await page.mouse.down();
      for (let s = 1; s <= 10; s++) await page.mouse.move(x0 + sign * s * 12, y0 + sign * s * 6);
      await page.mouse.up();
    } else {
      await page.mouse.move(cx, cy);
      for (let s = 0; s < 5; s++) await page.mouse.wheel(0, i % 4 === 1 ? -120 : 120);
    }
    const after = await mark();
    windows.push([before.at, after.at]);
    gestures += 1;
    if (after.viewport !== before.viewport) moved += 1;
    i++;
  }
  const frameEnds = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { frameEnds: number[][]; stop?: boolean } }).__bench;
    b.stop = true;
    return b.frameEnds;
  });
  const frames = frameEnds
    .filter(([end]) => windows.some(([from, to]) => end > from && end <= to))
    .map(([, duration]) => duration);
  return { frames, gestures, moved };
}
