/**
 * Present mode's pure parts: what each key does (clicker keys included), the viewport that
 * shows a saved box in a canvas of another size, the high-contrast theme's label size
 * (LABEL_PX on screen at any zoom), and scene file names.
 */
import { describe, expect, it } from 'vitest';
import { commandOf, slideAfter } from '../../../src/ui/present/presentKeys.ts';
import { viewportFor } from '../../../src/ui/scenes/viewportFit.ts';
import { allScenesFileName, sceneFileName } from '../../../src/ui/scenes/sceneFiles.ts';
import {
  LABEL_PX,
  PRESENT_SECTOR_COLOURS,
  buildPresentStyle,
  quantiseZoom,
} from '../../../src/view/presentStyle.ts';

describe('present mode keys', () => {
  it.each([
    ['ArrowRight', false, 'next'],
    ['ArrowDown', false, 'next'],
    ['PageDown', false, 'next'],
    [' ', false, 'next'],
    [' ', true, 'previous'],
    ['ArrowLeft', false, 'previous'],
    ['ArrowUp', false, 'previous'],
    ['PageUp', false, 'previous'],
    ['Home', false, 'first'],
    ['End', false, 'last'],
    ['Escape', false, 'exit'],
    ['a', false, null],
  ] as const)('%j (shift %s) → %s', (key, shift, command) => {
    expect(commandOf(key, shift)).toBe(command);
  });

  it('steps within the slides', () => {
    expect(slideAfter('next', 0, 3)).toBe(1);
    expect(slideAfter('next', 2, 3)).toBe(2);
    expect(slideAfter('previous', 0, 3)).toBe(0);
    expect(slideAfter('last', 0, 3)).toBe(2);
    expect(slideAfter('first', 2, 3)).toBe(0);
    expect(slideAfter('exit', 1, 3)).toBeNull();
    expect(slideAfter('next', 0, 0)).toBe(0);
  });
});

describe('viewportFor', () => {
  it('fits the box whole and centred: model point p is drawn at zoom·p + pan', () => {
    const box = { x: 100, y: -50, w: 400, h: 200 };
    const { zoom, pan } = viewportFor(box, 1000, 1000, 0.05, 6);
    expect(zoom).toBeCloseTo(2.5, 10); // width decides: 1000 / 400
    // The box centre (300, 50) lands in the canvas centre (500, 500).
    expect(zoom * 300 + pan.x).toBeCloseTo(500, 10);
    expect(zoom * 50 + pan.y).toBeCloseTo(500, 10);
    // The box's left edge at the canvas's left edge; its height (500 px) inside 1000 px.
    expect(zoom * 100 + pan.x).toBeCloseTo(0, 10);
  });

  it('clamps the zoom to the canvas limits', () => {
    expect(viewportFor({ x: 0, y: 0, w: 1, h: 1 }, 800, 600, 0.05, 6).zoom).toBe(6);
    expect(viewportFor({ x: 0, y: 0, w: 1e6, h: 1e6 }, 800, 600, 0.05, 6).zoom).toBe(0.05);
  });
});

describe('present theme', () => {
  const fontSize = (zoom: number) => {
    const node = buildPresentStyle({ zoom, bySector: true }).find(
      (entry) => 'selector' in entry && entry.selector === 'node',
    ) as unknown as { style: Record<string, unknown> };
    return node.style['font-size'] as number;
  };

  it('draws labels at LABEL_PX on screen whatever the zoom', () => {
    for (const zoom of [0.25, 0.6, 1, 2.5]) expect(fontSize(zoom) * zoom).toBeCloseTo(LABEL_PX, 1);
    expect(LABEL_PX).toBeGreaterThanOrEqual(20);
  });

  it('replaces sector colours only when colouring by sector', () => {
    const sectorRules = (bySector: boolean) =>
      buildPresentStyle({ zoom: 1, bySector }).filter(
        (entry) => 'selector' in entry && entry.selector.startsWith('node[sector'),
      );
    expect(sectorRules(true)).toHaveLength(Object.keys(PRESENT_SECTOR_COLOURS).length);
    expect(sectorRules(false)).toHaveLength(0);
  });

  it('rounds the zoom to steps so small moves do not restyle', () => {
    expect(quantiseZoom(1)).toBeCloseTo(1, 10);
    expect(quantiseZoom(1.03)).toBeCloseTo(1, 10);
    expect(quantiseZoom(1.12)).toBeCloseTo(1.12, 10);
    expect(quantiseZoom(0)).toBe(1);
  });
});

describe('scene file names', () => {
  it('numbers scenes and keeps titles of any script readable', () => {
    expect(sceneFileName(0, 'Who works with whom?', 'png')).toBe('01-who-works-with-whom.png');
    expect(sceneFileName(11, '札幌: 組織のネットワーク', 'svg')).toBe(
      '12-札幌-組織のネットワーク.svg',
    );
    expect(allScenesFileName('Sapporo', 'scenes', 'zip')).toBe('sapporo-scenes.zip');
    expect(allScenesFileName(undefined, 'deck', 'html')).toBe('workspace-deck.html');
  });
});
