/**
 * Labels that would cover one another are hidden on the canvas (class `label-hidden`:
 * text-opacity 0, so Cytoscape still measures the label and it can come back). Which
 * labels stay is labelPlacement.ts's greedy choice, in this priority:
 *
 *   hovered node (`.focus`) > its partners (`.near`) > picked / selected / on a path
 *   > the rest, bigger nodes first (size stands for the metric the nodes are sized by).
 *
 * It runs a moment after what moves labels settles — zoom (labels keep their model size in
 * the workbench, their screen size in present mode), node positions, elements added or
 * removed, a restyle (hover classes, label rank, the present theme) — not on every frame,
 * and not on pan, which moves all labels together. Exports draw what the canvas shows, so
 * pictures are decluttered too.
 *
 * Not for large graphs (above 3,000 nodes + ties, drawn with the graph layer): a pass
 * measures every label, too much to repeat on each change of 5,000 nodes; their labels
 * are the few top-ranked ones and the hovered neighbourhood. Exports call
 * `declutterLabels` first, so a picture taken right after a change is placed too.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { placeLabels, type LabelBox } from './labelPlacement.ts';

export const LABEL_HIDDEN = 'label-hidden';
/** Space kept between two labels, in screen pixels. */
const GAP_PX = 2;
/** Quiet time after the last change before labels are placed again. */
const SETTLE_MS = 80;

const LABEL_BOX = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeSourceLabels: false,
  includeTargetLabels: false,
  includeOverlays: false,
  includeUnderlays: false,
} as const;

function rank(node: NodeSingular): number {
  if (node.hasClass('focus')) return 3;
  if (node.hasClass('near') || node.hasClass('present-near')) return 2;
  if (node.hasClass('picked') || node.hasClass('on-path') || node.selected()) return 1;
  return 0;
}

/** Cytoscape's computed style of an element (public, but not in its type definitions). */
interface ComputedStyle {
  pstyle(name: string): { strValue: string; pfValue: number };
}

/** Whether the node's label is drawn at this zoom (a label below min-zoomed-font-size is not). */
function drawsLabel(node: NodeSingular, zoom: number): boolean {
  const style = node as unknown as ComputedStyle;
  if (style.pstyle('label').strValue === '') return false;
  return style.pstyle('font-size').pfValue * zoom >= style.pstyle('min-zoomed-font-size').pfValue;
}

/** Hides the labels of `cy` that would cover a label of higher priority, now. */
export function declutterLabels(cy: Core): void {
  const zoom = cy.zoom();
  const labelled: { node: NodeSingular; rank: number; size: number; box: LabelBox }[] = [];
  cy.nodes().forEach((node) => {
    if (!drawsLabel(node, zoom)) return;
    labelled.push({ node, rank: rank(node), size: node.width(), box: node.boundingBox(LABEL_BOX) });
  });
  labelled.sort((a, b) => b.rank - a.rank || b.size - a.size);
  const kept = placeLabels(
    labelled.map((label) => label.box),
    GAP_PX / zoom,
  );
  const show = cy.collection();
  const hide = cy.collection();
  labelled.forEach((label, i) => {
    const hidden = label.node.hasClass(LABEL_HIDDEN);
    if (kept[i] && hidden) show.merge(label.node);
    else if (!kept[i] && !hidden) hide.merge(label.node);
  });
  // Nodes whose label went away (unlabelled, or below the font threshold) lose the class.
  const stale = cy.nodes(`.${LABEL_HIDDEN}`).filter((node) => !drawsLabel(node, zoom));
  if (show.empty() && hide.empty() && stale.empty()) return;
  cy.batch(() => {
    show.merge(stale).removeClass(LABEL_HIDDEN);
    hide.addClass(LABEL_HIDDEN);
  });
}

/** Keeps the labels of `cy` apart from now on; returns what stops it. */
export function attachLabelDeclutter(cy: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;
  let applying = false;
  let zoom = cy.zoom();
  /** When the last change came: one timer waits out the quiet time, however many come. */
  let lastChange = 0;
  const run = () => {
    frame = null;
    if (cy.destroyed()) return;
    zoom = cy.zoom();
    applying = true;
    try {
      declutterLabels(cy);
    } finally {
      applying = false;
    }
  };
  // After the quiet time, in a frame: Cytoscape has then measured the restyled labels.
  const wait = () => {
    const left = lastChange + SETTLE_MS - performance.now();
    if (left > 0) {
      timer = setTimeout(wait, left);
      return;
    }
    timer = null;
    if (frame === null) frame = requestAnimationFrame(run);
  };
  const schedule = () => {
    if (applying) return; // our own class changes restyle the nodes: not a new change
    lastChange = performance.now();
    timer ??= setTimeout(wait, SETTLE_MS);
  };
  const onViewport = () => {
    if (Math.abs(cy.zoom() / zoom - 1) > 0.01) schedule();
  };
  cy.on('position add remove style select unselect', 'node', schedule);
  cy.on('viewport', onViewport);
  schedule();
  return () => {
    if (timer !== null) clearTimeout(timer);
    if (frame !== null) cancelAnimationFrame(frame);
    cy.removeListener('position add remove style select unselect', 'node', schedule);
    cy.removeListener('viewport', onViewport);
  };
}
