/**
 * The picked regions' graphs (same level and tie filter as the workbench) and their
 * metrics, each region on its own metrics worker client so that computing one does not
 * cancel another. Clients are kept per region id while picked (their caches make a
 * re-pick instant) and disposed when the view closes or the region is dropped.
 * Co-participation records go with each graph, as in the scorecard and the CLI.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { deriveGraph } from '../../graph/levels.ts';
import { deriveParticipations } from '../../graph/participations.ts';
import type { MetricsResult } from '../../metrics/result.ts';
import { CancelledError, DEFAULT_METRIC_OPTIONS } from '../../metrics/types.ts';
import type { SimpleGraph } from '../../model/index.ts';
import { filterSettingsKey, tieFilterOf } from '../../store/filterSlice.ts';
import { createMetricsClient, type MetricsClient } from '../../workers/metricsClient.ts';
import { useWorkbench, workbench } from '../workbench.ts';

export interface ComparedRegion {
  id: string;
  name: string;
  key: string;
  graph: SimpleGraph;
  result: MetricsResult | null;
  error: string | null;
}

interface Derived {
  id: string;
  name: string;
  key: string;
  graph: SimpleGraph;
  participations: ReturnType<typeof deriveParticipations>;
}

export function useCompareMetrics(regionIds: readonly string[]): ComparedRegion[] {
  const level = useWorkbench((s) => s.level);
  const filters = useWorkbench((s) => s.filters);
  const datasets = useWorkbench((s) => s.datasets);
  const derived = useMemo(() => {
    const tieFilter = tieFilterOf(filters);
    const out: Derived[] = [];
    for (const id of regionIds) {
      const dataset = workbench.registry.get(id);
      const entry = datasets[id];
      if (dataset === undefined || entry === undefined) continue;
      out.push({
        id,
        name: entry.name,
        key: `${id}:${entry.version}:${level}:${filterSettingsKey(filters)}`,
        graph: deriveGraph(dataset, level, tieFilter),
        participations: deriveParticipations(dataset, tieFilter),
      });
    }
    return out;
  }, [regionIds, level, filters, datasets]);

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
      name: region.name,
      key: region.key,
      graph: region.graph,
      result: typeof value === 'object' ? value : null,
      error: typeof value === 'string' ? value : null,
    };
  });
}
