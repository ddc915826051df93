export { createWorkbench, type Workbench, type WorkbenchState } from './workbenchStore.ts';
export { createDatasetRegistry, type DatasetRegistry } from './registry.ts';
export { summarizeDataset, type DatasetSummary } from './summary.ts';
export type { DataSlice, DatasetEntry, DatasetMeta, LoadState } from './dataSlice.ts';
export {
  COLOUR_BY,
  DEFAULT_LEVEL,
  DEFAULT_SIZE_BY,
  SIZE_BY,
  type ColourBy,
  type SizeBy,
  type ViewSlice,
} from './viewSlice.ts';
export {
  NO_SCENE_SELECTION,
  slideCount,
  type Scene,
  type SceneSelection,
  type SceneView,
  type SceneViewport,
  type ScenesSlice,
} from './scenesSlice.ts';
