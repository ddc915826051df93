/**
 * The one Cytoscape canvas. The instance is created once per mount; a new graph is drawn
 * as soon as its first placement is known, in one `cy.batch()` with the stylesheet set
 * before the elements arrive (so each element is styled once); an appearance change
 * only swaps the stylesheet. Cytoscape is never read back except for what it drew
 * (counts reported through `onDrawn`).
 *
 * Draw first: `placeNodes` may resolve with a Placement whose first picture is rough
 * (a large graph: ForceAtlas2's early iterations) and whose `drawn` callback lets the
 * refinement (ForceAtlas2 going on in its worker) move the drawn nodes afterwards; the
 * canvas is `ready` from the first picture on.
 *
 * Large graphs on their own layer (`ownLayer`): the edges are not added to Cytoscape but
 * stroked on a 2D canvas under it (./layer/GraphLayer.ts), styled from the same
 * stylesheet; hover and selection emphasis reach them as layer classes. With
 * `ownLayer: 'ties and nodes'` the layer draws the nodes and labels too, and Cytoscape
 * keeps its nodes invisible, for the pointer.
 *
 * `data-state` on the container says where it is: empty, layout, ready or error;
 * `data-renderer` which renderer draws (webgl or canvas); `data-viewport` the zoom and
 * pan ("zoom panX panY", rounded), so tests and the bench can see the view move.
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import { useTranslation } from 'react-i18next';
import type { SimpleGraph } from '../model/index.ts';
import { setCy } from './cyRegistry.ts';
import { buildElements, type ElementLook, type ElementStats } from './elements.ts';
import { drawnTieCount, GraphLayer, type LayerTie } from './layer/GraphLayer.ts';
import { layoutInputFromGraph } from './forceLayout.ts';
import { forceAtlas2InWorker } from './layouts/forceAtlas2Client.ts';
import { fitPositions, MAX_ZOOM, MIN_ZOOM } from './fitPositions.ts';
import { attachHoverEmphasis } from './hoverEmphasis.ts';
import { attachLabelDeclutter } from './labelDeclutter.ts';
import {
  nextTask,
  NODES_PER_TASK,
  skipElementDrawing,
  skipLayeredTextures,
} from './largeDrawing.ts';
import { buildStylesheet, NODE_MAX, type Appearance } from './stylesheet.ts';
import { useCanvasSelection, type CanvasSelection } from './useCanvasSelection.ts';

export interface DrawnGraph {
  nodes: number;
  edges: number;
  /** The appearance data the elements were created with (null: none, `hub` labels). */
  look?: ElementLook | null;
  /** The graph drawn. */
  graph?: SimpleGraph;
}

/** What `placeNodes` may resolve with, beyond bare positions. */
export interface Placement {
  /** [x0, y0, …] in graph.nodes() order: the first picture, drawn at once. */
  positions: ArrayLike<number>;
  /** Appearance data fields to create the elements with (see buildElements). */
  look?: ElementLook | null;
  /**
   * Called once the first picture is drawn: from then on a refinement may move the
   * drawn nodes, until the signal given to placeNodes aborts.
   */
  drawn?: () => void;
}

type CanvasState = 'empty' | 'layout' | 'ready' | 'error';

export type OwnLayer = 'none' | 'ties' | 'ties and nodes';

export interface GraphCanvasProps {
  graph: SimpleGraph | null;
  appearance: Appearance;
  onDrawn?: (drawn: DrawnGraph | null) => void;
  /** The selected actor and its ego/path highlight (classes only). */
  selection?: CanvasSelection;
  /** A node tap reports its key, a background tap null. */
  onSelectNode?: (key: string | null) => void;
  /**
   * Positions for a new graph; default: ForceAtlas2 in its worker, drawn when finished.
   * src/ui/layout supplies one that keeps places across filters and draws large graphs
   * first.
   */
  placeNodes?: (graph: SimpleGraph, signal: AbortSignal) => Promise<ArrayLike<number> | Placement>;
  /** Extra Cytoscape options read once at creation (WebGL and viewport tuning for large graphs; remount to change). */
  rendererOptions?: Record<string, unknown>;
  /**
   * Style entries appended after the workbench stylesheet (later entries win in
   * Cytoscape), e.g. the present mode's high-contrast theme with large labels.
   */
  extraStyle?: StylesheetJson;
  /**
   * Draw the ties, or the ties and the nodes, on a 2D layer under Cytoscape instead of
   * in Cytoscape (read once at creation).
   */
  ownLayer?: OwnLayer;
}

function styleFor(
  appearance: Appearance,
  stats: ElementStats,
  extra: StylesheetJson | undefined,
): StylesheetJson {
  const sheet = buildStylesheet(appearance, stats);
  return extra === undefined ? sheet : [...sheet, ...extra];
}

const FIT_PADDING = 40;
const EMPTY_STATS: ElementStats = { nodes: 0, edges: 0, maxDegree: 0, maxWeight: 0, minWeight: 0 };

function asPlacement(placed: ArrayLike<number> | Placement): Placement {
  return 'positions' in placed ? placed : { positions: placed };
}

const defaultPlacement = (shown: SimpleGraph, signal: AbortSignal) =>
  forceAtlas2InWorker(layoutInputFromGraph(shown), {}, () => undefined, signal).promise;

export function GraphCanvas({
  graph,
  appearance,
  onDrawn,
  selection,
  onSelectNode,
  placeNodes,
  rendererOptions,
  extraStyle,
  ownLayer = 'none',
}: GraphCanvasProps) {
  const { t } = useTranslation('canvas');
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const statsRef = useRef<ElementStats>(EMPTY_STATS);
  const appearanceRef = useRef(appearance);
  const extraStyleRef = useRef(extraStyle);
  const onDrawnRef = useRef(onDrawn);
  const placeNodesRef = useRef(placeNodes);
  const rendererOptionsRef = useRef(rendererOptions);
  const ownLayerRef = useRef(ownLayer);
  const layerRef = useRef<GraphLayer | null>(null);
  const [state, setState] = useState<CanvasState>('empty');
  const [error, setError] = useState('');

  useEffect(() => {
    appearanceRef.current = appearance;
    extraStyleRef.current = extraStyle;
    onDrawnRef.current = onDrawn;
    placeNodesRef.current = placeNodes;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return undefined;
    const initialSheet = styleFor(appearanceRef.current, EMPTY_STATS, extraStyleRef.current);
    const cy = cytoscape({
      container,
      elements: [],
      style: initialSheet,
      layout: { name: 'preset' },
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      ...rendererOptionsRef.current,
    });
    cyRef.current = cy;
    const layer =
      ownLayerRef.current === 'none'
        ? null
        : new GraphLayer(cy, ownLayerRef.current === 'ties and nodes');
    if (layer !== null) skipLayeredTextures(cy);
    if (layer?.drawsNodes === true) skipElementDrawing(cy, () => !layer.cytoscapeDraws);
    layerRef.current = layer;
    layer?.setStyle(initialSheet);
    setCy(cy);
    container.dataset.renderer = rendererOptionsRef.current?.webgl === true ? 'webgl' : 'canvas';
    const showViewport = () => {
      const { x, y } = cy.pan();
      container.dataset.viewport = `${cy.zoom().toFixed(4)} ${x.toFixed(1)} ${y.toFixed(1)}`;
    };
    cy.on('viewport', showViewport);
    showViewport();
    const detachHover = attachHoverEmphasis(cy, layer);
    const detachDeclutter = layer === null ? attachLabelDeclutter(cy) : () => {};
    const observer = new ResizeObserver(() => cy.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      detachHover();
      detachDeclutter();
      layer?.destroy();
      layerRef.current = null;
      setCy(null);
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy === null) return undefined;
    if (graph === null) {
      cy.elements().remove();
      setState('empty');
      onDrawnRef.current?.(null);
      return undefined;
    }
    const aborter = new AbortController();
    setState('layout');
    const place = placeNodesRef.current ?? defaultPlacement;
    const draw = async (placed: ArrayLike<number> | Placement) => {
      if (aborter.signal.aborted || cyRef.current !== cy) return;
      const placement = asPlacement(placed);
      const { elements, stats } = buildElements(graph, placement.positions, placement.look);
      statsRef.current = stats;
      const layer = layerRef.current;
      // Old elements out, then the new stylesheet (no elements to restyle), then the
      // new elements, each styled once when the batch ends.
      cy.batch(() => cy.elements().remove());
      layer?.setTies([]);
      const sheet = styleFor(appearanceRef.current, stats, extraStyleRef.current);
      if (layer === null) {
        cy.style(sheet);
        cy.batch(() => cy.add(elements));
        cy.fit(undefined, FIT_PADDING);
      } else {
        // A large graph: the view is set from the positions (cy.fit would style and
        // measure every node in this task), the nodes arrive in parts, one per frame, so
        // no task styles and draws more than NODES_PER_TASK of them, and the ties go to
        // the layer.
        layer.setStyle(sheet);
        cy.viewport(
          fitPositions(placement.positions, cy.width(), cy.height(), FIT_PADDING + NODE_MAX / 2),
        );
        const nodes = elements.filter((element) => element.group === 'nodes');
        await nextTask(); // building the elements was this task's share
        if (aborter.signal.aborted || cyRef.current !== cy) return;
        for (let start = 0; start < nodes.length; start += NODES_PER_TASK) {
          const part = cy.add(nodes.slice(start, start + NODES_PER_TASK));
          // Style the part now (Cytoscape styles lazily, all at the next draw otherwise).
          part.forEach((node) => void node.style('width'));
          await nextTask();
          if (aborter.signal.aborted || cyRef.current !== cy) return;
        }
        layer.setTies(
          elements
            .filter((element) => element.group === 'edges')
            .map((edge) => edge.data as LayerTie),
        );
      }
      const report = () => {
        setState('ready');
        onDrawnRef.current?.({
          nodes: cy.nodes().length,
          edges: drawnTieCount(cy),
          look: placement.look ?? null,
          graph,
        });
      };
      // Small graphs: committed now, in this task, so `ready` and the counts are on the
      // page before Cytoscape paints the frame. Large graphs: React renders in this task
      // too (a microtask), but the effects that follow a drawing (look, metrics, kept
      // positions) run after the paint, in tasks of their own; flushSync would run them
      // here, making this task the longest of the import.
      if (layer === null) flushSync(report);
      else report();
      placement.drawn?.();
    };
    place(graph, aborter.signal).then(draw, (reason: unknown) => {
      if (aborter.signal.aborted) return;
      setError(reason instanceof Error ? reason.message : String(reason));
      setState('error');
    });
    return () => aborter.abort();
  }, [graph]);

  const { colourBy, sizeBy } = appearance;
  useEffect(() => {
    const sheet = styleFor({ colourBy, sizeBy }, statsRef.current, extraStyle);
    if (layerRef.current !== null) layerRef.current.setStyle(sheet);
    else cyRef.current?.style(sheet);
  }, [colourBy, sizeBy, extraStyle]);

  useCanvasSelection(cyRef, layerRef, state, selection, onSelectNode);

  return (
    <div className="graph-canvas-frame">
      <div
        ref={containerRef}
        className="graph-canvas"
        data-testid="graph-canvas"
        data-state={state}
        role="img"
        aria-label={t('ariaLabel')}
      />
      {state === 'layout' && <div className="canvas-note">{t('layingOut')}</div>}
      {state === 'error' && (
        <div className="canvas-note canvas-error">{t('layoutFailed', { error })}</div>
      )}
    </div>
  );
}
