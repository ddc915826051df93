/**
 * Places the nodes: the `placeNodes` hook GraphCanvas calls for every new graph, and the
 * runner that applies a layout the user picks to what is drawn.
 *
 * - A new graph of the same view (region + level), e.g. after a filter change, keeps the
 *   places of the nodes it shares with the last drawing (src/view/layouts/positionCache);
 *   when every node has a place, nothing is laid out. Otherwise ForceAtlas2 runs in its
 *   worker, seeded with the kept places, with live progress and Stop; for the other
 *   layouts the new nodes get a first place and the chosen layout runs after drawing.
 * - Picking a layout (or Run again) lays out the drawn graph: ForceAtlas2 from its
 *   spiral start in the worker, the drawing following each intermediate picture; fcose,
 *   concentric, circle and grid through Cytoscape (src/view/layouts/cyLayouts.ts).
 * - After every layout and drawing the drawn positions are kept for the view.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { SimpleGraph } from '../../model/index.ts';
import { getCy, drawnPositions } from '../../view/cyRegistry.ts';
import { nodeElementId } from '../../view/elements.ts';
import { layoutInputFromGraph } from '../../view/forceLayout.ts';
import type { DrawnGraph } from '../../view/GraphCanvas.tsx';
import { forceAtlas2InWorker, type ForceAtlas2Job } from '../../view/layouts/forceAtlas2Client.ts';
import { cyLayoutOptions, type LayoutLookups } from '../../view/layouts/cyLayouts.ts';
import { keptPositions, rememberPositions, viewKey } from '../../view/layouts/positionCache.ts';
import { metricValues } from '../appearance/look.ts';
import { categoryOf } from '../appearance/categories.ts';
import { useWorkbench, workbench } from '../workbench.ts';

/** Stops the running ForceAtlas2 with the picture it has (the Stop button). */
let currentJob: ForceAtlas2Job | null = null;
let stoppedJob: ForceAtlas2Job | null = null;
export function stopLayout(): void {
  stoppedJob = currentJob;
  currentJob?.stop();
}

function applyPositions(graph: SimpleGraph, positions: ArrayLike<number>): void {
  const cy = getCy();
  if (cy === null) return;
  cy.batch(() => {
    graph.nodes().forEach((key, i) => {
      const node = cy.getElementById(nodeElementId(key));
      if (!node.empty()) node.position({ x: positions[2 * i], y: positions[2 * i + 1] });
    });
  });
}

function runForceAtlas2(
  graph: SimpleGraph,
  start: Float64Array | null,
  signal: AbortSignal,
  live: boolean,
): Promise<Float64Array> {
  const { reportLayout } = workbench.store.getState();
  reportLayout({ status: 'running', fraction: 0, step: 'ForceAtlas2' });
  const job = forceAtlas2InWorker(
    layoutInputFromGraph(graph),
    { start },
    (fraction, positions) => {
      reportLayout({ status: 'running', fraction, step: 'ForceAtlas2' });
      if (live) applyPositions(graph, positions);
    },
    signal,
  );
  currentJob = job;
  return job.promise.then(
    (positions) => {
      if (currentJob === job) currentJob = null;
      const stopped = stoppedJob === job;
      reportLayout({ status: stopped ? 'stopped' : 'done', fraction: stopped ? 0 : 1, step: '' });
      return positions;
    },
    (reason: unknown) => {
      if (currentJob === job) currentJob = null;
      if (!signal.aborted) reportLayout({ status: 'error', fraction: 0, step: String(reason) });
      throw reason;
    },
  );
}

function lookupsFor(graph: SimpleGraph): LayoutLookups {
  const state = workbench.store.getState();
  const result = state.metrics.result;
  const keys = graph.nodes();
  const metric =
    metricValues(graph, state.layout.metric, result) ?? metricValues(graph, 'degree', null)!;
  const communities = metricValues(graph, 'community', result);
  const groupBy =
    state.layout.groupBy === 'community' && communities !== null ? 'community' : 'sector';
  return {
    metric: new Map(keys.map((key, i) => [key, metric[i]])),
    group: new Map(
      keys.map((key, i) => [
        key,
        categoryOf(groupBy, graph.getNodeAttributes(key), communities?.[i]),
      ]),
    ),
    degree: new Map(keys.map((key) => [key, graph.degree(key)])),
    order: graph.order,
  };
}

export function useLayouts(graph: SimpleGraph | null, drawn: DrawnGraph | null) {
  const regionId = useWorkbench((state) => state.regionId);
  const level = useWorkbench((state) => state.level);
  const layout = useWorkbench((state) => state.layout);
  const key = regionId === null ? null : viewKey(regionId, level);
  const keyRef = useRef(key);
  const pendingRef = useRef(false);
  const graphRef = useRef(graph);
  const lastRunRef = useRef(layout);
  useEffect(() => {
    keyRef.current = key;
    graphRef.current = graph;
  });

  const placeNodes = useCallback(
    async (shown: SimpleGraph, signal: AbortSignal): Promise<ArrayLike<number>> => {
      const view = keyRef.current;
      const kept = view === null ? null : keptPositions(view, shown);
      if (kept !== null && kept.known === shown.order) return kept.positions;
      const name = workbench.store.getState().layout.name;
      if (name === 'forceAtlas2') {
        const positions = await runForceAtlas2(shown, kept?.positions ?? null, signal, false);
        // Another layout picked meanwhile: it runs once this graph is drawn.
        if (workbench.store.getState().layout.name !== 'forceAtlas2') pendingRef.current = true;
        return positions;
      }
      pendingRef.current = true;
      // A first place for every node; the chosen layout runs once it is drawn.
      const first = kept?.positions ?? new Float64Array(shown.order * 2);
      for (let i = 0; i < shown.order; i++)
        if (!Number.isFinite(first[2 * i])) [first[2 * i], first[2 * i + 1]] = [0, 0];
      return first;
    },
    [],
  );

  // Lays out what is drawn with the chosen layout (on a pick, and after a pending draw).
  const runChosen = useCallback((signal: AbortSignal) => {
    const shown = graphRef.current;
    const cy = getCy();
    const view = keyRef.current;
    if (shown === null || cy === null || view === null || cy.nodes().empty()) return;
    const name = workbench.store.getState().layout.name;
    const keep = () => {
      if (!signal.aborted) rememberPositions(view, drawnPositions(cy));
    };
    if (name === 'forceAtlas2') {
      runForceAtlas2(shown, null, signal, true).then(
        (positions) => {
          if (signal.aborted) return;
          applyPositions(shown, positions);
          cy.fit(undefined, 40);
          keep();
        },
        () => undefined,
      );
      return;
    }
    const { reportLayout } = workbench.store.getState();
    reportLayout({ status: 'running', fraction: 0, step: name });
    const run = cy.layout(cyLayoutOptions(name, lookupsFor(shown)));
    run.one('layoutstop', () => {
      keep();
      reportLayout({ status: 'done', fraction: 1, step: '' });
    });
    run.run();
  }, []);

  // After each drawing: keep the positions, or run the layout a new graph waits for.
  useEffect(() => {
    if (drawn === null) return undefined;
    const aborter = new AbortController();
    if (pendingRef.current) {
      pendingRef.current = false;
      runChosen(aborter.signal);
    } else if (key !== null) rememberPositions(key, drawnPositions(getCy()));
    return undefined;
  }, [drawn, key, runChosen]);

  // A picked layout (or Run again, or undo/redo of the choice) lays out the drawing.
  useEffect(() => {
    if (lastRunRef.current === layout) return undefined;
    lastRunRef.current = layout;
    const aborter = new AbortController();
    runChosen(aborter.signal);
    return () => aborter.abort();
  }, [layout, runChosen]);

  return placeNodes;
}
