/**
 * Hover emphasis on the canvas: hovering a node brings out its neighbourhood and labels
 * it (the node and every partner: `.near`, the node `.focus`), fading the rest (`.faded`);
 * classes only, data untouched. Leaving the node, or the canvas straight from a node
 * (Cytoscape fires no mouseout then), clears it.
 *
 * Large graphs (drawn on the graph layer): the neighbourhood gets its classes in
 * Cytoscape, the fading is the layer's alone (ties, and nodes when the layer draws them):
 * `.faded` on every other Cytoscape node would restyle them all, one long task per hover
 * on 5,000 nodes. With WebGL drawing the nodes, the other nodes therefore keep their look.
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
      const near = closedNeighbourhoodNodes(cy, node);
      cy.batch(() => {
        near.addClass('near');
        node.addClass('focus');
      });
      layer.setClass('faded', (source, target) => source !== id && target !== id);
      const ids = new Set(near.map((element) => element.id()));
      layer.setNodeClass('faded', (other) => !ids.has(other));
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
    layer?.setNodeClass('faded', null);
  };
  cy.on('mouseout', 'node', clear);
  container?.addEventListener('mouseleave', clear);
  return () => {
    cy.removeListener('mouseover', 'node', over);
    cy.removeListener('mouseout', 'node', clear);
    container?.removeEventListener('mouseleave', clear);
  };
}
