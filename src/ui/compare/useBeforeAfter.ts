/**
 * Two periods of one region (before / after) at the workbench's level and tie types:
 * each period's network of active nodes (src/graph/periods.ts) computed on its own
 * metrics worker client, then the joined / left / changed-most lists
 * (src/metrics/compare/beforeAfter.ts) and the comparison table of the two periods.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { deriveParticipations } from '../../graph/participations.ts';
import {
  derivePeriodGraph,
  periodFilter,
  periodLabel,
  type PeriodSpec,
} from '../../graph/periods.ts';
import { compareBeforeAfter, type BeforeAfter } from '../../metrics/compare/beforeAfter.ts';
import { buildComparison, figuresOf, type Comparison } from '../../metrics/compare/table.ts';
import type { MetricsResult } from '../../metrics/result.ts';
import {
  CancelledError,
  DEFAULT_METRIC_OPTIONS,
  type NodeMetricName,
} from '../../metrics/types.ts';
import { filterSettingsKey, tieFilterOf } from '../../store/filterSlice.ts';
import { createMetricsClient, type MetricsClient } from '../../workers/metricsClient.ts';
import { useWorkbench, workbench } from '../workbench.ts';

export type BeforeAfterState =
  | { status: 'idle' | 'computing' }
  | { status: 'error'; message: string }
  | { status: 'done'; lists: BeforeAfter; table: Comparison; labels: Map<string, string> };

export function useBeforeAfter(
  regionId: string | null,
  before: PeriodSpec,
  after: PeriodSpec,
  metric: NodeMetricName,
): BeforeAfterState {
  const level = useWorkbench((s) => s.level);
  const filters = useWorkbench((s) => s.filters);
  const version = useWorkbench((s) => (regionId ? (s.datasets[regionId]?.version ?? 0) : 0));
  const requests = useMemo(() => {
    const dataset = regionId && version > 0 ? workbench.registry.get(regionId) : undefined;
    if (dataset === undefined) return null;
    const tieFilter = tieFilterOf(filters);
    const labels = new Map<string, string>();
    dataset.graph.forEachNode((id, attributes) => labels.set(id, attributes.label));
    const make = (period: PeriodSpec) => ({
      key: `${regionId}:${version}:${level}:${filterSettingsKey(filters)}:${periodLabel(period)}`,
      label: periodLabel(period),
      graph: derivePeriodGraph(dataset, level, period, tieFilter),
      participations: deriveParticipations(dataset, periodFilter(period, tieFilter)),
    });
    return { labels, periods: [make(before), make(after)] };
  }, [regionId, version, level, filters, before, after]);

  const clients = useRef<MetricsClient[]>([]);
  const [results, setResults] = useState<{ for: unknown; value: (MetricsResult | Error)[] }>({
    for: null,
    value: [],
  });

  useEffect(() => {
    if (requests === null) return;
    if (clients.current.length === 0)
      clients.current = [createMetricsClient(), createMetricsClient()];
    const controller = new AbortController();
    Promise.all(
      requests.periods.map((p, i) =>
        clients.current[i].computeMetrics(p.key, p.graph, DEFAULT_METRIC_OPTIONS, {
          participations: p.participations,
          signal: controller.signal,
        }),
      ),
    ).then(
      (value) => setResults({ for: requests, value }),
      (error: unknown) => {
        if (error instanceof CancelledError || controller.signal.aborted) return;
        setResults({ for: requests, value: [error as Error] });
      },
    );
    return () => controller.abort();
  }, [requests]);

  useEffect(() => {
    const all = clients;
    return () => all.current.forEach((client) => client.dispose());
  }, []);

  return useMemo((): BeforeAfterState => {
    if (requests === null) return { status: 'idle' };
    if (results.for !== requests) return { status: 'computing' };
    const [first, second] = results.value;
    if (first instanceof Error) return { status: 'error', message: first.message };
    if (!first || !second || second instanceof Error) return { status: 'computing' };
    return {
      status: 'done',
      lists: compareBeforeAfter(first, second, metric, 10),
      table: buildComparison(
        requests.periods.map((p, i) => ({
          name: p.label,
          figures: figuresOf(results.value[i] as MetricsResult),
        })),
      ),
      labels: requests.labels,
    };
  }, [requests, results, metric]);
}
