/**
 * Periods of a cluster dataset: every collaboration has a fiscal year, so a region can be
 * looked at "up to FY Y" (cumulative) or "within FY a–b" (a window), and two periods of
 * one region compared (before/after).
 *
 * Conventions:
 * - A period is a TieFilter on collaboration years (src/model/level.ts): cumulative up to
 *   Y = all years ≤ Y; window [a, b] = a ≤ year ≤ b, both inclusive. Undated ties belong
 *   to no period (`keepUndated: false`): a tie without a year cannot be placed in time.
 *   A base filter's collaboration types are kept.
 * - The network of a period (`derivePeriodGraph`) is the level's simple graph under the
 *   period filter, restricted to the ACTIVE nodes: those with at least one tie in the
 *   period. An organization or person without a tie in the period has not (yet) taken
 *   part, and counting them as isolates would make density and component shares depend on
 *   the whole programme's roster rather than on the period. At the `all` level affiliation
 *   edges are not events (deriveGraph keeps them in every period), so there everyone with
 *   an affiliation stays active.
 * - `datasetYears` lists the distinct fiscal years of the collaboration ties, ascending.
 */
import type { Dataset, Level, SimpleGraph, TieFilter } from '../model/index.ts';
import { deriveGraph } from './levels.ts';

export type PeriodSpec =
  { kind: 'cumulative'; to: number } | { kind: 'window'; from: number; to: number };

/** Lower bound of a cumulative period (a finite number, so filters stay JSON-safe). */
const EARLIEST = Number.MIN_SAFE_INTEGER;

/** The TieFilter of a period, keeping the collaboration types of `base` if any. */
export function periodFilter(period: PeriodSpec, base?: TieFilter): TieFilter {
  const from = period.kind === 'cumulative' ? EARLIEST : period.from;
  const filter: TieFilter = { years: { from, to: period.to }, keepUndated: false };
  if (base?.types !== undefined) filter.types = base.types;
  return filter;
}

/** A short label: "≤ FY2005" or "FY2002–2006" (or "FY2004" for a one-year window). */
export function periodLabel(period: PeriodSpec): string {
  if (period.kind === 'cumulative') return `≤ FY${period.to}`;
  if (period.from === period.to) return `FY${period.from}`;
  return `FY${period.from}–${period.to}`;
}

/** Distinct fiscal years of the dataset's collaboration ties, ascending. */
export function datasetYears(dataset: Dataset): number[] {
  const years = new Set<number>();
  dataset.graph.forEachEdge((_edge, attributes) => {
    if (attributes.kind === 'collaboration' && attributes.year !== null) years.add(attributes.year);
  });
  return [...years].sort((a, b) => a - b);
}

/** One cumulative period per year: ≤ y₁, ≤ y₂, … */
export function cumulativePeriods(years: readonly number[]): PeriodSpec[] {
  return years.map((to) => ({ kind: 'cumulative', to }));
}

/** One single-year window per year. */
export function yearlyPeriods(years: readonly number[]): PeriodSpec[] {
  return years.map((year) => ({ kind: 'window', from: year, to: year }));
}

/** Whether a period includes a fiscal year. */
export function periodIncludes(period: PeriodSpec, year: number): boolean {
  return year <= period.to && (period.kind === 'cumulative' || year >= period.from);
}

/** The simple graph of `level` in `period`, active nodes only (see the header). */
export function derivePeriodGraph(
  dataset: Dataset,
  level: Level,
  period: PeriodSpec,
  base?: TieFilter,
): SimpleGraph {
  return dropInactive(deriveGraph(dataset, level, periodFilter(period, base)));
}

/** Removes the nodes without a tie, in place; returns the same graph. */
export function dropInactive(graph: SimpleGraph): SimpleGraph {
  const inactive: string[] = [];
  graph.forEachNode((id) => {
    if (graph.degree(id) === 0) inactive.push(id);
  });
  for (const id of inactive) graph.dropNode(id);
  return graph;
}
