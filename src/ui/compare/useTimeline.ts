/**
 * Indicators over time of the picked regions: for each fiscal year, the network up to
 * that year (cumulative) or within it (per year), at the workbench's level and tie types,
 * computed in ./timeline.worker.ts. The period graphs are derived here (cheap); a new
 * request terminates the running worker.
 */
import { useEffect, useMemo, useState } from 'react';
import { datasetYears, derivePeriodGraph, type PeriodSpec } from '../../graph/periods.ts';
import type { PeriodIndicators } from '../../metrics/compare/timeline.ts';
import { csrToTransfer, toCsr } from '../../metrics/csr.ts';
import { SECTORS, type Sector } from '../../model/sector.ts';
import { tieFilterOf } from '../../store/filterSlice.ts';
import { useWorkbench, workbench } from '../workbench.ts';
import type { TimelineReply, TimelineRequest } from './timeline.worker.ts';

export type TimelineKind = 'cumulative' | 'window';

export interface TimelineSeries {
  id: string;
  name: string;
  points: ({ year: number } & PeriodIndicators)[];
}

export type TimelineState =
  | { status: 'computing' }
  | { status: 'done'; series: TimelineSeries[] }
  | { status: 'error'; message: string };

const sectorOf = (value: unknown): Sector =>
  (SECTORS as readonly unknown[]).includes(value) ? (value as Sector) : 'unknown';

export function useTimeline(regionIds: readonly string[], kind: TimelineKind): TimelineState {
  const level = useWorkbench((s) => s.level);
  const filters = useWorkbench((s) => s.filters);
  const datasets = useWorkbench((s) => s.datasets);
  const request = useMemo(() => {
    const tieFilter = tieFilterOf(filters);
    const names: Record<string, string> = {};
    const series: TimelineRequest['series'] = [];
    for (const id of regionIds) {
      const dataset = datasets[id] ? workbench.registry.get(id) : undefined;
      if (dataset === undefined) continue;
      names[id] = datasets[id]!.name;
      const periods = datasetYears(dataset).map((year) => {
        const period: PeriodSpec =
          kind === 'cumulative' ? { kind, to: year } : { kind, from: year, to: year };
        const graph = derivePeriodGraph(dataset, level, period, tieFilter);
        const csr = toCsr(graph);
        const sectors = csr.ids.map((node) => sectorOf(graph.getNodeAttribute(node, 'sector')));
        const { message } = csrToTransfer(csr);
        return { year, csr: message, sectors };
      });
      series.push({ key: id, periods });
    }
    return { message: { series } as TimelineRequest, names };
  }, [regionIds, kind, level, filters, datasets]);

  const [state, setState] = useState<{ request: unknown; value: TimelineState }>({
    request: null,
    value: { status: 'computing' },
  });

  useEffect(() => {
    const worker = new Worker(new URL('./timeline.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<TimelineReply>) => {
      const reply = event.data;
      const value: TimelineState =
        reply.type === 'error'
          ? { status: 'error', message: reply.message }
          : {
              status: 'done',
              series: reply.series.map((s) => ({
                id: s.key,
                name: request.names[s.key] ?? s.key,
                points: s.points,
              })),
            };
      setState({ request, value });
      worker.terminate();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      setState({ request, value: { status: 'error', message: event.message || 'worker failed' } });
    };
    // Buffers are copied (not transferred) so the memoised request stays usable after a re-run.
    worker.postMessage(request.message);
    return () => worker.terminate();
  }, [request]);

  return state.request === request ? state.value : { status: 'computing' };
}
