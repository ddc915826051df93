/**
 * The picked regions' graphs (same level and tie filter as the workbench) and their
 * metrics, each region on its own metrics worker client so that computing one does not
 * cancel another. Clients are kept per region id while picked (their caches make a
 * re-pick instant) and disposed when the view closes or the region is dropped.
 * Co-participation records go with each graph, as in the scorecard and the CLI.
 *
 * With a period (the year slider), each panel shows the period's network of active nodes
 * (src/graph/periods.ts; the period replaces the workbench's year range, its tie types
 * stay) while `layoutGraph` stays the all-years graph, so positions are laid out once on
 * the union of all years and stay put as the years change.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { deriveGraph } from '../../graph/levels.ts';
import { deriveParticipations } from '../../graph/participations.ts';
import {
  derivePeriodGraph,
  periodFilter,
  periodLabel,
  type PeriodSpec,
} from '../../graph/periods.ts';
import type { MetricsResult } from '../../metrics/result.ts';
import { CancelledError, DEFAULT_METRIC_OPTIONS } from '../../metrics/types.ts';
import type { SimpleGraph } from '../../model/index.ts';
import { filterSettingsKey, sharedViewFilters, tieFilterOf } from '../../store/filterSlice.ts';
import { applyViewFilters } from '../../graph/viewFilters.ts';
import { createMetricsClient, type MetricsClient } from '../../workers/metricsClient.ts';
import { useWorkbench, workbench } from '../workbench.ts';
import { regionName } from '../regionName.ts';

export interface ComparedRegion {
  id: string;
  name: string;
  key: string;
  graph: SimpleGraph;
  /** The all-years graph the positions come from. */
  layoutGraph: SimpleGraph;
  result: MetricsResult | null;
  error: string | null;
}

interface Derived {
  id: string;
  name: string;
  key: string;
  graph: SimpleGraph;
  layoutGraph: SimpleGraph;
  participations: ReturnType<typeof deriveParticipations>;
}

export function useCompareMetrics(
  regionIds: readonly string[],
  period: PeriodSpec | null,
): ComparedRegion[] {
  const level = useWorkbench((s) => s.level);
  const filters = useWorkbench((s) => s.filters);
  const datasets = useWorkbench((s) => s.datasets);
  const layoutGraphs = useMemo(() => {
    const tieFilter = tieFilterOf(filters);
    const out = new Map<string, SimpleGraph>();
    for (const id of regionIds) {
      const dataset = workbench.registry.get(id);
      if (dataset !== undefined && datasets[id] !== undefined)
        out.set(
          id,
          applyViewFilters(deriveGraph(dataset, level, tieFilter), sharedViewFilters(filters)),
        );
    }
    return out;
  }, [regionIds, level, filters, datasets]);
  const derived = useMemo(() => {
    const tieFilter = tieFilterOf(filters);
    const out: Derived[] = [];
    for (const [id, layoutGraph] of layoutGraphs) {
      const dataset = workbench.registry.get(id)!;
      const entry = datasets[id]!;
      out.push({
        id,
        name: entry.name,
        key: `${id}:${entry.version}:${level}:${filterSettingsKey(filters)}:${period ? periodLabel(period) : 'all'}`,
        graph: period
          ? applyViewFilters(
              derivePeriodGraph(dataset, level, period, tieFilter),
              sharedViewFilters(filters),
            )
          : layoutGraph,
        layoutGraph,
        participations: deriveParticipations(
          dataset,
          period ? periodFilter(period, tieFilter) : tieFilter,
        ),
      });
    }
    return out;
  }, [layoutGraphs, level, filters, datasets, period]);

  const clients = useRef(new Map<string, MetricsClient>());
  const [results, setResults] = useState<Record<string, MetricsResult | string>>({});

  useEffect(() => {
    const controller = new AbortController();
    for (const region of derived) {
      let client = clients.current.get(region.id);
      if (client === undefined) {
        client = createMetricsClient();
        clients.current.set(region.id, client);
      }
      client
        .computeMetrics(region.key, region.graph, DEFAULT_METRIC_OPTIONS, {
          participations: region.participations,
          signal: controller.signal,
        })
        .then(
          (result) => setResults((prev) => ({ ...prev, [region.key]: result })),
          (error: unknown) => {
            if (error instanceof CancelledError || controller.signal.aborted) return;
            setResults((prev) => ({ ...prev, [region.key]: String((error as Error).message) }));
          },
        );
    }
    const picked = new Set(derived.map((r) => r.id));
    for (const [id, client] of clients.current) {
      if (!picked.has(id)) {
        client.dispose();
        clients.current.delete(id);
      }
    }
    return () => controller.abort();
  }, [derived]);

  useEffect(() => {
    const all = clients.current;
    return () => {
      for (const client of all.values()) client.dispose();
      all.clear();
    };
  }, []);

  return derived.map((region) => {
    const value = results[region.key];
    return {
      id: region.id,
      name: regionName(datasets[region.id], region.name),
      key: region.key,
      graph: region.graph,
      layoutGraph: region.layoutGraph,
      result: typeof value === 'object' ? value : null,
      error: typeof value === 'string' ? value : null,
    };
  });
}
