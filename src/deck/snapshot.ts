/**
 * A deck scene read from what the workbench canvas draws now: every visible node's key,
 * label, model position, diameter (node.width(), model units), fill colour and shape as
 * Cytoscape resolved them from the stylesheet and the look's data fields
 * (src/view/stylesheet.ts, src/ui/appearance/useLookOnCanvas.ts), and the visible
 * edges between them with their resolved width, colour and opacity. The viewport is the
 * model-space box on screen (cy.extent()), so the viewer shows the same picture.
 *
 * Emphasis is read from the classes that carry it: a label is drawn without hovering for
 * the look's top-N (`.labelled`, or `.hub` before the look is applied), the picked
 * actor (`.picked`), the selection (`:selected`) and a shortest path (`.on-path`);
 * `.dimmed` (outside an ego network or path) is kept as a flag. Hover emphasis
 * (`.focus`/`.faded`) is transient and not part of a scene. Only types come from
 * Cytoscape, so this runs wherever a Core does (the workbench, headless in tests).
 *
 * The deck is shown on a dark ground like present mode, so colours take present mode's
 * theme (src/deck/presentLook.ts): a node in its sector's workbench colour gets the
 * brighter present colour of that sector, and default grey ties get present mode's
 * lighter grey; colours of other colourings are kept.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { presentColour, PRESENT_EDGE } from './presentLook.ts';
import type { DeckEdge, DeckLegend, DeckNode, DeckScene } from './types.ts';

export interface SceneMeta {
  title: string;
  caption: string;
  legend: DeckLegend | null;
}

const LABELLED_CLASSES = ['labelled', 'hub', 'picked', 'on-path'];

/** Two decimals are well below a pixel at any zoom a deck is shown at. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function numeric(element: NodeSingular | EdgeSingular, property: string, fallback: number): number {
  const value = Number(element.numericStyle(property));
  return Number.isFinite(value) ? value : fallback;
}

function deckNode(node: NodeSingular): DeckNode {
  const position = node.position();
  const label: unknown = node.data('label');
  const key: unknown = node.data('key');
  const colour = String(node.style('background-color') ?? '') || String(node.data('colour') ?? '');
  return {
    key: String(key ?? node.id()),
    label: typeof label === 'string' ? label : String(key ?? node.id()),
    x: round(position.x),
    y: round(position.y),
    size: round(node.width()),
    colour: presentColour(colour === '' ? '#999999' : colour, node.data('sector')),
    shape: node.style('shape') === 'round-rectangle' ? 'round-rectangle' : 'ellipse',
    labelled:
      !node.hasClass('dimmed') &&
      (node.selected() || LABELLED_CLASSES.some((name) => node.hasClass(name))),
    dimmed: node.hasClass('dimmed'),
  };
}

/** An edge in present colours: path red, look colours (by type) kept, plain ties grey. */
function deckEdge(edge: EdgeSingular, source: number, target: number): DeckEdge {
  const width = round(numeric(edge, 'width', 1));
  if (edge.hasClass('on-path'))
    return { source, target, width, colour: PRESENT_EDGE.pathColour, opacity: 1 };
  const dimmed = edge.hasClass('dimmed');
  if (edge.data('edgeColour') !== undefined)
    return {
      source,
      target,
      width,
      colour: String(edge.style('line-color') ?? PRESENT_EDGE.colour),
      opacity: dimmed ? PRESENT_EDGE.dimmedOpacity : PRESENT_EDGE.typedOpacity,
    };
  return {
    source,
    target,
    width,
    colour: PRESENT_EDGE.colour,
    opacity: dimmed ? PRESENT_EDGE.dimmedOpacity : PRESENT_EDGE.opacity,
  };
}

export function snapshotScene(cy: Core, meta: SceneMeta): DeckScene {
  const index = new Map<string, number>();
  const deckNodes: DeckNode[] = [];
  cy.nodes().forEach((node) => {
    if (!node.visible()) return;
    index.set(node.id(), deckNodes.length);
    deckNodes.push(deckNode(node));
  });
  const edges: DeckEdge[] = [];
  cy.edges().forEach((edge) => {
    if (!edge.visible()) return;
    const source = index.get(edge.source().id());
    const target = index.get(edge.target().id());
    if (source === undefined || target === undefined) return;
    edges.push(deckEdge(edge, source, target));
  });
  const extent = cy.extent();
  return {
    title: meta.title,
    caption: meta.caption,
    nodes: deckNodes,
    edges,
    legend: meta.legend,
    viewport: {
      x: round(extent.x1),
      y: round(extent.y1),
      width: round(extent.w),
      height: round(extent.h),
    },
  };
}
