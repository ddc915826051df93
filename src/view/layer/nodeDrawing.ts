/**
 * The nodes of the graph layer (./GraphLayer.ts) when it draws them: each node's paint
 * from the stylesheet (./nodeStyle.ts) with the node's data, classes and selection as
 * Cytoscape holds them, plus classes set on the layer alone (hover's `faded`, which on
 * Cytoscape would restyle every node), then bodies and labels drawn.
 *
 * - Paints are kept per node and recomputed only for the nodes Cytoscape restyled (its
 *   `style` events) or added, or for all of them after a stylesheet or layer-class
 *   change: a large graph's nodes arrive in parts, and repainting every node at each
 *   part made adding 5,000 nodes cost 27,500 paints.
 * - Bodies are grouped by paint (shape, fill, alpha, border, z-index): one path each,
 *   filled then stroked; groups go by z-index, then faint before opaque, as Cytoscape
 *   orders elements by z-index. Nodes off the screen are skipped.
 * - Labels are drawn after every body, so no node covers a label (Cytoscape draws each
 *   label with its node): text at the node's centre, below it for `text-valign: bottom`
 *   (above for top), shifted by text-margin-y, with an outline stroked at twice
 *   text-outline-width (centred on the glyph edge, as Cytoscape does), skipped when the
 *   font is smaller than min-zoomed-font-size at Cytoscape's texture scale
 *   2^⌈log₂(zoom · devicePixelRatio)⌉.
 */
import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { classBitsOf } from './sheetRules.ts';
import { paintNode, readNodeRules, type NodePaint, type NodeRules } from './nodeStyle.ts';

interface BodyGroup {
  paint: NodePaint;
  nodes: number[];
}

/** The model-coordinate box on screen, with a margin for node sizes. */
export interface ModelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Cytoscape's round-rectangle corner radius (its getRoundRectangleRadius). */
const cornerRadius = (w: number, h: number) => Math.min(w / 4, h / 4, 8);

function addShape(context: CanvasRenderingContext2D, paint: NodePaint, x: number, y: number) {
  const { width: w, height: h } = paint;
  if (paint.shape === 'round-rectangle')
    context.roundRect(x - w / 2, y - h / 2, w, h, cornerRadius(w, h));
  else if (paint.shape === 'rectangle') context.rect(x - w / 2, y - h / 2, w, h);
  else {
    context.moveTo(x + w / 2, y);
    context.ellipse(x, y, w / 2, h / 2, 0, 0, 2 * Math.PI);
  }
}

export class NodeDrawing {
  private rules: NodeRules = readNodeRules([]);
  private paints: NodePaint[] = [];
  private known = new WeakMap<NodeSingular, NodePaint>();
  private dirty = new Set<NodeSingular>();
  private allDirty = true;
  private listChanged = true;
  /** Classes set on the layer alone: name → which node ids carry it. */
  private layerClasses = new Map<string, (id: string) => boolean>();
  private bodies: BodyGroup[] = [];
  private labels: number[] = [];

  setStyle(sheet: StylesheetJson): void {
    this.rules = readNodeRules(sheet);
    this.allDirty = true;
  }

  /** The node list changed (nodes added or removed). */
  nodesChanged(): void {
    this.listChanged = true;
  }

  /** Cytoscape restyled `node`. */
  nodeChanged(node: NodeSingular): void {
    this.dirty.add(node);
  }

  /** Puts `name` on the nodes whose id `has` accepts (null: on none); layer only. */
  setClass(name: string, has: ((id: string) => boolean) | null): boolean {
    if (has === null && !this.layerClasses.has(name)) return false;
    if (has === null) this.layerClasses.delete(name);
    else this.layerClasses.set(name, has);
    this.allDirty = true;
    return true;
  }

  private paintOf(node: NodeSingular): NodePaint {
    const names = [...(node.classes() as unknown as string[])];
    const id = node.id();
    for (const [name, has] of this.layerClasses) if (has(id)) names.push(name);
    return paintNode(this.rules, node.data(), classBitsOf(this.rules, names), node.selected());
  }

  private paintsNow(nodes: readonly NodeSingular[]): void {
    if (!this.allDirty && !this.listChanged && this.dirty.size === 0) return;
    if (this.allDirty) this.known = new WeakMap();
    for (const node of this.dirty) this.known.delete(node);
    this.paints = nodes.map((node) => {
      let paint = this.known.get(node);
      if (paint === undefined) this.known.set(node, (paint = this.paintOf(node)));
      return paint;
    });
    this.allDirty = false;
    this.listChanged = false;
    this.dirty.clear();
    const byPaint = new Map<string, BodyGroup>();
    const labels: number[] = [];
    this.paints.forEach((paint, i) => {
      if (paint.opacity <= 0) return;
      const key = `${paint.shape}|${paint.fill}|${paint.opacity}|${paint.borderWidth}|${paint.borderColour}|${paint.zIndex}`;
      let group = byPaint.get(key);
      if (group === undefined) byPaint.set(key, (group = { paint, nodes: [] }));
      group.nodes.push(i);
      if (paint.label !== '') labels.push(i);
    });
    this.bodies = [...byPaint.values()].sort(
      (a, b) => a.paint.zIndex - b.paint.zIndex || a.paint.opacity - b.paint.opacity,
    );
    this.labels = labels.sort((a, b) => this.paints[a].zIndex - this.paints[b].zIndex);
  }

  /**
   * Draws the bodies, then the labels, onto `context` (its transform set to model
   * coordinates); `xy` holds the positions [x0, y0, …] of `nodes`, `box` the visible
   * model box, `scale` = zoom · devicePixelRatio.
   */
  paint(
    context: CanvasRenderingContext2D,
    nodes: readonly NodeSingular[],
    xy: Float64Array,
    box: ModelBox,
    scale: number,
  ): void {
    this.paintsNow(nodes);
    const { paints } = this;
    const shown = (i: number, margin: number) => {
      const x = xy[2 * i];
      const y = xy[2 * i + 1];
      return (
        x > box.x1 - margin && x < box.x2 + margin && y > box.y1 - margin && y < box.y2 + margin
      );
    };
    for (const { paint, nodes: members } of this.bodies) {
      context.globalAlpha = paint.opacity;
      context.fillStyle = paint.fill;
      context.beginPath();
      for (const i of members) {
        const p = paints[i];
        if (shown(i, Math.max(p.width, p.height))) addShape(context, p, xy[2 * i], xy[2 * i + 1]);
      }
      context.fill();
      if (paint.borderWidth > 0) {
        context.strokeStyle = paint.borderColour;
        context.lineWidth = paint.borderWidth;
        context.stroke();
      }
    }
    this.paintLabels(context, xy, scale, shown);
    context.globalAlpha = 1;
  }

  private paintLabels(
    context: CanvasRenderingContext2D,
    xy: Float64Array,
    scale: number,
    shown: (i: number, margin: number) => boolean,
  ): void {
    const textureScale = 2 ** Math.ceil(Math.log2(scale));
    context.textAlign = 'center';
    context.lineJoin = 'round';
    for (const i of this.labels) {
      const p = this.paints[i];
      if (p.fontSize * textureScale < p.minZoomedFontSize || p.textOpacity <= 0) continue;
      if (!shown(i, p.width + p.fontSize * p.label.length)) continue;
      const x = xy[2 * i];
      let y = xy[2 * i + 1] + p.textMarginY;
      if (p.textValign === 'bottom') {
        y += p.height / 2;
        context.textBaseline = 'top';
      } else if (p.textValign === 'top') {
        y -= p.height / 2;
        context.textBaseline = 'bottom';
      } else context.textBaseline = 'middle';
      context.font = `${p.fontWeight} ${p.fontSize}px ${p.fontFamily}`;
      if (p.outlineWidth > 0 && p.outlineOpacity > 0) {
        context.globalAlpha = p.opacity * p.textOpacity * p.outlineOpacity;
        context.strokeStyle = p.outlineColour;
        context.lineWidth = 2 * p.outlineWidth;
        context.strokeText(p.label, x, y);
      }
      context.globalAlpha = p.opacity * p.textOpacity;
      context.fillStyle = p.textColour;
      context.fillText(p.label, x, y);
    }
  }
}
