/**
 * Keeps the canvas in step with the selection slice, through classes only (data is never
 * changed): the selected actor gets `.picked` and is centred when it changes; in an ego
 * or path focus everything outside the highlighted nodes gets `.dimmed`, a path's
 * nodes and ties get `.on-path`, and the view is fitted to the highlighted nodes. Tapping a node reports its graph key, tapping the
 * background reports null. Cytoscape's own (multi-)selection is left alone.
 * Ties drawn on the graph layer (large graphs) get the same classes there.
 * Re-applied whenever a new graph has been drawn (`drawnState` turns 'ready').
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { Core, EventObject } from 'cytoscape';
import { nodeElementId } from './elements.ts';
import type { GraphLayer } from './layer/GraphLayer.ts';

/** The closest a focus (ego network, path) zooms in. */
const MAX_FOCUS_ZOOM = 1.6;
const FOCUS_PADDING = 60;

export interface CanvasSelection {
  selected: string | null;
  /** Nodes to keep in full colour (others dim); a path lists its nodes in order. */
  highlight: { nodes: string[]; path: string[] | null } | null;
}

export function useCanvasSelection(
  cyRef: RefObject<Core | null>,
  layerRef: RefObject<GraphLayer | null>,
  drawnState: string,
  selection: CanvasSelection | undefined,
  onSelectNode: ((key: string | null) => void) | undefined,
): void {
  const onSelectRef = useRef(onSelectNode);
  const centredRef = useRef<string | null>(null);
  useEffect(() => {
    onSelectRef.current = onSelectNode;
  });

  useEffect(() => {
    const cy = cyRef.current;
    if (cy === null) return undefined;
    const onNode = (event: EventObject) => {
      const key = event.target.data('key') as unknown;
      if (typeof key === 'string') onSelectRef.current?.(key);
    };
    const onBackground = (event: EventObject) => {
      if (event.target === cy) onSelectRef.current?.(null);
    };
    cy.on('tap', 'node', onNode);
    cy.on('tap', onBackground);
    return () => {
      cy.off('tap', 'node', onNode);
      cy.off('tap', onBackground);
    };
  }, [cyRef]);

  const selected = selection?.selected ?? null;
  const highlight = selection?.highlight ?? null;
  useEffect(() => {
    const cy = cyRef.current;
    if (cy === null || drawnState !== 'ready') return;
    const layer = layerRef.current;
    cy.batch(() => {
      cy.elements('.picked, .dimmed, .on-path').removeClass('picked dimmed on-path');
      layer?.setClass('on-path', null);
      layer?.setClass('dimmed', null);
      if (highlight !== null) {
        const keep = new Set(highlight.nodes.map(nodeElementId));
        const pathEdges = new Set<string>();
        const path = highlight.path ?? [];
        for (let i = 1; i < path.length; i++) {
          const [a, b] = [nodeElementId(path[i - 1]), nodeElementId(path[i])];
          pathEdges.add(a < b ? `${a}|${b}` : `${b}|${a}`);
        }
        cy.nodes().forEach((node) => {
          if (!keep.has(node.id())) node.addClass('dimmed');
          else if (highlight.path !== null) node.addClass('on-path');
        });
        const onPath = (a: string, b: string) => pathEdges.has(a < b ? `${a}|${b}` : `${b}|${a}`);
        const dimmed = (a: string, b: string) =>
          !onPath(a, b) && (highlight.path !== null || !keep.has(a) || !keep.has(b));
        cy.edges().forEach((edge) => {
          const [a, b] = [edge.source().id(), edge.target().id()];
          if (onPath(a, b)) edge.addClass('on-path');
          else if (dimmed(a, b)) edge.addClass('dimmed');
        });
        layer?.setClass('on-path', onPath);
        layer?.setClass('dimmed', dimmed);
      }
      if (selected !== null) cy.getElementById(nodeElementId(selected)).addClass('picked');
    });
    if (highlight !== null && highlight.nodes.length > 1) {
      // An ego network or a path is framed whole, so none of it is off screen.
      const keep = new Set(highlight.nodes.map(nodeElementId));
      const eles = cy.nodes().filter((node) => keep.has(node.id()));
      // Fit zoom as cy.fit computes it, but a small ego network is not blown up past
      // a readable zoom.
      const box = eles.boundingBox();
      const zoom = Math.min(
        MAX_FOCUS_ZOOM,
        (cy.width() - 2 * FOCUS_PADDING) / Math.max(box.w, 1),
        (cy.height() - 2 * FOCUS_PADDING) / Math.max(box.h, 1),
      );
      cy.animate({ zoom, center: { eles } }, { duration: 300 });
      centredRef.current = selected;
      return;
    }
    if (selected === null) {
      centredRef.current = null;
      return;
    }
    const node = cy.getElementById(nodeElementId(selected));
    if (node.nonempty() && centredRef.current !== selected) {
      centredRef.current = selected;
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 300 });
    }
  }, [cyRef, layerRef, drawnState, selected, highlight]);
}
