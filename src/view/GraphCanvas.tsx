/**
 * The one Cytoscape canvas. The instance is created once per mount; a new graph is laid
 * out by ForceAtlas2 in a worker and then drawn with the preset positions in one
 * `cy.batch()`; an appearance change only swaps the stylesheet. Cytoscape is never read
 * back except for what it drew (counts reported through `onDrawn`).
 * `data-state` on the container says where it is: empty, layout, ready or error.
 */
import { useEffect, useRef, useState } from 'react';
import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import type { SimpleGraph } from '../model/index.ts';
import { layoutInWorker } from '../workers/layoutClient.ts';
import { setCy } from './cyRegistry.ts';
import { buildElements, type ElementStats } from './elements.ts';
import { layoutInputFromGraph } from './forceLayout.ts';
import { buildStylesheet, type Appearance } from './stylesheet.ts';
import { useCanvasSelection, type CanvasSelection } from './useCanvasSelection.ts';

export interface DrawnGraph {
  nodes: number;
  edges: number;
}

type CanvasState = 'empty' | 'layout' | 'ready' | 'error';

export interface GraphCanvasProps {
  graph: SimpleGraph | null;
  appearance: Appearance;
  onDrawn?: (drawn: DrawnGraph | null) => void;
  /** The selected actor and its ego/path highlight (classes only). */
  selection?: CanvasSelection;
  /** A node tap reports its key, a background tap null. */
  onSelectNode?: (key: string | null) => void;
  /**
   * Positions for a new graph ([x0, y0, …] in graph.nodes() order); default: ForceAtlas2
   * in the layout worker. src/ui/layout supplies one that keeps places across filters.
   */
  placeNodes?: (graph: SimpleGraph, signal: AbortSignal) => Promise<ArrayLike<number>>;
  /** Extra Cytoscape options read once at creation (WebGL and viewport tuning for large graphs; remount to change). */
  rendererOptions?: Record<string, unknown>;
  /**
   * Style entries appended after the workbench stylesheet (later entries win in
   * Cytoscape), e.g. the present mode's high-contrast theme with large labels.
   */
  extraStyle?: StylesheetJson;
}

function styleFor(
  appearance: Appearance,
  stats: ElementStats,
  extra: StylesheetJson | undefined,
): StylesheetJson {
  const sheet = buildStylesheet(appearance, stats);
  return extra === undefined ? sheet : [...sheet, ...extra];
}

const EMPTY_STATS: ElementStats = { nodes: 0, edges: 0, maxDegree: 0, maxWeight: 0, minWeight: 0 };

export function GraphCanvas({
  graph,
  appearance,
  onDrawn,
  selection,
  onSelectNode,
  placeNodes,
  rendererOptions,
  extraStyle,
}: GraphCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const statsRef = useRef<ElementStats>(EMPTY_STATS);
  const appearanceRef = useRef(appearance);
  const extraStyleRef = useRef(extraStyle);
  const onDrawnRef = useRef(onDrawn);
  const placeNodesRef = useRef(placeNodes);
  const rendererOptionsRef = useRef(rendererOptions);
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
    const cy = cytoscape({
      container,
      elements: [],
      style: styleFor(appearanceRef.current, EMPTY_STATS, extraStyleRef.current),
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 6,
      ...rendererOptionsRef.current,
    });
    cyRef.current = cy;
    setCy(cy);
    // Hovering a node brings out its neighbourhood; classes only, data untouched.
    cy.on('mouseover', 'node', (event) => {
      const node = event.target;
      cy.batch(() => {
        cy.elements().addClass('faded');
        node.closedNeighborhood().removeClass('faded');
        node.addClass('focus');
      });
    });
    cy.on('mouseout', 'node', () => {
      cy.batch(() => cy.elements().removeClass('faded focus'));
    });
    const observer = new ResizeObserver(() => cy.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
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
    const place =
      placeNodesRef.current ??
      ((shown: SimpleGraph, signal: AbortSignal) =>
        layoutInWorker(layoutInputFromGraph(shown), {}, signal));
    place(graph, aborter.signal).then(
      (positions) => {
        if (aborter.signal.aborted || cyRef.current !== cy) return;
        const { elements, stats } = buildElements(graph, positions);
        statsRef.current = stats;
        cy.batch(() => {
          cy.elements().remove();
          cy.add(elements);
        });
        cy.style(styleFor(appearanceRef.current, stats, extraStyleRef.current));
        cy.fit(undefined, 40);
        setState('ready');
        onDrawnRef.current?.({ nodes: cy.nodes().length, edges: cy.edges().length });
      },
      (reason: unknown) => {
        if (aborter.signal.aborted) return;
        setError(reason instanceof Error ? reason.message : String(reason));
        setState('error');
      },
    );
    return () => aborter.abort();
  }, [graph]);

  const { colourBy, sizeBy } = appearance;
  useEffect(() => {
    cyRef.current?.style(styleFor({ colourBy, sizeBy }, statsRef.current, extraStyle));
  }, [colourBy, sizeBy, extraStyle]);

  useCanvasSelection(cyRef, state, selection, onSelectNode);

  return (
    <div className="graph-canvas-frame">
      <div
        ref={containerRef}
        className="graph-canvas"
        data-testid="graph-canvas"
        data-state={state}
        role="img"
        aria-label="Collaboration network"
      />
      {state === 'layout' && <div className="canvas-note">Laying out…</div>}
      {state === 'error' && <div className="canvas-note canvas-error">Layout failed: {error}</div>}
    </div>
  );
}
