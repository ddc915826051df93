/**
 * The simple graph of the shown region at the chosen level, derived from the dataset in
 * the registry and recomputed only when the region, its version or the level changes.
 */
import { useMemo } from 'react';
import { deriveGraph } from '../graph/levels.ts';
import type { SimpleGraph } from '../model/index.ts';
import { withoutExcluded } from '../store/historySlice.ts';
import { useWorkbench, workbench } from './workbench.ts';

export function useShownGraph(): SimpleGraph | null {
  const regionId = useWorkbench((state) => state.regionId);
  const version = useWorkbench((state) =>
    state.regionId === null ? 0 : (state.datasets[state.regionId]?.version ?? 0),
  );
  const level = useWorkbench((state) => state.level);
  // Nodes deleted from the view (undoable); the dataset itself is untouched.
  const excluded = useWorkbench((state) =>
    state.regionId === null ? undefined : state.excluded[state.regionId],
  );
  return useMemo(() => {
    if (regionId === null || version === 0) return null;
    const dataset = workbench.registry.get(regionId);
    return dataset === undefined ? null : withoutExcluded(deriveGraph(dataset, level), excluded);
  }, [regionId, version, level, excluded]);
}
