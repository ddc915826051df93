/**
 * The simple graph of the shown region at the chosen level, derived from the dataset in
 * the registry and recomputed only when the region, its version, the level or the
 * filters change. Tie filters (years, types) go to deriveGraph; view filters
 * (src/graph/viewFilters.ts) act on the derived graph.
 */
import { useMemo } from 'react';
import { applyViewFilters } from '../graph/viewFilters.ts';
import { communityLookup } from '../store/filterSlice.ts';
import type { SimpleGraph } from '../model/index.ts';
import { withoutExcluded } from '../store/historySlice.ts';
import { levelGraph } from './derivedGraphs.ts';
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
  const filters = useWorkbench((state) => state.filters);
  return useMemo(() => {
    if (regionId === null || version === 0) return null;
    const dataset = workbench.registry.get(regionId);
    if (dataset === undefined) return null;
    const derived = levelGraph(dataset, { level, filters });
    const shown = withoutExcluded(derived, excluded);
    return applyViewFilters(shown, filters.view, communityLookup(filters));
  }, [regionId, version, level, excluded, filters]);
}
