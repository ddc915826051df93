/**
 * The canvas's manners in present mode: hovering a node labels its closed neighbourhood
 * (`.present-near`, styled by src/view/presentStyle.ts), a click names the node and its
 * sector (returned as `info`, a background click clears it), and clicks do not select
 * (`autounselectify`: a presentation has nothing to delete or drag along). Everything is
 * undone when present mode ends, on whichever Cytoscape instance is current.
 */
import { useEffect, useRef, useState } from 'react';
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { SimpleGraph } from '../../model/index.ts';
import { onCy } from '../../view/cyRegistry.ts';
import { closedNeighbourhoodNodes } from '../../view/layer/GraphLayer.ts';

export interface NodeInfo {
  label: string;
  sector: string;
}

function attach(cy: Core, graph: () => SimpleGraph | null, show: (info: NodeInfo | null) => void) {
  const over = (event: EventObject) =>
    closedNeighbourhoodNodes(cy, event.target as NodeSingular).addClass('present-near');
  const out = () => cy.nodes('.present-near').removeClass('present-near');
  const tap = (event: EventObject) => {
    if (event.target === cy) {
      show(null);
      return;
    }
    const key = event.target.data('key') as unknown;
    const shown = graph();
    if (typeof key !== 'string' || shown === null || !shown.hasNode(key)) return;
    const attributes = shown.getNodeAttributes(key);
    show({ label: attributes.label, sector: attributes.sector });
  };
  cy.nodes(':selected').unselect();
  cy.autounselectify(true);
  cy.on('mouseover', 'node', over);
  cy.on('mouseout', 'node', out);
  cy.on('tap', tap);
  // Leaving the canvas straight from a node fires no mouseout in Cytoscape.
  const container = cy.container();
  container?.addEventListener('mouseleave', out);
  return () => {
    cy.autounselectify(false);
    cy.off('mouseover', 'node', over);
    cy.off('mouseout', 'node', out);
    cy.off('tap', tap);
    container?.removeEventListener('mouseleave', out);
    cy.nodes('.present-near').removeClass('present-near');
  };
}

export function usePresentCanvas(
  graph: SimpleGraph | null,
): [NodeInfo | null, (info: NodeInfo | null) => void] {
  const [info, setInfo] = useState<NodeInfo | null>(null);
  const graphRef = useRef(graph);
  useEffect(() => {
    graphRef.current = graph;
  });
  useEffect(() => {
    let detach: (() => void) | null = null;
    const unsubscribe = onCy((cy) => {
      detach?.();
      detach = cy === null || cy.destroyed() ? null : attach(cy, () => graphRef.current, setInfo);
    });
    return () => {
      unsubscribe();
      detach?.();
    };
  }, []);
  return [info, setInfo];
}
