/**
 * Hover emphasis on the canvas: hovering a node brings out its neighbourhood and labels
 * it (the node and every partner: `.near`, the node `.focus`), fading the rest (`.faded`);
 * classes only, data untouched. Leaving the node, or the canvas straight from a node
 * (Cytoscape fires no mouseout then), clears it.
 *
 * Large graphs (ties on the edge layer): the ties fade and the neighbourhood is labelled,
 * but the other nodes keep their look: fading them restyles every node, one long task
 * per hover on 5,000 nodes.
 */
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { closedNeighbourhoodNodes, type GraphLayer } from './layer/GraphLayer.ts';

/** Starts the emphasis on `cy`; returns what stops it. */
export function attachHoverEmphasis(cy: Core, layer: GraphLayer | null): () => void {
  const container = cy.container();
  const over = (event: EventObject) => {
    const node = event.target as NodeSingular;
    if (layer !== null) {
      const id = node.id();
      cy.batch(() => {
        closedNeighbourhoodNodes(cy, node).addClass('near');
        node.addClass('focus');
      });
      layer.setClass('faded', (source, target) => source !== id && target !== id);
      return;
    }
    const neighbourhood = node.closedNeighborhood();
    cy.batch(() => {
      cy.elements().addClass('faded');
      neighbourhood.removeClass('faded');
      neighbourhood.nodes().addClass('near');
      node.addClass('focus');
    });
  };
  cy.on('mouseover', 'node', over);
  const clear = () => {
    // Only the marked elements: removeClass on all 5,000 nodes of a large graph would
    // visit each one.
    cy.batch(() => cy.elements('.faded, .focus, .near').removeClass('faded focus near'));
    layer?.setClass('faded', null);
  };
  cy.on('mouseout', 'node', clear);
  container?.addEventListener('mouseleave', clear);
  return () => {
    cy.removeListener('mouseover', 'node', over);
    cy.removeListener('mouseout', 'node', clear);
    container?.removeEventListener('mouseleave', clear);
  };
}
