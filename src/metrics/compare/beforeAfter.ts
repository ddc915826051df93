/**
 * Before/after: which nodes joined, left, and changed most in a centrality between two
 * periods of one region (two MetricsResults of the same level, e.g. FY2002–2006 and
 * FY2007–2009).
 *
 * Definitions (a node is ACTIVE in a period when it has at least one tie there, i.e.
 * degree > 0 in that period's result; a node absent from a result is inactive there):
 * - joined: active after, not active before;
 * - left: active before, not active after;
 * - stayed: active in both;
 * - changed: the stayed nodes whose metric is defined (finite) in both periods, ranked by
 *   |after − before| descending (ties by id), the first `top` of them, with the signed
 *   delta = after − before. Values are compared as they are: normalised metrics such as
 *   betweenness are normalised within each period's own graph.
 * Lists of ids are sorted (code-point order) so the output does not depend on node order.
 */
import type { NodeMetricName } from '../types.ts';
import type { MetricsResult } from '../result.ts';

export interface NodeChange {
  id: string;
  before: number;
  after: number;
  /** after − before */
  delta: number;
}

export interface BeforeAfter {
  metric: NodeMetricName;
  joined: string[];
  left: string[];
  stayed: number;
  changed: NodeChange[];
}

type PeriodResult = Pick<MetricsResult, 'ids' | 'nodes'>;

function activeValues(result: PeriodResult, metric: NodeMetricName): Map<string, number> {
  const active = new Map<string, number>();
  const degree = result.nodes.degree;
  const values = result.nodes[metric];
  result.ids.forEach((id, i) => {
    if (degree[i] > 0) active.set(id, values[i]);
  });
  return active;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareBeforeAfter(
  before: PeriodResult,
  after: PeriodResult,
  metric: NodeMetricName,
  top = 10,
): BeforeAfter {
  const earlier = activeValues(before, metric);
  const later = activeValues(after, metric);
  const joined = [...later.keys()].filter((id) => !earlier.has(id)).sort(byCodePoint);
  const left = [...earlier.keys()].filter((id) => !later.has(id)).sort(byCodePoint);
  const changed: NodeChange[] = [];
  let stayed = 0;
  for (const [id, a] of earlier) {
    const b = later.get(id);
    if (b === undefined) continue;
    stayed++;
    if (Number.isFinite(a) && Number.isFinite(b))
      changed.push({ id, before: a, after: b, delta: b - a });
  }
  changed.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || byCodePoint(x.id, y.id));
  return { metric, joined, left, stayed, changed: changed.slice(0, Math.max(0, top)) };
}
