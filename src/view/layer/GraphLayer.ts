/**
 * A large graph drawn on our own 2D canvas under Cytoscape's: its ties always, and its
 * nodes and labels too when `drawsNodes` (the 2D canvas renderer; with Cytoscape's WebGL
 * renderer the nodes stay Cytoscape's). Why: adding 25,000 edges to Cytoscape computes a
 * style and a bounding box for each, one task of 1.5–4 s on this machine; each canvas
 * redraw of 5,000 nodes draws them one by one from per-node textures, 70 ms on an idle
 * page and 150–300 ms while the layout and metrics workers hold both cores, and a
 * ForceAtlas2 picture or a part of the look redraws them all. The workbench issue asks
 * for no task over 200 ms while metrics and layout run. Filling one path per paint
 * (colour, alpha, border) costs a few milliseconds per thousand nodes or ties.
 *
 * - Cytoscape keeps every node, invisible (nodeStyle.ts pointerSheet), for everything
 *   interactive: tap, hover, drag, box selection, and for the styles, classes and
 *   selection the layer reads. The ties are not Cytoscape elements at all.
 * - Look: ties (./tieDrawing.ts) and nodes (./nodeDrawing.ts) are painted from the same
 *   stylesheet Cytoscape uses (./sheetRules.ts), plus classes kept on the layer alone.
 * - Geometry: model coordinates under Cytoscape's transform (zoom, pan) ×
 *   devicePixelRatio, so sizes scale with zoom as Cytoscape's do. Positions are read from
 *   the Cytoscape nodes at each draw, so layouts, drags and scene glides move the drawing.
 * - Timing: drawn synchronously on Cytoscape's `render` event (the same frame as
 *   anything Cytoscape still draws), and on the next animation frame after a change
 *   Cytoscape does not see.
 * - While the view moves (pan, zoom; until MOVE_SETTLE_MS after the last change) the last
 *   full drawing is shown moved and scaled with the view, one drawImage (as Cytoscape's
 *   textureOnViewport does): stroking 100,000 ties per frame would take the frame rate
 *   down to a few per second. The full drawing follows when the view rests.
 * - Exports: `withDrawingInCytoscape` gives Cytoscape the ties as real edges and the
 *   nodes their own look for the length of an export (PNG, SVG, deck), so every exporter
 *   keeps drawing from Cytoscape alone; `withTiesInCytoscape` adds only the edges, for
 *   fcose, which needs the topology.
 */
import type { Core, EventObject, NodeCollection, NodeSingular, StylesheetJson } from 'cytoscape';
import type { EdgeClass } from './edgeStyle.ts';
import { NodeDrawing } from './nodeDrawing.ts';
import { pointerSheet } from './nodeStyle.ts';
import { TieDrawing, type LayerTie } from './tieDrawing.ts';
import { declutterLabels } from '../labelDeclutter.ts';

export type { LayerTie } from './tieDrawing.ts';

/** The view counts as moving until this long after its last change. */
export const MOVE_SETTLE_MS = 150;

interface View {
  zoom: number;
  panX: number;
  panY: number;
}

interface Snapshot extends View {
  image: HTMLCanvasElement;
}

const layers = new WeakMap<Core, GraphLayer>();

/** The graph layer drawing on `cy`, if any. */
export function graphLayerOf(cy: Core): GraphLayer | undefined {
  return layers.get(cy);
}

export class GraphLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private readonly ties = new TieDrawing();
  private readonly nodeDrawing: NodeDrawing | null;
  /** An export runs: Cytoscape draws everything itself. */
  private exporting = false;
  /** The stylesheet without the layer's additions (what exports restore). */
  private sheet: StylesheetJson = [];
  private nodes: NodeSingular[] = [];
  private index = new Map<string, number>();
  private nodesStale = true;
  private xy = new Float64Array(0);
  private frame = 0;
  /** The last full drawing and the view it was drawn for (null: none valid). */
  private snapshot: Snapshot | null = null;
  private moving = false;
  private settle: ReturnType<typeof setTimeout> | undefined;
  /** The view the canvas was last fully drawn for. */
  private drawnView: View | null = null;
  /** Holds in place (see hold): no full drawing until the last is released. */
  private holds = 0;
  private readonly drawNow = () => {
    if (this.moving && this.snapshot !== null) this.drawMoved(this.snapshot);
    else if (this.holds === 0) this.draw();
  };
  private readonly viewMoved = () => {
    // The snapshot is taken when a move starts, not after every full drawing: reading
    // the canvas back makes the browser rasterise its strokes at once, on this thread
    // (about 90 ms for 25,000 ties here), which it otherwise does when compositing.
    if (!this.moving) this.takeSnapshot();
    this.moving = true;
    clearTimeout(this.settle);
    this.settle = setTimeout(() => {
      this.moving = false;
      if (this.holds === 0) this.draw();
      else if (this.snapshot !== null) this.drawMoved(this.snapshot);
    }, MOVE_SETTLE_MS);
  };
  private readonly nodeSetChanged = () => {
    this.nodesStale = true;
  };
  private readonly nodeRestyled = (event: EventObject) => {
    this.nodeDrawing?.nodeChanged(event.target as NodeSingular);
  };

  constructor(
    private readonly cy: Core,
    readonly drawsNodes: boolean,
  ) {
    const container = cy.container();
    if (container === null) throw new Error('GraphLayer: Cytoscape has no container');
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'graph-layer';
    this.canvas.dataset.testid = 'graph-layer';
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
    this.nodeDrawing = drawsNodes ? new NodeDrawing() : null;
    cy.on('render', this.drawNow);
    cy.on('viewport', this.viewMoved);
    cy.on('add remove', 'node', this.nodeSetChanged);
    if (drawsNodes) cy.on('style select unselect', 'node', this.nodeRestyled);
    layers.set(cy, this);
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.settle);
    this.cy.off('render', this.drawNow);
    this.cy.off('viewport', this.viewMoved);
    this.cy.off('add remove', 'node', this.nodeSetChanged);
    this.cy.off('style select unselect', 'node', this.nodeRestyled);
    this.canvas.remove();
    layers.delete(this.cy);
  }

  /** The ties to draw. */
  setTies(ties: LayerTie[]): void {
    this.ties.setTies(ties);
    this.requestDraw();
  }

  /**
   * Sets the stylesheet on the layer and on Cytoscape (cut down to what its hit testing
   * needs when the layer draws the nodes).
   */
  setStyle(sheet: StylesheetJson): void {
    this.sheet = sheet;
    this.cy.style(this.drawsNodes ? pointerSheet(sheet) : sheet);
    this.ties.setStyle(sheet);
    this.nodeDrawing?.setStyle(sheet);
    this.requestDraw();
  }

  /** Replaces data fields (look: edgeColour, edgeWidth) of the ties by id. */
  updateData(fields: ReadonlyMap<string, Readonly<Record<string, unknown>>>): void {
    this.ties.updateData(fields);
    this.requestDraw();
  }

  get size(): number {
    return this.ties.size;
  }

  /** Element ids of the nodes tied to `nodeId`. */
  neighbours(nodeId: string): string[] {
    return this.ties.neighbours(nodeId);
  }

  /**
   * Sets `name` on the ties for which `has(source, target)` holds and clears it on the
   * others; `null` clears it everywhere.
   */
  setClass(name: EdgeClass, has: ((source: string, target: string) => boolean) | null): void {
    if (this.ties.setClass(name, has)) this.requestDraw();
  }

  /**
   * Puts `name` on the drawn nodes whose id `has` accepts, on the layer only (Cytoscape's
   * nodes keep their classes); null takes it off. No effect unless the layer draws nodes.
   */
  setNodeClass(name: string, has: ((id: string) => boolean) | null): void {
    if (this.nodeDrawing?.setClass(name, has) === true) this.requestDraw();
  }

  /** Whether Cytoscape draws the elements it holds (not while the layer draws the nodes). */
  get cytoscapeDraws(): boolean {
    return !this.drawsNodes || this.exporting;
  }

  /**
   * Runs `work` with the ties added to Cytoscape as edges (with their classes), then
   * removes them; what Cytoscape draws is left as it is (a layout needs the topology,
   * not the picture).
   */
  async withTiesAsEdges<T>(work: () => T | Promise<T>): Promise<T> {
    const added = this.cy.add(this.ties.elements());
    try {
      return await work();
    } finally {
      added.remove();
    }
  }

  /** Runs `work` with Cytoscape drawing everything itself: ties as edges, nodes visible. */
  inCytoscape<T>(work: () => T | Promise<T>): Promise<T> {
    return this.withTiesAsEdges(async () => {
      this.exporting = true;
      if (this.drawsNodes) this.cy.style(this.sheet);
      try {
        return await work();
      } finally {
        this.exporting = false;
        if (this.drawsNodes) this.cy.style(pointerSheet(this.sheet));
      }
    });
  }

  /**
   * Keeps the drawing as it is until the returned release is called (the view may still
   * move), so a change made in parts (a ForceAtlas2 picture, the look of 5,000 nodes) is
   * drawn once, whole. Why: every full drawing costs the browser 100–200 ms of
   * rasterising 25,000 ties after the script has run, on this 2-core machine while the
   * workers run; drawn after each of five parts, that was most of the long tasks left.
   */
  hold(): () => void {
    this.holds += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds -= 1;
      if (this.holds === 0) this.requestDraw();
    };
  }

  requestDraw(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.holds === 0) this.draw();
    });
  }

  /** Reads the node list and positions from Cytoscape. */
  private readNodes(): void {
    if (this.nodesStale) {
      this.nodesStale = false;
      this.nodes = [];
      this.index = new Map();
      this.cy.nodes().forEach((node) => {
        this.index.set(node.id(), this.nodes.length);
        this.nodes.push(node);
      });
      this.xy = new Float64Array(2 * this.nodes.length);
      this.ties.nodesChanged();
      this.nodeDrawing?.nodesChanged();
    }
    const { xy, nodes } = this;
    for (let i = 0; i < nodes.length; i++) {
      const p = nodes[i].position();
      xy[2 * i] = p.x;
      xy[2 * i + 1] = p.y;
    }
  }

  /** Draws everything at the current viewport. */
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
    this.readNodes();
    const scale = ratio * zoom;
    context.setTransform(scale, 0, 0, scale, ratio * pan.x, ratio * pan.y);
    this.ties.paint(context, this.xy, this.index);
    const box = {
      x1: -pan.x / zoom,
      y1: -pan.y / zoom,
      x2: (width / ratio - pan.x) / zoom,
      y2: (height / ratio - pan.y) / zoom,
    };
    this.nodeDrawing?.paint(context, this.nodes, this.xy, box, scale);
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
}

/**
 * Runs `exporter` with Cytoscape drawing what the layer draws (the ties as real edges
 * with their classes, the nodes with their own look), then puts the layer back:
 * exporters (cy.png, cytoscape-svg, the deck snapshot) read Cytoscape alone. One long
 * task for a large graph, on an explicit export only. Without a layer the labels are
 * placed first (labelDeclutter.ts places them a moment after a change, and a picture can
 * be taken sooner).
 */
export async function withDrawingInCytoscape<T>(
  cy: Core,
  exporter: () => T | Promise<T>,
): Promise<T> {
  const layer = graphLayerOf(cy);
  if (layer !== undefined) return layer.inCytoscape(exporter);
  declutterLabels(cy);
  return exporter();
}

/**
 * Runs `work` (a force-directed Cytoscape layout) with the layer's ties in Cytoscape as
 * edges; unlike withDrawingInCytoscape, Cytoscape's drawing and stylesheet stay as they
 * are, so the layer keeps drawing and 5,000 nodes are not restyled twice.
 */
export async function withTiesInCytoscape<T>(cy: Core, work: () => T | Promise<T>): Promise<T> {
  const layer = graphLayerOf(cy);
  return layer === undefined ? work() : layer.withTiesAsEdges(work);
}

/** The number of ties drawn on `cy`, in Cytoscape or on its graph layer. */
export function drawnTieCount(cy: Core): number {
  return cy.edges().length + (graphLayerOf(cy)?.size ?? 0);
}

/** `node` and the nodes tied to it, whether the ties are in Cytoscape or on its layer. */
export function closedNeighbourhoodNodes(cy: Core, node: NodeSingular): NodeCollection {
  const layer = graphLayerOf(cy);
  if (layer === undefined) return node.closedNeighborhood().nodes();
  // By id, not by filtering every node: hover asks this on each node entered.
  const near = cy.collection();
  for (const id of new Set([node.id(), ...layer.neighbours(node.id())]))
    near.merge(cy.getElementById(id)); // in place
  return near.nodes();
}
