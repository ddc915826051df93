/**
 * The current view as a scene (src/store/scenesSlice.ts): the settings from the store,
 * the positions and the shown box from the canvas. The box is `cy.extent()` (model
 * coordinates), not zoom and pan, so the scene shows the same part of the network in a
 * window of another size. Null when nothing is drawn yet.
 */
import type { Core } from 'cytoscape';
import type { SceneView, WorkbenchState } from '../../store/index.ts';
import { drawnPositions, getCy } from '../../view/cyRegistry.ts';
import { drawnTieCount } from '../../view/layer/GraphLayer.ts';

export function captureView(state: WorkbenchState, cy: Core | null = getCy()): SceneView | null {
  if (state.regionId === null || cy === null || cy.nodes().empty()) return null;
  const positions = Object.create(null) as Record<string, readonly [number, number]>;
  for (const [key, { x, y }] of drawnPositions(cy)) positions[key] = [x, y];
  const extent = cy.extent();
  const viewport =
    Number.isFinite(extent.w) && Number.isFinite(extent.h) && extent.w > 0 && extent.h > 0
      ? { x: extent.x1, y: extent.y1, w: extent.w, h: extent.h }
      : null;
  const focusMode = state.focusMode === 'pick-path' ? 'none' : state.focusMode;
  return {
    regionId: state.regionId,
    level: state.level,
    colourBy: state.colourBy,
    sizeBy: state.sizeBy,
    filters: state.filters,
    look: state.look,
    positions,
    viewport,
    selection: {
      selectedNode: state.selectedNode,
      focusMode,
      egoDepth: state.egoDepth,
      pathTarget: focusMode === 'path' ? state.pathTarget : null,
    },
    nodes: cy.nodes().length,
    edges: drawnTieCount(cy),
  };
}
