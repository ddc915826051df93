/**
 * Puts the appearance mapping (look.ts) on the drawn elements as data fields (`colour`,
 * `size`, `edgeColour`, `edgeWidth`) and the `labelled` class. The stylesheet maps those
 * fields with data(); the `hub` class of the element builder gives way to `labelled`, so
 * the label count the user picks is what is drawn. Returns the legend of what is shown.
 *
 * Set once, then only what changed: a new graph's elements are created with its look
 * (`lookFor`, handed to GraphCanvas by src/ui/layout/useLayouts.ts), and a later change
 * (the metrics arriving, an appearance setting) touches only the elements whose fields
 * differ from what they carry. Every changed element is restyled by Cytoscape, and
 * restyling all 30,000 elements of a 5,000-node graph is a task of over a second.
 *
 * Large graphs (on the graph layer): the nodes are updated in parts of NODES_PER_TASK,
 * each styled in its own task (the layer draws them once, when all are in), each node
 * compared with the fields it carries now, so a newer look simply takes over from a
 * part-applied one; the ties take their fields on the layer in one go.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import type { SimpleGraph } from '../../model/index.ts';
import { getCy } from '../../view/cyRegistry.ts';
import {
  edgeElementId,
  nodeElementId,
  roundSize,
  type EdgeLook,
  type ElementLook,
  type NodeLook,
} from '../../view/elements.ts';
import type { DrawnGraph } from '../../view/GraphCanvas.tsx';
import { nextTask, NODES_PER_TASK } from '../../view/largeDrawing.ts';
import { graphLayerOf } from '../../view/layer/GraphLayer.ts';
import { useWorkbench } from '../workbench.ts';
import { computeLook, type ComputedLook, type LookLegend } from './look.ts';

const latestLook = new WeakMap<SimpleGraph, ComputedLook>();

/** The look last computed for a graph (null: none yet), to create its elements with. */
export function lookFor(graph: SimpleGraph): ComputedLook | null {
  return latestLook.get(graph) ?? null;
}

/** The ties whose look in `after` differs from `before` (all when `before` is null). */
function* changedEdges(
  before: ElementLook | null,
  after: ElementLook,
): Generator<[string, EdgeLook, EdgeLook | undefined]> {
  for (const [key, edge] of after.edges) {
    const was = before?.edges.get(key);
    if (was === undefined || was.colour !== edge.colour || was.width !== edge.width)
      yield [key, edge, was];
  }
}

/**
 * Sets on the canvas the fields of `after` that differ from `before` (null: all); the
 * ties must be Cytoscape edges (a large graph on the graph layer takes applyLookInParts).
 */
export function applyLookChanges(cy: Core, before: ElementLook | null, after: ElementLook): number {
  let changed = 0;
  cy.batch(() => {
    for (const [key, node] of after.nodes) {
      const was = before?.nodes.get(key);
      const size = roundSize(node.size);
      if (
        was !== undefined &&
        was.colour === node.colour &&
        roundSize(was.size) === size &&
        was.labelled === node.labelled
      )
        continue;
      const element = cy.getElementById(nodeElementId(key));
      if (element.empty()) continue;
      changed += 1;
      if (was === undefined || was.colour !== node.colour || roundSize(was.size) !== size)
        element.data({ colour: node.colour, size });
      if (before === null) element.removeClass('hub');
      if (was === undefined || was.labelled !== node.labelled)
        element.toggleClass('labelled', node.labelled);
    }
    for (const [key, edge, was] of changedEdges(before, after)) {
      const element = cy.getElementById(edgeElementId(key));
      if (element.empty()) continue;
      changed += 1;
      if (was === undefined || was.width !== edge.width) element.data({ edgeWidth: edge.width });
      if (was !== undefined && was.colour === edge.colour) continue;
      if (edge.colour === null) element.removeData('edgeColour');
      else element.data({ edgeColour: edge.colour });
    }
  });
  return changed;
}

/** The large-graph path (see the header); resolves when done or aborted. */
export async function applyLookInParts(
  cy: Core,
  before: ElementLook | null,
  after: ElementLook,
  signal: AbortSignal,
): Promise<void> {
  const layer = graphLayerOf(cy);
  const ties = new Map<string, { edgeWidth: number; edgeColour: string | undefined }>();
  for (const [key, edge] of changedEdges(before, after))
    ties.set(edgeElementId(key), { edgeWidth: edge.width, edgeColour: edge.colour ?? undefined });
  if (ties.size > 0) layer?.updateData(ties);
  const entries = [...after.nodes];
  // The layer draws the new look once, when every part is in.
  const release = layer?.hold();
  try {
    await lookInParts(cy, entries, signal);
  } finally {
    release?.();
  }
}

/** Sets the look on the nodes NODES_PER_TASK per task (see the header). */
async function lookInParts(
  cy: Core,
  entries: [string, NodeLook][],
  signal: AbortSignal,
): Promise<void> {
  for (let start = 0; start < entries.length; start += NODES_PER_TASK) {
    // Each part in a task of its own, the first too (not in the React commit that
    // brought the look).
    await nextTask();
    if (signal.aborted || cy.destroyed()) return;
    const changed: NodeSingular[] = [];
    cy.batch(() => {
      for (const [key, node] of entries.slice(start, start + NODES_PER_TASK)) {
        const element = cy.getElementById(nodeElementId(key));
        if (element.empty()) continue;
        const size = roundSize(node.size);
        const data = element.data() as { colour?: unknown; size?: unknown };
        if (data.colour !== node.colour || data.size !== size)
          element.data({ colour: node.colour, size });
        element.removeClass('hub');
        element.toggleClass('labelled', node.labelled);
        changed.push(element as NodeSingular);
      }
    });
    // Style this part in this task (Cytoscape would style every part at the next draw).
    for (const element of changed) element.style('width');
  }
}

export function useLookOnCanvas(
  graph: SimpleGraph | null,
  drawn: DrawnGraph | null,
): LookLegend | null {
  const colourBy = useWorkbench((state) => state.colourBy);
  const sizeBy = useWorkbench((state) => state.sizeBy);
  const look = useWorkbench((state) => state.look);
  const result = useWorkbench((state) => state.metrics.result);
  const computed = useMemo(() => {
    if (graph === null) return null;
    const next = computeLook(graph, colourBy, sizeBy, look, result);
    latestLook.set(graph, next);
    return next;
  }, [graph, colourBy, sizeBy, look, result]);
  // What the drawn elements carry now.
  const appliedRef = useRef<{ drawn: DrawnGraph; look: ElementLook | null } | null>(null);
  useEffect(() => {
    const cy = getCy();
    if (cy === null || computed === null || drawn === null) return undefined;
    const before =
      appliedRef.current?.drawn === drawn ? appliedRef.current.look : (drawn.look ?? null);
    appliedRef.current = { drawn, look: computed };
    if (before === computed) return undefined;
    if (graphLayerOf(cy) === undefined) {
      applyLookChanges(cy, before, computed);
      return undefined;
    }
    const aborter = new AbortController();
    void applyLookInParts(cy, before, computed, aborter.signal);
    return () => aborter.abort();
  }, [computed, drawn]);
  return computed?.legend ?? null;
}
