/**
 * The graph layer's node painter against a recording 2D context: one filled path per
 * paint, bodies before labels, labels only where the stylesheet gives one and the font is
 * big enough at the zoom, nodes off the screen skipped, and repaints after Cytoscape
 * restyles a node or the layer sets a class of its own.
 */
import { describe, expect, it } from 'vitest';
import cytoscape, { type NodeSingular, type StylesheetJson } from 'cytoscape';
import { NodeDrawing } from '../../../src/view/layer/nodeDrawing.ts';

const SHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 10,
      height: 10,
      'background-color': '#111111',
      label: '',
      'font-size': 10,
      'min-zoomed-font-size': 6,
      'text-valign': 'bottom',
    },
  },
  { selector: 'node[kind = "organization"]', style: { shape: 'round-rectangle' } },
  { selector: 'node[sector = "industry"]', style: { 'background-color': '#222222' } },
  { selector: 'node.labelled', style: { label: 'data(label)' } },
  { selector: 'node.faded', style: { opacity: 0.2, label: '' } },
];

interface Op {
  op: string;
  fill?: string;
  alpha?: number;
  text?: string;
}

/** A 2D context that records the calls the painter makes. */
function recorder(): { context: CanvasRenderingContext2D; ops: Op[] } {
  const ops: Op[] = [];
  const state = { fillStyle: '', globalAlpha: 1 };
  const record = (op: string) => () => ops.push({ op });
  const context = {
    ...state,
    beginPath: record('beginPath'),
    moveTo: () => undefined,
    ellipse: record('ellipse'),
    roundRect: record('roundRect'),
    rect: record('rect'),
    stroke: record('stroke'),
    fill(this: typeof state) {
      ops.push({ op: 'fill', fill: this.fillStyle, alpha: this.globalAlpha });
    },
    fillText(this: typeof state, text: string) {
      ops.push({ op: 'fillText', text, alpha: this.globalAlpha });
    },
    strokeText: record('strokeText'),
  };
  return { context: context as unknown as CanvasRenderingContext2D, ops };
}

function scene() {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: SHEET });
  cy.add([
    { group: 'nodes', data: { id: 'a', label: 'A', sector: 'academia' }, classes: ['labelled'] },
    { group: 'nodes', data: { id: 'b', label: 'B', sector: 'industry' } },
    { group: 'nodes', data: { id: 'c', label: 'C', sector: 'industry', kind: 'organization' } },
    { group: 'nodes', data: { id: 'far', label: 'F', sector: 'industry' } },
  ]);
  const nodes = cy.nodes().toArray() as NodeSingular[];
  // a, b, c on the screen, `far` well outside it.
  const xy = new Float64Array([0, 0, 20, 0, 40, 0, 5000, 5000]);
  const drawing = new NodeDrawing();
  drawing.setStyle(SHEET);
  const box = { x1: -100, y1: -100, x2: 100, y2: 100 };
  const paint = (scale = 1) => {
    const { context, ops } = recorder();
    drawing.paint(context, nodes, xy, box, scale);
    return ops;
  };
  return { cy, drawing, paint };
}

describe('graph layer node drawing', () => {
  it('fills one path per paint, bodies before labels, and skips what is off the screen', () => {
    const { paint } = scene();
    const ops = paint();
    const fills = ops.filter((op) => op.op === 'fill');
    // #111111 (a), #222222 circles (b, far), #222222 round rectangle (c).
    expect(fills.map((op) => op.fill).sort()).toEqual(['#111111', '#222222', '#222222']);
    expect(ops.filter((op) => op.op === 'ellipse')).toHaveLength(2); // a, b: not far
    expect(ops.filter((op) => op.op === 'roundRect')).toHaveLength(1);
    const labels = ops.filter((op) => op.op === 'fillText');
    expect(labels.map((op) => op.text)).toEqual(['A']);
    const lastBody = ops.map((op) => op.op).lastIndexOf('fill');
    expect(ops.findIndex((op) => op.op === 'fillText')).toBeGreaterThan(lastBody);
  });

  it('leaves out labels too small at the zoom, as min-zoomed-font-size says', () => {
    const { paint } = scene();
    // font 10 × texture scale 2^⌈log₂ 0.4⌉ = 0.5 → 5 < 6: no label.
    expect(paint(0.4).filter((op) => op.op === 'fillText')).toHaveLength(0);
    // 2^⌈log₂ 0.6⌉ = 1 → 10 ≥ 6.
    expect(paint(0.6).filter((op) => op.op === 'fillText')).toHaveLength(1);
  });

  it('repaints a node Cytoscape restyled, and nodes given a layer class', () => {
    const { cy, drawing, paint } = scene();
    paint();
    const b = cy.getElementById('b') as NodeSingular;
    b.addClass('labelled');
    drawing.nodeChanged(b);
    expect(
      paint()
        .filter((op) => op.op === 'fillText')
        .map((op) => op.text)
        .sort(),
    ).toEqual(['A', 'B']);
    drawing.setClass('faded', (id) => id !== 'a');
    const faded = paint();
    expect(faded.filter((op) => op.op === 'fillText').map((op) => op.text)).toEqual(['A']);
    const industry = faded.filter((op) => op.op === 'fill' && op.fill === '#222222');
    expect(industry.map((op) => op.alpha)).toEqual([0.2, 0.2]);
    drawing.setClass('faded', null);
    expect(paint().filter((op) => op.op === 'fill' && op.alpha !== 1)).toHaveLength(0);
  });
});
