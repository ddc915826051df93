/**
 * One scene drawn as SVG: edges and nodes in a group that carries the view transform
 * (model units, as Cytoscape draws them), labels in a screen-space group so they keep a
 * readable size (LABEL_PX) at any zoom. Positions live in one Float64Array (x, y per
 * node) so a transition can move them frame by frame and `place` redraws from it.
 *
 * Hover: the node, its neighbours and the edges between them stay, the rest fades
 * (the `hovering` class on the svg and `hi` on the kept elements), and the neighbourhood's
 * labels are shown.
 */
import type { DeckScene } from '../types.ts';
import { finite, safeColour, svg } from './dom.ts';
import { toScreen, transformAttribute, type ViewTransform } from './geometry.ts';

/** Label size (px) of always-labelled nodes; hover labels are HOVER_LABEL_PX. */
export const LABEL_PX = 22;
export const HOVER_LABEL_PX = 20;
/** Cytoscape's round-rectangle corner radius is about a quarter of the side. */
const CORNER = 0.25;
/** Horizontal room (px) kept between two labels. */
const LABEL_GAP = 6;

/**
 * Ties drawn thicker when zoomed out, as present mode does (src/view/presentStyle.ts):
 * width × clamp(1 / zoom, 1, 3), so they stay visible on a projector.
 */
export function tieScale(zoom: number): number {
  return Math.min(3, Math.max(1, 1 / zoom));
}

export class SceneView {
  readonly scene: DeckScene;
  /** x, y of node i at 2i, 2i+1: the drawn positions (moved by transitions). */
  readonly positions: Float64Array;
  readonly targets: Float64Array;
  private readonly shapes: SVGElement[] = [];
  private readonly lines: SVGLineElement[] = [];
  /** Tie widths as saved (model units); drawn thicker when zoomed out (tieScale). */
  private readonly widths: number[] = [];
  private drawnTieScale = 1;
  private readonly neighbours: number[][];
  private readonly labels = new Map<number, SVGTextElement>();
  private hovered: number | null = null;

  constructor(
    scene: DeckScene,
    private readonly root: SVGSVGElement,
    private readonly view: SVGGElement,
    private readonly labelLayer: SVGGElement,
  ) {
    this.scene = scene;
    const n = scene.nodes.length;
    this.targets = new Float64Array(2 * n);
    scene.nodes.forEach((node, i) => {
      this.targets[2 * i] = finite(node.x, 0);
      this.targets[2 * i + 1] = finite(node.y, 0);
    });
    this.positions = Float64Array.from(this.targets);
    this.neighbours = scene.nodes.map(() => []);
    const edgeGroup = svg('g', { class: 'deck-edges' });
    const nodeGroup = svg('g', { class: 'deck-nodes' });
    for (const edge of scene.edges) {
      if (!(edge.source in scene.nodes) || !(edge.target in scene.nodes)) continue;
      this.neighbours[edge.source].push(edge.target);
      this.neighbours[edge.target].push(edge.source);
      const width = Math.max(0.1, finite(edge.width, 1));
      this.widths.push(width);
      const line = svg('line', {
        stroke: safeColour(edge.colour, '#9aa5b1'),
        'stroke-width': width,
        'stroke-opacity': Math.min(1, Math.max(0, finite(edge.opacity, 0.55))),
        'data-source': edge.source,
        'data-target': edge.target,
      });
      this.lines.push(line);
      edgeGroup.append(line);
    }
    scene.nodes.forEach((node, i) => {
      const size = Math.max(0.5, finite(node.size, 10));
      const shape =
        node.shape === 'round-rectangle'
          ? svg('rect', { width: size, height: size, rx: size * CORNER, ry: size * CORNER })
          : svg('circle', { r: size / 2 });
      shape.setAttribute('fill', safeColour(node.colour));
      shape.setAttribute('class', node.dimmed ? 'deck-node dimmed' : 'deck-node');
      shape.setAttribute('data-index', String(i));
      shape.setAttribute('data-key', node.key);
      shape.dataset.testid = 'deck-node';
      this.shapes.push(shape);
      nodeGroup.append(shape);
    });
    view.replaceChildren(edgeGroup, nodeGroup);
    labelLayer.replaceChildren();
    scene.nodes.forEach((node, i) => {
      if (node.labelled && !node.dimmed) this.addLabel(i, 'deck-label', LABEL_PX);
    });
  }

  /** Draws nodes and edges at `positions` and the labels for the view. */
  place(viewTransform: ViewTransform, movedNodes: boolean): void {
    this.view.setAttribute('transform', transformAttribute(viewTransform));
    const scale = tieScale(viewTransform.k);
    if (scale !== this.drawnTieScale) {
      this.drawnTieScale = scale;
      this.lines.forEach((line, i) =>
        line.setAttribute('stroke-width', String(this.widths[i] * scale)),
      );
    }
    if (movedNodes) {
      this.scene.nodes.forEach((node, i) => {
        const x = this.positions[2 * i];
        const y = this.positions[2 * i + 1];
        const shape = this.shapes[i];
        if (shape.tagName === 'circle') {
          shape.setAttribute('cx', String(x));
          shape.setAttribute('cy', String(y));
        } else {
          const half = Math.max(0.5, finite(node.size, 10)) / 2;
          shape.setAttribute('x', String(x - half));
          shape.setAttribute('y', String(y - half));
        }
      });
      for (const line of this.lines) {
        const s = Number(line.getAttribute('data-source'));
        const t = Number(line.getAttribute('data-target'));
        line.setAttribute('x1', String(this.positions[2 * s]));
        line.setAttribute('y1', String(this.positions[2 * s + 1]));
        line.setAttribute('x2', String(this.positions[2 * t]));
        line.setAttribute('y2', String(this.positions[2 * t + 1]));
      }
    }
    // Labels in priority order (hover labels, then bigger nodes first); one that would
    // overlap a label already placed is hidden until the view or the hover changes.
    const order = [...this.labels.keys()].sort(
      (a, b) =>
        this.labelRank(b) - this.labelRank(a) ||
        finite(this.scene.nodes[b].size, 0) - finite(this.scene.nodes[a].size, 0),
    );
    const placed: DOMRect[] = [];
    for (const i of order) {
      const text = this.labels.get(i)!;
      const [sx, sy] = toScreen(viewTransform, this.positions[2 * i], this.positions[2 * i + 1]);
      const radius = (Math.max(0.5, finite(this.scene.nodes[i].size, 10)) / 2) * viewTransform.k;
      text.setAttribute('x', String(sx));
      text.setAttribute('y', String(sy + radius + 4));
      const box = text.getBBox();
      const clash = placed.some(
        (other) =>
          box.x < other.x + other.width + LABEL_GAP &&
          other.x < box.x + box.width + LABEL_GAP &&
          box.y < other.y + other.height &&
          other.y < box.y + box.height,
      );
      text.setAttribute('visibility', clash ? 'hidden' : 'visible');
      if (!clash) placed.push(box);
    }
  }

  /** The hovered node's label first, then its neighbours', then the rest. */
  private labelRank(i: number): number {
    if (i === this.hovered) return 2;
    return this.labels.get(i)?.classList.contains('hi') === true ? 1 : 0;
  }

  /** Marks node i as new in a transition (it fades in rather than moving). */
  markAppearing(i: number): void {
    this.shapes[i].classList.add('appearing');
  }

  /** Node index under an event target, or null. */
  nodeAt(target: EventTarget | null): number | null {
    if (!(target instanceof Element)) return null;
    const index = target.getAttribute('data-index');
    return index === null ? null : Number(index);
  }

  /** Highlights node i's neighbourhood (null: none) and shows its labels. */
  hover(i: number | null, viewTransform: ViewTransform): void {
    if (i === this.hovered) return;
    for (const [index, text] of this.labels) {
      if (text.classList.contains('hover-label')) {
        text.remove();
        this.labels.delete(index);
      }
    }
    for (const element of this.root.querySelectorAll('.hi')) element.classList.remove('hi');
    this.hovered = i;
    this.root.classList.toggle('hovering', i !== null);
    if (i === null) return;
    const kept = new Set([i, ...this.neighbours[i]]);
    for (const index of kept) {
      this.shapes[index].classList.add('hi');
      const existing = this.labels.get(index);
      if (existing === undefined) this.addLabel(index, 'deck-label hover-label hi', HOVER_LABEL_PX);
      else existing.classList.add('hi');
    }
    for (const line of this.lines) {
      const s = Number(line.getAttribute('data-source'));
      const t = Number(line.getAttribute('data-target'));
      if (s === i || t === i) line.classList.add('hi');
    }
    this.labels.get(i)?.classList.add('hovered');
    this.place(viewTransform, false);
  }

  private addLabel(i: number, className: string, px: number): void {
    const text = svg('text', { class: className, 'font-size': px, 'text-anchor': 'middle' });
    text.setAttribute('dominant-baseline', 'hanging');
    text.dataset.testid = 'deck-label';
    text.dataset.key = this.scene.nodes[i].key;
    text.textContent = this.scene.nodes[i].label;
    this.labels.set(i, text);
    this.labelLayer.append(text);
  }
}
