/**
 * Puts the appearance mapping (look.ts) on the drawn elements as data fields (`colour`,
 * `size`, `edgeColour`, `edgeWidth`) and the `labelled` class, in one cy.batch(), after
 * every draw and every appearance or metrics change. The stylesheet maps those fields
 * with data(); the `hub` class of the element builder gives way to `labelled`, so the
 * label count the user picks is what is drawn. Returns the legend of what is shown.
 */
import { useEffect, useMemo } from 'react';
import type { SimpleGraph } from '../../model/index.ts';
import { getCy } from '../../view/cyRegistry.ts';
import { edgeElementId, nodeElementId } from '../../view/elements.ts';
import type { DrawnGraph } from '../../view/GraphCanvas.tsx';
import { useWorkbench } from '../workbench.ts';
import { computeLook, type LookLegend } from './look.ts';

export function useLookOnCanvas(
  graph: SimpleGraph | null,
  drawn: DrawnGraph | null,
): LookLegend | null {
  const colourBy = useWorkbench((state) => state.colourBy);
  const sizeBy = useWorkbench((state) => state.sizeBy);
  const look = useWorkbench((state) => state.look);
  const result = useWorkbench((state) => state.metrics.result);
  const computed = useMemo(
    () => (graph === null ? null : computeLook(graph, colourBy, sizeBy, look, result)),
    [graph, colourBy, sizeBy, look, result],
  );
  useEffect(() => {
    const cy = getCy();
    if (cy === null || computed === null || drawn === null) return;
    cy.batch(() => {
      for (const [key, node] of computed.nodes) {
        const element = cy.getElementById(nodeElementId(key));
        if (element.empty()) continue;
        element.data({ colour: node.colour, size: Math.round(node.size * 100) / 100 });
        element.removeClass('hub');
        if (node.labelled) element.addClass('labelled');
        else element.removeClass('labelled');
      }
      for (const [key, edge] of computed.edges) {
        const element = cy.getElementById(edgeElementId(key));
        if (element.empty()) continue;
        element.data({ edgeWidth: edge.width });
        if (edge.colour === null) element.removeData('edgeColour');
        else element.data({ edgeColour: edge.colour });
      }
    });
  }, [computed, drawn]);
  return computed?.legend ?? null;
}
