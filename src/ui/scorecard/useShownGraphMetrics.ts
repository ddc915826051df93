/**
 * Hands the shown graph to the metrics slice whenever it changes, with the cache key
 * (dataset id, version, level, tie filter, graph fingerprint, options) and the words that say which graph
 * the numbers are for. The slice decides whether to compute now or mark the result
 * stale. Co-participation records for the triple-helix indicator are derived here from
 * the dataset (src/graph/participations.ts) with the same filter as the graph.
 */
import { useEffect, useMemo } from 'react';
import { deriveParticipations } from '../../graph/participations.ts';
import { DEFAULT_METRIC_OPTIONS } from '../../metrics/types.ts';
import type { Level, SimpleGraph, TieFilter } from '../../model/index.ts';
import {
  describeFilters,
  filterSettingsKey,
  tieFilterOf,
  type FilterSettings,
} from '../../store/filterSlice.ts';
import { filterKeyOf, metricsKey, type MetricsRequest } from '../../store/metricsSlice.ts';
import type { DatasetEntry } from '../../store/index.ts';
import { useWorkbench, workbench } from '../workbench.ts';

/**
 * The filter the shown graph was derived with. `key` must change whenever the filter
 * does (a change of it alone makes the metrics stale until recomputed); `tieFilter` also
 * restricts the triple-helix records; `text` says it in words (describeFilter by default).
 */
export interface ShownFilter {
  key: string;
  tieFilter?: TieFilter;
  text?: string;
}

export function describeFilter(filter: TieFilter | undefined): string {
  if (filter === undefined) return 'all years, all types';
  const years = filter.years ? `FY${filter.years.from}–${filter.years.to}` : 'all years';
  const types = filter.types ? filter.types.join(', ') : 'all types';
  return `${years}, ${types}`;
}

/**
 * A fingerprint of the graph's node set (FNV-1a over the keys, plus node and edge
 * counts), so a view-level change such as deleted nodes gives a new cache key even when
 * dataset, version, level and filter are unchanged.
 */
export function graphFingerprint(graph: SimpleGraph): string {
  let hash = 0x811c9dc5;
  graph.forEachNode((key) => {
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x1f, 0x01000193);
  });
  return `${graph.order}:${graph.size}:${(hash >>> 0).toString(16)}`;
}

/** The filter slice's settings as the metrics hook needs them. */
export function shownFilterOf(filters: FilterSettings): ShownFilter {
  const parts = describeFilters(filters);
  return {
    key: filterSettingsKey(filters),
    tieFilter: tieFilterOf(filters),
    text: parts.length === 0 ? describeFilter(undefined) : parts.join(', '),
  };
}

/**
 * `filter` overrides the filter slice's settings (which are read by default, the same
 * ones useShownGraph derived the graph with). While `ready` is false nothing is handed
 * over (the workbench holds a large graph back until it is drawn: the metrics worker
 * would otherwise take one of the two cores from the drawing).
 */
export function useShownGraphMetrics(
  graph: SimpleGraph | null,
  { filter, ready = true }: { filter?: ShownFilter; ready?: boolean } = {},
): void {
  const filters = useWorkbench((state) => state.filters);
  const fromSlice = useMemo(() => shownFilterOf(filters), [filters]);
  const shown = filter ?? fromSlice;
  const regionId = useWorkbench((state) => state.regionId);
  const entry = useWorkbench((state) =>
    state.regionId === null ? undefined : state.datasets[state.regionId],
  );
  const level = useWorkbench((state) => state.level);
  const show = useWorkbench((state) => state.showGraphForMetrics);
  const filterKey = shown.key;
  const tieFilter = shown.tieFilter;
  const filterText = shown.text;

  useEffect(() => {
    if (!ready) return undefined;
    if (graph === null || regionId === null || entry === undefined) {
      show(null);
      return undefined;
    }
    // In a task of its own: the request (co-participation records, the fingerprint, the
    // graph packed and posted to the worker) took 60–80 ms for 5,000 nodes, in the same
    // task as every other effect of the drawing it follows.
    const timer = setTimeout(() =>
      show(
        metricsRequest(graph, regionId, entry, level, {
          key: filterKey,
          tieFilter,
          text: filterText,
        }),
      ),
    );
    return () => clearTimeout(timer);
  }, [graph, regionId, entry, level, show, filterKey, tieFilter, filterText, ready]);
}

function metricsRequest(
  graph: SimpleGraph,
  regionId: string,
  entry: DatasetEntry,
  level: Level,
  { key: filterKey, tieFilter, text: filterText }: ShownFilter,
): MetricsRequest {
  const dataset = workbench.registry.get(regionId);
  const filterPart = filterKey ?? filterKeyOf(tieFilter);
  const options = DEFAULT_METRIC_OPTIONS;
  return {
    key: metricsKey(
      regionId,
      entry.version,
      level,
      `${filterPart}#${graphFingerprint(graph)}`,
      options,
    ),
    filterKey: filterPart,
    graph,
    options,
    participations: dataset === undefined ? undefined : deriveParticipations(dataset, tieFilter),
    description: {
      regionName: entry.name,
      ...(entry.nameJa ? { regionNameJa: entry.nameJa } : {}),
      level,
      filterText: filterText ?? describeFilter(tieFilter),
      nodes: graph.order,
      edges: graph.size,
    },
  };
}
