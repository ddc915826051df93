/**
 * Keeps the node positions of the views the user has drawn, for the saved workspace:
 * read from the canvas when a layout finishes or stops and when a node is dragged, and
 * merged per region and level. A restored workspace puts its positions into the layout
 * position cache (src/view/layouts/positionCache.ts), so a view whose every node has a
 * kept place is drawn exactly where it was.
 */
import { useEffect } from 'react';
import type { SavedPositions } from '../../store/persistence/positions.ts';
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

/** Records positions after layouts and drags, then asks for a save. */
export function usePositionKeeping(requestSave: () => void): void {
  useEffect(() => {
    const record = () => {
      if (recordShownPositions()) requestSave();
    };
    const unsubscribeStore = workbench.store.subscribe((state, previous) => {
      const status = state.layoutRun.status;
      if (status !== previous.layoutRun.status && (status === 'done' || status === 'stopped'))
        record();
    });
    const unsubscribeCy = onCy((cy) => {
      cy?.on('dragfree', 'node', record);
    });
    return () => {
      unsubscribeStore();
      unsubscribeCy();
      getCy()?.off('dragfree', 'node', record);
    };
  }, [requestSave]);
}
