/**
 * The ties of the graph layer (./GraphLayer.ts): their data, classes and paint groups,
 * and stroking them. Each tie is painted from the stylesheet (./edgeStyle.ts) with the
 * canvas's classes as bits (`faded` while hovering, `dimmed` / `on-path` for ego and path
 * focus); ties are grouped by paint (colour, alpha, width in steps of 1/WIDTH_STEP) into
 * one path each, faint groups stroked first so emphasised ties lie on top. Geometry:
 * straight segments between node centres (the stylesheets' haystack edges).
 */
import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import {
  EDGE_CLASS_BITS,
  paintEdge,
  readEdgeRules,
  type EdgeClass,
  type EdgeRules,
} from './edgeStyle.ts';

/** One tie: its Cytoscape-style data (id, source and target element ids, look fields). */
export type LayerTie = Readonly<Record<string, unknown>> & {
  id: string;
  source: string;
  target: string;
};

interface PaintGroup {
  colour: string;
  opacity: number;
  width: number;
  ties: number[];
}

/** Widths are grouped in steps of 1/8 unit: no visible difference, far fewer paths. */
const WIDTH_STEP = 8;

export class TieDrawing {
  private ties: LayerTie[] = [];
  private sourceIndex = new Int32Array(0);
  private targetIndex = new Int32Array(0);
  /** Node element id → the ties at it (indices into `ties`). */
  private incident = new Map<string, number[]>();
  private classes = new Uint8Array(0);
  private rules: EdgeRules = readEdgeRules([]);
  private groups: PaintGroup[] = [];
  /** The paints changed: groups are rebuilt at the next draw. */
  private stale = false;
  /** The node indices changed: ends are looked up again at the next draw. */
  private endsStale = false;

  get size(): number {
    return this.ties.length;
  }

  setTies(ties: LayerTie[]): void {
    this.ties = ties;
    this.incident = new Map();
    ties.forEach((tie, i) => {
      for (const end of [tie.source, tie.target]) {
        const list = this.incident.get(end);
        if (list === undefined) this.incident.set(end, [i]);
        else list.push(i);
      }
    });
    this.classes = new Uint8Array(ties.length);
    this.endsStale = true;
    this.stale = true;
  }

  /** The nodes were added or removed: their indices are read again at the next draw. */
  nodesChanged(): void {
    this.endsStale = true;
  }

  setStyle(sheet: StylesheetJson): void {
    this.rules = readEdgeRules(sheet);
    this.stale = true;
  }

  /** Replaces data fields (look: edgeColour, edgeWidth) of the ties by id. */
  updateData(fields: ReadonlyMap<string, Readonly<Record<string, unknown>>>): void {
    this.ties = this.ties.map((tie) => {
      const update = fields.get(tie.id);
      if (update === undefined) return tie;
      const next: Record<string, unknown> = { ...tie };
      for (const [key, value] of Object.entries(update)) {
        if (value === undefined) delete next[key];
        else next[key] = value;
      }
      return next as LayerTie;
    });
    this.stale = true;
  }

  /** Element ids of the nodes tied to `nodeId`. */
  neighbours(nodeId: string): string[] {
    return (this.incident.get(nodeId) ?? []).map((i) => {
      const tie = this.ties[i];
      return tie.source === nodeId ? tie.target : tie.source;
    });
  }

  /** Sets `name` where `has(source, target)` holds, clears it elsewhere; true if any changed. */
  setClass(name: EdgeClass, has: ((source: string, target: string) => boolean) | null): boolean {
    const bit = EDGE_CLASS_BITS[name];
    let changed = false;
    this.ties.forEach((tie, i) => {
      const before = this.classes[i];
      const after = has?.(tie.source, tie.target) ? before | bit : before & ~bit;
      if (after !== before) {
        this.classes[i] = after;
        changed = true;
      }
    });
    if (changed) this.stale = true;
    return changed;
  }

  /** The ties as Cytoscape edges with their classes (for exports). */
  elements(): ElementDefinition[] {
    const names = Object.entries(EDGE_CLASS_BITS);
    return this.ties.map((tie, i) => ({
      group: 'edges',
      data: { ...tie },
      classes: names.filter(([, bit]) => (this.classes[i] & bit) !== 0).map(([name]) => name),
    }));
  }

  private groupsNow(): PaintGroup[] {
    if (!this.stale) return this.groups;
    this.stale = false;
    const byPaint = new Map<string, PaintGroup>();
    this.ties.forEach((tie, i) => {
      const paint = paintEdge(this.rules, tie, this.classes[i]);
      const width = Math.round(paint.width * WIDTH_STEP) / WIDTH_STEP;
      if (paint.opacity <= 0 || width <= 0) return;
      const key = `${paint.colour}|${paint.opacity}|${width}`;
      let group = byPaint.get(key);
      if (group === undefined) {
        group = { colour: paint.colour, opacity: paint.opacity, width, ties: [] };
        byPaint.set(key, group);
      }
      group.ties.push(i);
    });
    // Faint first, so the emphasised (on-path, hovered) ties are stroked on top.
    this.groups = [...byPaint.values()].sort((a, b) => a.opacity - b.opacity);
    return this.groups;
  }

  private endsNow(index: ReadonlyMap<string, number>): void {
    if (!this.endsStale) return;
    this.endsStale = false;
    this.sourceIndex = new Int32Array(this.ties.length);
    this.targetIndex = new Int32Array(this.ties.length);
    this.ties.forEach((tie, i) => {
      this.sourceIndex[i] = index.get(tie.source) ?? -1;
      this.targetIndex[i] = index.get(tie.target) ?? -1;
    });
  }

  /**
   * Strokes the ties onto `context` (its transform set to model coordinates), `xy` the
   * node positions [x0, y0, …] by the node indices of `index`.
   */
  paint(
    context: CanvasRenderingContext2D,
    xy: Float64Array,
    index: ReadonlyMap<string, number>,
  ): void {
    this.endsNow(index);
    const { sourceIndex, targetIndex } = this;
    context.lineCap = 'butt';
    for (const group of this.groupsNow()) {
      context.globalAlpha = group.opacity;
      context.strokeStyle = group.colour;
      context.lineWidth = group.width;
      context.beginPath();
      for (const i of group.ties) {
        const s = sourceIndex[i];
        const t = targetIndex[i];
        if (s < 0 || t < 0) continue;
        context.moveTo(xy[2 * s], xy[2 * s + 1]);
        context.lineTo(xy[2 * t], xy[2 * t + 1]);
      }
      context.stroke();
    }
    context.globalAlpha = 1;
  }
}
