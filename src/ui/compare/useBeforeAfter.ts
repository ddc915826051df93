/**
 * Two periods of one region (before / after) at the workbench's level and tie types:
 * each period's network of active nodes (src/graph/periods.ts) computed on its own
 * metrics worker client, then the joined / left / changed-most lists
 * (src/metrics/compare/beforeAfter.ts), the comparison table of the two periods, and
 * each period as a panel region (ComparePanel) whose positions come from the union of the
 * two periods' graphs (all years), so a node stays put from before to after.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
import { filterSettingsKey, sharedViewFilters, tieFilterOf } from '../../store/filterSlice.ts';
import { applyViewFilters } from '../../graph/viewFilters.ts';
import { createMetricsClient, type MetricsClient } from '../../workers/metricsClient.ts';
import type { SimpleGraph } from '../../model/index.ts';
import { useWorkbench, workbench } from '../workbench.ts';
import type { ComparedRegion } from './useCompareMetrics.ts';
import { localizeComparison, periodText } from './text.ts';

export type BeforeAfterState =
  | { status: 'idle' | 'computing' }
  | { status: 'error'; message: string }
  | {
      status: 'done';
      lists: BeforeAfter;
      table: Comparison;
      labels: Map<string, string>;
      /** Before and after as panel regions (one layout graph: the union of both). */
      panels: [ComparedRegion, ComparedRegion];
    };

/** The union of two graphs' nodes and ties (attributes of the first seen). */
export function unionGraph(a: SimpleGraph, b: SimpleGraph): SimpleGraph {
  const union = a.copy();
  b.forEachNode((id, attributes) => {
    if (!union.hasNode(id)) union.addNode(id, attributes);
  });
  b.forEachEdge((_edge, attributes, source, target) => {
    if (!union.hasEdge(source, target)) union.addEdge(source, target, attributes);
  });
  return union;
}

export function useBeforeAfter(
  regionId: string | null,
  before: PeriodSpec,
  after: PeriodSpec,
  metric: NodeMetricName,
): BeforeAfterState {
  // Panel names and table rows follow the interface language.
  const { i18n } = useTranslation();
  const language = i18n.language;
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
      period,
      graph: applyViewFilters(
        derivePeriodGraph(dataset, level, period, tieFilter),
        sharedViewFilters(filters),
      ),
      participations: deriveParticipations(dataset, periodFilter(period, tieFilter)),
    });
    const periods = [make(before), make(after)];
    return { labels, periods, layoutGraph: unionGraph(periods[0].graph, periods[1].graph) };
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
    const names = language ? requests.periods.map((p) => periodText(p.period)) : [];
    return {
      status: 'done',
      lists: compareBeforeAfter(first, second, metric, 10),
      table: localizeComparison(
        buildComparison(
          requests.periods.map((_p, i) => ({
            name: names[i],
            figures: figuresOf(results.value[i] as MetricsResult),
          })),
        ),
      ),
      labels: requests.labels,
      panels: [0, 1].map((i): ComparedRegion => ({
        id: `${regionId}:${i === 0 ? 'before' : 'after'}`,
        name: names[i],
        key: requests.periods[i].key,
        graph: requests.periods[i].graph,
        layoutGraph: requests.layoutGraph,
        result: results.value[i] as MetricsResult,
        error: null,
      })) as [ComparedRegion, ComparedRegion],
    };
  }, [requests, results, metric, regionId, language]);
}
