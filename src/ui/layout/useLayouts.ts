/**
 * Places the nodes: the `placeNodes` hook GraphCanvas calls for every new graph, and the
 * runner that applies a layout the user picks to what is drawn.
 *
 * - A new graph of the same view (region + level), e.g. after a filter change, keeps the
 *   places of the nodes it shares with the last drawing (src/view/layouts/positionCache);
 *   when every node has a place, nothing is laid out. Otherwise ForceAtlas2 runs in its
 *   worker, seeded with the kept places, with live progress and Stop; for the other
 *   layouts the new nodes get a first place and the chosen layout runs after drawing.
 * - Draw first: a graph above DRAW_FIRST_ABOVE nodes is drawn from ForceAtlas2's first
 *   picture (the kept places, or a few iterations from the spiral) and the drawing then
 *   follows the run in the worker, one picture per pictureIntervalMs (by size), since
 *   each redraw of 30,000 elements is one long task on the main thread. Waiting for the
 *   whole run (5 s for 5,000 nodes, far more for 20,000) before the first frame left the
 *   user with an empty canvas. Smaller graphs are drawn once laid out, as before.
 * - The elements are created with the look (src/ui/appearance/useLookOnCanvas.ts,
 *   `lookFor`), so they are styled once.
 * - Picking a layout (or Run again) lays out the drawn graph: ForceAtlas2 from its
 *   spiral start in the worker, the drawing following each intermediate picture; fcose,
 *   concentric, circle and grid through Cytoscape (src/view/layouts/cyLayouts.ts).
 * - After every layout and drawing the drawn positions are kept for the view.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { SimpleGraph } from '../../model/index.ts';
import { getCy, drawnPositions } from '../../view/cyRegistry.ts';
import { withTiesInCytoscape } from '../../view/layer/GraphLayer.ts';
import { fitDrawing } from '../../view/fitPositions.ts';
import type { ElementLook } from '../../view/elements.ts';
import { layoutInputFromGraph } from '../../view/forceLayout.ts';
import type { DrawnGraph, Placement } from '../../view/GraphCanvas.tsx';
import { forceAtlas2InWorker, type ForceAtlas2Job } from '../../view/layouts/forceAtlas2Client.ts';
import type { ForceAtlas2RunOptions } from '../../view/layouts/forceAtlas2Run.ts';
import { cyLayoutOptions, ensureLayout, type LayoutLookups } from '../../view/layouts/cyLayouts.ts';
import { keptPositions, rememberPositions, viewKey } from '../../view/layouts/positionCache.ts';
import { metricValues } from '../appearance/look.ts';
import { categoryOf } from '../appearance/categories.ts';
import { lookFor } from '../appearance/useLookOnCanvas.ts';
import { useWorkbench, workbench } from '../workbench.ts';
import { pictureIntervalMs, throttledPictures } from './pictures.ts';

/** Stops the running ForceAtlas2 with the picture it has (the Stop button). */
let currentJob: ForceAtlas2Job | null = null;
let stoppedJob: ForceAtlas2Job | null = null;
export function stopLayout(): void {
  stoppedJob = currentJob;
  currentJob?.stop();
}

/**
 * Graphs above this many nodes are drawn first and laid out after (see the header);
 * smaller ones (the sample regions: 70–400 nodes) are drawn once ForceAtlas2 has
 * finished, which takes well under a second.
 */
export const DRAW_FIRST_ABOVE = 1000;
/** ForceAtlas2 iterations before the first picture of an unseeded large graph. */
export const FIRST_PICTURE_ITERATIONS = 0;
/** Iterations between two pictures of a large graph (each picture is one redraw). */
export const LARGE_CHUNK = 25;
function runForceAtlas2(
  graph: SimpleGraph,
  options: ForceAtlas2RunOptions,
  signal: AbortSignal,
  onPicture: (positions: Float64Array) => void,
): Promise<Float64Array> {
  const { reportLayout } = workbench.store.getState();
  reportLayout({ status: 'running', fraction: 0, step: 'ForceAtlas2' });
  const job = forceAtlas2InWorker(
    layoutInputFromGraph(graph),
    options,
    (fraction, positions) => {
      reportLayout({ status: 'running', fraction, step: 'ForceAtlas2' });
      onPicture(positions);
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

/**
 * Views whose drawing is a first picture still being refined: a later graph of the view
 * (a filter change) is laid out again even when every node has a kept place.
 */
const unsettled = new Set<string>();

/**
 * Draw first (graphs above DRAW_FIRST_ABOVE nodes): one ForceAtlas2 job in its worker;
 * its first picture (the kept places at once, or FIRST_PICTURE_ITERATIONS iterations from
 * the spiral) is what GraphCanvas draws, later pictures follow at most every
 * pictureIntervalMs, and the finished (or stopped) one is drawn, fitted unless the user
 * has moved the view, and kept.
 */
function drawFirst(
  shown: SimpleGraph,
  start: Float64Array | null,
  look: ElementLook | null,
  view: string | null,
  signal: AbortSignal,
): Promise<Placement> {
  if (view !== null) unsettled.add(view);
  const pictures = throttledPictures(shown, pictureIntervalMs(shown.order + shown.size));
  let drawnViewport: string | null = null;
  let first = true;
  return new Promise<Placement>((resolve, reject) => {
    const options = {
      start,
      firstPictureAfter: start === null ? FIRST_PICTURE_ITERATIONS : 0,
      chunk: LARGE_CHUNK,
    };
    runForceAtlas2(shown, options, signal, (positions) => {
      if (!first) {
        pictures.picture(positions);
        return;
      }
      first = false;
      resolve({
        positions,
        look,
        drawn: () => {
          const cy = getCy();
          drawnViewport = cy === null ? null : viewportOf(cy);
          pictures.start();
        },
      });
    }).then(
      (positions) => {
        const settle = () => {
          if (view !== null) unsettled.delete(view);
        };
        if (first) {
          // Finished before any picture: drawn as it is.
          first = false;
          pictures.cancel();
          settle();
          resolve({ positions, look });
          return;
        }
        pictures.finish(positions, () => {
          if (signal.aborted) return;
          fitUnlessMoved(drawnViewport);
          if (view !== null) rememberPositions(view, drawnPositions(getCy()));
          settle();
        });
      },
      (reason: unknown) => {
        pictures.cancel();
        if (first) reject(reason);
      },
    );
  });
}

/** Fits the view to the drawing unless the user has moved it since `viewport` was taken. */
function fitUnlessMoved(viewport: string | null): void {
  const cy = getCy();
  if (cy === null) return;
  if (viewport === null || viewportOf(cy) === viewport) fitDrawing(cy, 40);
}

function viewportOf(cy: NonNullable<ReturnType<typeof getCy>>): string {
  const { x, y } = cy.pan();
  return `${cy.zoom()} ${x} ${y}`;
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
    async (shown: SimpleGraph, signal: AbortSignal): Promise<Placement> => {
      const view = keyRef.current;
      const kept = view === null ? null : keptPositions(view, shown);
      const look = lookFor(shown);
      const settled = view === null || !unsettled.has(view);
      if (kept !== null && kept.known === shown.order && settled)
        return { positions: kept.positions, look };
      const name = workbench.store.getState().layout.name;
      if (name === 'forceAtlas2') {
        const start = kept?.positions ?? null;
        if (shown.order > DRAW_FIRST_ABOVE) return drawFirst(shown, start, look, view, signal);
        const positions = await runForceAtlas2(shown, { start }, signal, () => undefined);
        // Another layout picked meanwhile: it runs once this graph is drawn.
        if (workbench.store.getState().layout.name !== 'forceAtlas2') pendingRef.current = true;
        return { positions, look };
      }
      pendingRef.current = true;
      // A first place for every node; the chosen layout runs once it is drawn.
      const first = kept?.positions ?? new Float64Array(shown.order * 2);
      for (let i = 0; i < shown.order; i++)
        if (!Number.isFinite(first[2 * i])) [first[2 * i], first[2 * i + 1]] = [0, 0];
      return { positions: first, look };
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
      const large = shown.order > DRAW_FIRST_ABOVE;
      const pictures = throttledPictures(
        shown,
        large ? pictureIntervalMs(shown.order + shown.size) : 0,
      );
      pictures.start();
      const options = large ? { chunk: LARGE_CHUNK } : {};
      runForceAtlas2(shown, options, signal, (positions) => pictures.picture(positions)).then(
        (positions) => {
          if (signal.aborted) return;
          pictures.finish(positions, () => {
            fitDrawing(cy, 40);
            keep();
          });
        },
        () => pictures.cancel(),
      );
      return;
    }
    const { reportLayout } = workbench.store.getState();
    reportLayout({ status: 'running', fraction: 0, step: name });
    ensureLayout(name).then(
      () => {
        if (signal.aborted || getCy() !== cy) return;
        // The layout takes the elements Cytoscape holds when it is made, so it is made
        // inside withTiesInCytoscape: fcose is force-directed and needs the ties, which on
        // the graph layer (large graphs) are no Cytoscape edges otherwise; the other
        // layouts place nodes by metric or group alone.
        const layOut = () => {
          const run = cy.layout(cyLayoutOptions(name, lookupsFor(shown)));
          const stopped = new Promise<void>((resolve) => run.one('layoutstop', () => resolve()));
          run.run();
          return stopped;
        };
        const laidOut = name === 'fcose' ? withTiesInCytoscape(cy, layOut) : layOut();
        void laidOut.then(() => {
          keep();
          reportLayout({ status: 'done', fraction: 1, step: '' });
        });
      },
      (reason: unknown) => reportLayout({ status: 'error', fraction: 0, step: String(reason) }),
    );
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
