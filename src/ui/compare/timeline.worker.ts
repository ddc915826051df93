/**
 * Web Worker of the compare view's indicators over time: receives the CSR and sectors of
 * each period's network (derived on the main thread, which is cheap), runs the pure
 * periodIndicators (src/metrics/compare/timeline.ts) for each and posts the points back.
 * Cancellation is by terminating the worker.
 */
import { csrFromTransfer, type CsrTransfer } from '../../metrics/csr.ts';
import { periodIndicators, type PeriodIndicators } from '../../metrics/compare/timeline.ts';
import type { Sector } from '../../model/sector.ts';

export interface TimelineRequest {
  series: { key: string; periods: { year: number; csr: CsrTransfer; sectors: Sector[] }[] }[];
}

export type TimelineReply =
  | { type: 'done'; series: { key: string; points: ({ year: number } & PeriodIndicators)[] }[] }
  | { type: 'error'; message: string };

interface WorkerScope {
  postMessage(message: TimelineReply): void;
  onmessage: ((event: MessageEvent<TimelineRequest>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = async (event) => {
  try {
    const series = [];
    for (const { key, periods } of event.data.series) {
      const points = [];
      for (const { year, csr, sectors } of periods) {
        points.push({ year, ...(await periodIndicators(csrFromTransfer(csr), sectors)) });
      }
      series.push({ key, points });
    }
    scope.postMessage({ type: 'done', series });
  } catch (error) {
    scope.postMessage({ type: 'error', message: (error as Error).message });
  }
};
