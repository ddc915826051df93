/**
 * Keeps the node positions of the views the user has drawn, for the saved workspace:
 * read from the canvas when a layout finishes or stops and when a node is dragged, and
 * merged per region and level. Drags are also recorded in the store as undoable moves
 * (`moveNodes`), and undo/redo put the nodes back on the canvas. A restored workspace puts its positions into the layout
 * position cache (src/view/layouts/positionCache.ts), so a view whose every node has a
 * kept place is drawn exactly where it was.
 */
import { useEffect } from 'react';
import type { EventObject, NodeSingular } from 'cytoscape';
import type { MovedNodes } from '../../store/historySlice.ts';
import type { SavedPositions } from '../../store/persistence/positions.ts';
import { nodeElementId } from '../../view/elements.ts';
import { drawnPositions, getCy, onCy } from '../../view/cyRegistry.ts';
import { rememberPositions, viewKey } from '../../view/layouts/positionCache.ts';
import { workbench } from '../workbench.ts';

const kept = Object.create(null) as SavedPositions;

/** The kept positions, the shown view's read from the canvas first (when it is settled). */
export function positionsForSave(): SavedPositions {
  recordShownPositions();
  return kept;
}

function keep(region: string, level: string, points: Record<string, [number, number]>): void {
  const byLevel = kept[region] ?? (kept[region] = Object.create(null) as SavedPositions[string]);
  byLevel[level] = Object.assign(
    Object.create(null) as Record<string, [number, number]>,
    byLevel[level],
    points,
  );
}

export function restoreSavedPositions(positions: SavedPositions): void {
  for (const [region, levels] of Object.entries(positions)) {
    for (const [level, nodes] of Object.entries(levels)) {
      keep(region, level, nodes);
      rememberPositions(
        viewKey(region, level),
        new Map(Object.entries(nodes).map(([node, [x, y]]) => [node, { x, y }])),
      );
    }
  }
}

/**
 * Reads the shown view's positions from the canvas; false when nothing is drawn or the
 * canvas is not settled (GraphCanvas's `data-state` is `ready` only once the current
 * graph is drawn, and no layout is running), so one view's places never land under another.
 */
export function recordShownPositions(): boolean {
  const { regionId, level, layoutRun } = workbench.store.getState();
  const cy = getCy();
  if (regionId === null || cy === null || layoutRun.status === 'running') return false;
  if (cy.container()?.dataset.state !== 'ready') return false;
  const drawn = drawnPositions(cy);
  if (drawn.size === 0) return false;
  const points = Object.create(null) as Record<string, [number, number]>;
  for (const [node, { x, y }] of drawn) points[node] = [x, y];
  keep(regionId, level, points);
  return true;
}

/** Where each dragged node was before its first drag, per view (for undoing the drag). */
const beforeDrag = new Map<string, Map<string, { x: number; y: number }>>();

function shownView(): string | null {
  const { regionId, level } = workbench.store.getState();
  return regionId === null ? null : viewKey(regionId, level);
}

/** Puts nodes where `moved` says (or back where they were before the drag) after undo/redo. */
function applyMoved(
  view: string,
  now: MovedNodes[string] | undefined,
  before: MovedNodes[string] | undefined,
): boolean {
  const cy = getCy();
  if (cy === null) return false;
  let changed = false;
  for (const node of new Set([...Object.keys(now ?? {}), ...Object.keys(before ?? {})])) {
    const place = now?.[node];
    const point = place ? { x: place[0], y: place[1] } : beforeDrag.get(view)?.get(node);
    const element = cy.getElementById(nodeElementId(node));
    if (point === undefined || element.empty()) continue;
    const at = element.position();
    if (at.x === point.x && at.y === point.y) continue;
    element.position(point);
    changed = true;
  }
  return changed;
}

/** The dragged node and the other selected nodes (Cytoscape drags them together). */
function draggedNodes(event: EventObject) {
  return event.cy.nodes(':selected').union(event.target as NodeSingular);
}

/**
 * Asks for a save when a layout finishes or stops (the debounced save reads the positions
 * once they are drawn); records drags as undoable moves, and moves nodes on undo/redo.
 */
export function usePositionKeeping(requestSave: () => void): void {
  useEffect(() => {
    const grab = (event: EventObject) => {
      const view = shownView();
      if (view === null) return;
      const kept = beforeDrag.get(view) ?? new Map<string, { x: number; y: number }>();
      beforeDrag.set(view, kept);
      draggedNodes(event).forEach((node) => {
        const key = node.data('key') as string;
        if (!kept.has(key)) kept.set(key, { ...node.position() });
      });
    };
    const drop = (event: EventObject) => {
      const view = shownView();
      if (view === null) return;
      const points = Object.create(null) as Record<string, [number, number]>;
      draggedNodes(event).forEach((node) => {
        const { x, y } = node.position();
        points[node.data('key') as string] = [x, y];
      });
      workbench.store.getState().moveNodes(view, points);
      if (recordShownPositions()) requestSave();
    };
    const unsubscribeStore = workbench.store.subscribe((state, previous) => {
      const status = state.layoutRun.status;
      if (status !== previous.layoutRun.status && (status === 'done' || status === 'stopped'))
        requestSave();
      if (state.moved !== previous.moved) {
        const view = shownView();
        if (view !== null && applyMoved(view, state.moved[view], previous.moved[view])) {
          rememberPositions(view, drawnPositions(getCy()));
          recordShownPositions();
          requestSave();
        }
      }
    });
    const unsubscribeCy = onCy((cy) => {
      cy?.on('grab', 'node', grab);
      cy?.on('dragfree', 'node', drop);
    });
    return () => {
      unsubscribeStore();
      unsubscribeCy();
      getCy()?.off('grab', 'node', grab);
      getCy()?.off('dragfree', 'node', drop);
    };
  }, [requestSave]);
}
