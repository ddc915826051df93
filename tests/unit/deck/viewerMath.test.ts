/**
 * The viewer's pure parts: the fit, zoom and glide of the view transform (screen =
 * k·model + t) and which scene a key leads to.
 */
import { describe, expect, it } from 'vitest';
import {
  fitTransform,
  interpolateView,
  MAX_ZOOM,
  toScreen,
  zoomAt,
} from '../../../src/deck/viewer/geometry.ts';
import { applyStep, counterText, stepForKey } from '../../../src/deck/viewer/steps.ts';

describe('fitTransform', () => {
  it('shows a wide box whole, centred vertically', () => {
    // Box 200 × 100 at (−100, −50) in an 800 × 600 stage: k = min(4, 6) = 4.
    const view = fitTransform({ x: -100, y: -50, width: 200, height: 100 }, 800, 600);
    expect(view.k).toBe(4);
    expect(toScreen(view, -100, -50)).toEqual([0, 100]); // top-left corner
    expect(toScreen(view, 100, 50)).toEqual([800, 500]); // bottom-right corner
  });

  it('shows a tall box whole, centred horizontally', () => {
    const view = fitTransform({ x: 0, y: 0, width: 100, height: 300 }, 600, 600);
    expect(view.k).toBe(2);
    expect(toScreen(view, 0, 0)).toEqual([200, 0]);
    expect(toScreen(view, 100, 300)).toEqual([400, 600]);
  });

  it('survives an empty box', () => {
    const view = fitTransform({ x: 5, y: 5, width: 0, height: 0 }, 100, 100);
    expect(Number.isFinite(view.k) && Number.isFinite(view.tx)).toBe(true);
  });
});

describe('zoomAt', () => {
  it('keeps the model point under the cursor in place', () => {
    const view = { k: 2, tx: 30, ty: -10 };
    const [mx, my] = [(120 - 30) / 2, (80 + 10) / 2]; // model point under (120, 80)
    const zoomed = zoomAt(view, 1.5, 120, 80);
    expect(zoomed.k).toBe(3);
    const [sx, sy] = toScreen(zoomed, mx, my);
    expect(sx).toBeCloseTo(120, 9);
    expect(sy).toBeCloseTo(80, 9);
  });

  it('stops at the largest zoom', () => {
    expect(zoomAt({ k: MAX_ZOOM, tx: 0, ty: 0 }, 2, 0, 0).k).toBe(MAX_ZOOM);
  });
});

describe('interpolateView', () => {
  it('starts and ends at the two views and zooms geometrically', () => {
    const from = { k: 1, tx: 0, ty: 0 };
    const to = { k: 4, tx: -100, ty: 50 };
    const start = interpolateView(from, to, 0, 400, 300);
    const end = interpolateView(from, to, 1, 400, 300);
    expect(start.k).toBeCloseTo(1, 12);
    expect(start.tx).toBeCloseTo(0, 9);
    expect(end.k).toBeCloseTo(4, 12);
    expect(end.tx).toBeCloseTo(-100, 9);
    expect(end.ty).toBeCloseTo(50, 9);
    expect(interpolateView(from, to, 0.5, 400, 300).k).toBeCloseTo(2, 12); // √(1·4)
  });
});

describe('stepForKey and applyStep', () => {
  it.each([
    ['ArrowRight', false, 'next'],
    ['PageDown', false, 'next'],
    [' ', false, 'next'],
    [' ', true, 'previous'],
    ['ArrowLeft', false, 'previous'],
    ['PageUp', false, 'previous'],
    ['Home', false, 'first'],
    ['End', false, 'last'],
    ['a', false, null],
    ['Escape', false, null],
  ] as const)('%j (shift %s) → %s', (key, shift, step) => {
    expect(stepForKey(key, shift)).toBe(step);
  });

  it('stays within the deck without wrapping', () => {
    expect(applyStep(0, 'next', 3)).toBe(1);
    expect(applyStep(2, 'next', 3)).toBe(2);
    expect(applyStep(0, 'previous', 3)).toBe(0);
    expect(applyStep(1, 'last', 3)).toBe(2);
    expect(applyStep(2, 'first', 3)).toBe(0);
    expect(applyStep(0, 'next', 0)).toBe(0);
  });

  it('fills the counter template', () => {
    expect(counterText('{{n}} / {{total}}', 1, 5)).toBe('2 / 5');
    expect(counterText('シーン {{ n }}／{{total}}', 0, 3)).toBe('シーン 1／3');
  });
});
