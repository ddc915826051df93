/**
 * Ties of a large graph drawn on our own 2D canvas under Cytoscape's, instead of as
 * Cytoscape edges. Why: adding 25,000 edges to Cytoscape computes a style and a bounding
 * box for each, one task of 1.5–4 s on this machine, and each full canvas redraw of
 * 30,000 elements is a 0.4–1.5 s task; the workbench issue asks for no task over 200 ms
 * while metrics and layout run. Stroking one path per paint (colour, alpha, width) costs
 * a few milliseconds per thousand ties, and nodes stay in Cytoscape for everything
 * interactive (tap, hover, drag, labels, selection).
 *
 * - Geometry: straight segments between node centres (the stylesheets' haystack edges),
 *   in model coordinates under Cytoscape's transform (zoom, pan) × devicePixelRatio, so
 *   widths scale with zoom as Cytoscape's do. Positions are read from the Cytoscape nodes
 *   at each draw, so layouts, drags and scene glides move the ties with the nodes.
 * - Look: each tie is painted from the same stylesheet Cytoscape uses (./edgeStyle.ts),
 *   with the canvas's classes as bits (`faded` while hovering, `dimmed` / `on-path` for
 *   ego and path focus). Ties are grouped by paint into one path each; faint groups are
 *   stroked first, so emphasised ties lie on top.
 * - Timing: drawn synchronously on Cytoscape's `render` event (same frame as the nodes),
 *   and on the next animation frame after a look or class change.
 * - While the view moves (pan, zoom; until MOVE_SETTLE_MS after the last change) the last
 *   full drawing is shown moved and scaled with the view, one drawImage (as Cytoscape's
 *   textureOnViewport does for nodes): stroking 100,000 ties per frame would take the
 *   frame rate down to a few per second. The full drawing follows when the view rests.
 * - Exports: `withDrawingInCytoscape` adds the ties as real Cytoscape edges for the length of
 *   an export (PNG, SVG, deck), so every exporter keeps drawing from Cytoscape alone.
 */
import type {
  Core,
  ElementDefinition,
  NodeCollection,
  NodeSingular,
  StylesheetJson,
} from 'cytoscape';
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
/** The view counts as moving until this long after its last change. */
export const MOVE_SETTLE_MS = 150;

interface Snapshot {
  image: HTMLCanvasElement;
  zoom: number;
  panX: number;
  panY: number;
}

const layers = new WeakMap<Core, GraphLayer>();

/** The edge layer drawing `cy`'s ties, if any. */
export function graphLayerOf(cy: Core): GraphLayer | undefined {
  return layers.get(cy);
}

export class GraphLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private ties: LayerTie[] = [];
  private sourceIndex = new Int32Array(0);
  private targetIndex = new Int32Array(0);
  private nodes: NodeSingular[] = [];
  /** Node element id → the ties at it (indices into `ties`). */
  private incident = new Map<string, number[]>();
  private classes = new Uint8Array(0);
  private rules: EdgeRules = readEdgeRules([]);
  private groups: PaintGroup[] = [];
  private stale = false;
  private xy = new Float64Array(0);
  private frame = 0;
  /** The last full drawing and the view it was drawn for (null: none valid). */
  private snapshot: Snapshot | null = null;
  private moving = false;
  private settle: ReturnType<typeof setTimeout> | undefined;
  private readonly drawNow = () => {
    if (this.moving && this.snapshot !== null) this.drawMoved(this.snapshot);
    else this.draw();
  };
  /** The view the canvas was last fully drawn for. */
  private drawnView: Omit<Snapshot, 'image'> | null = null;
  private readonly viewMoved = () => {
    // The snapshot is taken when a move starts, not after every full drawing: reading
    // the canvas back makes the browser rasterise its strokes at once, on this thread
    // (about 90 ms for 25,000 ties here), which it otherwise does when compositing.
    if (!this.moving) this.takeSnapshot();
    this.moving = true;
    clearTimeout(this.settle);
    this.settle = setTimeout(() => {
      this.moving = false;
      this.draw();
    }, MOVE_SETTLE_MS);
  };

  constructor(private readonly cy: Core) {
    const container = cy.container();
    if (container === null) throw new Error('GraphLayer: Cytoscape has no container');
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'edge-layer';
    this.canvas.dataset.testid = 'edge-layer';
    Object.assign(this.canvas.style, {
      position: 'absolute',
      inset: '0',
      width: '100%',
      height: '100%',
      pointerEvents: 'none',
    });
    // Before Cytoscape's own layer in the container: painted under it.
    container.insertBefore(this.canvas, container.firstChild);
    const context = this.canvas.getContext('2d');
    if (context === null) throw new Error('GraphLayer: no 2D canvas');
    this.context = context;
    cy.on('render', this.drawNow);
    cy.on('viewport', this.viewMoved);
    layers.set(cy, this);
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.settle);
    this.cy.off('render', this.drawNow);
    this.cy.off('viewport', this.viewMoved);
    this.canvas.remove();
    layers.delete(this.cy);
  }

  /** The ties to draw; call after their end nodes are in Cytoscape. */
  setTies(ties: LayerTie[]): void {
    this.ties = ties;
    const index = new Map<string, number>();
    this.nodes = [];
    this.cy.nodes().forEach((node) => {
      index.set(node.id(), this.nodes.length);
      this.nodes.push(node);
    });
    this.xy = new Float64Array(2 * this.nodes.length);
    this.sourceIndex = new Int32Array(ties.length);
    this.targetIndex = new Int32Array(ties.length);
    this.incident = new Map();
    ties.forEach((tie, i) => {
      this.sourceIndex[i] = index.get(tie.source) ?? -1;
      this.targetIndex[i] = index.get(tie.target) ?? -1;
      for (const end of [tie.source, tie.target]) {
        const list = this.incident.get(end);
        if (list === undefined) this.incident.set(end, [i]);
        else list.push(i);
      }
    });
    this.classes = new Uint8Array(ties.length);
    this.regroup();
  }

  /** The stylesheet Cytoscape draws with (workbench sheet plus any extra theme). */
  setStyle(sheet: StylesheetJson): void {
    this.rules = readEdgeRules(sheet);
    this.regroup();
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
    this.regroup();
  }

  get size(): number {
    return this.ties.length;
  }

  /** Element ids of the nodes tied to `nodeId`. */
  neighbours(nodeId: string): string[] {
    return (this.incident.get(nodeId) ?? []).map((i) => {
      const tie = this.ties[i];
      return tie.source === nodeId ? tie.target : tie.source;
    });
  }

  /**
   * Sets `name` on the ties for which `has(source, target)` holds and clears it on the
   * others; `null` clears it everywhere.
   */
  setClass(name: EdgeClass, has: ((source: string, target: string) => boolean) | null): void {
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
    if (changed) this.regroup();
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

  /**
   * The paints changed (ties, stylesheet, data or classes): the groups are rebuilt at the
   * next draw, once, however many changes came before it (a focus change clears and sets
   * two classes).
   */
  private regroup(): void {
    this.stale = true;
    this.requestDraw();
  }

  private groupsNow(): PaintGroup[] {
    if (!this.stale) return this.groups;
    this.stale = false;
    const { rules } = this;
    const byPaint = new Map<string, PaintGroup>();
    this.ties.forEach((tie, i) => {
      const paint = paintEdge(rules, tie, this.classes[i]);
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

  requestDraw(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** Draws every tie at the current viewport. */
  draw(): void {
    const { canvas, context, cy } = this;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(canvas.clientWidth * ratio);
    const height = Math.round(canvas.clientHeight * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    const zoom = cy.zoom();
    const pan = cy.pan();
    this.paint(context, ratio * zoom, ratio * pan.x, ratio * pan.y);
    this.drawnView = { zoom, panX: pan.x, panY: pan.y };
  }

  /** Copies the last full drawing, for showing while the view moves. */
  private takeSnapshot(): void {
    if (this.drawnView === null || this.canvas.width === 0 || this.canvas.height === 0) {
      this.snapshot = null;
      return;
    }
    const image = this.snapshot?.image ?? document.createElement('canvas');
    if (image.width !== this.canvas.width || image.height !== this.canvas.height) {
      image.width = this.canvas.width;
      image.height = this.canvas.height;
    }
    const context = image.getContext('2d');
    if (context === null) return;
    context.clearRect(0, 0, image.width, image.height);
    context.drawImage(this.canvas, 0, 0);
    this.snapshot = { image, ...this.drawnView };
  }

  /**
   * The snapshot under the current view: a model point p was drawn at z₀·p + pan₀ and
   * belongs at z·p + pan, so the image is scaled by k = z/z₀ and shifted by pan − k·pan₀.
   */
  private drawMoved({ image, zoom, panX, panY }: Snapshot): void {
    const { canvas, context, cy } = this;
    const ratio = window.devicePixelRatio || 1;
    const k = cy.zoom() / zoom;
    const pan = cy.pan();
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.setTransform(k, 0, 0, k, ratio * (pan.x - k * panX), ratio * (pan.y - k * panY));
    context.drawImage(image, 0, 0);
  }

  /** Strokes the ties onto `context` under the transform (scale, dx, dy). */
  private paint(context: CanvasRenderingContext2D, scale: number, dx: number, dy: number): void {
    const { xy, nodes, sourceIndex, targetIndex } = this;
    for (let i = 0; i < nodes.length; i++) {
      const p = nodes[i].position();
      xy[2 * i] = p.x;
      xy[2 * i + 1] = p.y;
    }
    context.setTransform(scale, 0, 0, scale, dx, dy);
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

/**
 * Runs `exporter` with the layer's ties added to Cytoscape as real edges (with their
 * classes), then removes them: exporters (cy.png, cytoscape-svg, the deck snapshot) read
 * Cytoscape alone. One long task for a large graph, on an explicit export only.
 */
export async function withDrawingInCytoscape<T>(cy: Core, exporter: () => T | Promise<T>): Promise<T> {
  const layer = graphLayerOf(cy);
  if (layer === undefined || layer.size === 0) return exporter();
  const added = cy.add(layer.elements());
  try {
    return await exporter();
  } finally {
    added.remove();
  }
}

/** The number of ties drawn on `cy`, in Cytoscape or on its edge layer. */
export function drawnTieCount(cy: Core): number {
  return cy.edges().length + (graphLayerOf(cy)?.size ?? 0);
}

/** `node` and the nodes tied to it, whether the ties are in Cytoscape or on its layer. */
export function closedNeighbourhoodNodes(cy: Core, node: NodeSingular): NodeCollection {
  const layer = graphLayerOf(cy);
  if (layer === undefined) return node.closedNeighborhood().nodes();
  const ids = new Set([node.id(), ...layer.neighbours(node.id())]);
  return cy.nodes().filter((other) => ids.has(other.id()));
}
