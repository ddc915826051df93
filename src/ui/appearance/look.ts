/**
 * The appearance mapping as one pure function: per node a colour, a diameter and whether
 * its label is always drawn; per edge a width and (by collaboration type) a colour; and
 * the legend that explains them. The canvas receives these as element data fields
 * (`colour`, `size`, `edgeColour`, `edgeWidth`) that the stylesheet maps with data().
 *
 * Conventions:
 * - Metric values come from the metrics result by node id; a node the result does not
 *   cover (stale result, metrics not computed yet) has no value (NaN). Degree is always
 *   computed from the shown graph, so it never waits for metrics; other metrics fall back
 *   to degree until they exist, and the legend says so.
 * - Sizes: src/ui/appearance/scales.ts over the shown nodes' range; 'uniform' gives
 *   every node the middle of min..max.
 * - Labels: the top `labelCount` nodes by `labelBy` (degree fallback as above).
 * - Edge width: linear in merged tie weight from 1 to 6 px ('uniform': 1.5 px).
 */
import type { SimpleGraph } from '../../model/index.ts';
import type { EdgeLook, NodeLook } from '../../view/elements.ts';
import type { LookSettings } from '../../store/appearanceSlice.ts';
import type { ColourBy, SizeBy } from '../../store/viewSlice.ts';
import { assignColours, categoryOf, edgeTypeColours, MIXED_TYPES_COLOUR } from './categories.ts';
import type { LegendCategory } from './categories.ts';
import { finiteRange, legendExamples, scaleSizes, topIndices } from './scales.ts';

export interface MetricColumns {
  ids: readonly string[];
  nodes: Readonly<Record<string, Float64Array>>;
}

export interface LookLegend {
  colourBy: ColourBy;
  categories: LegendCategory[];
  /** The metric sizes are drawn by (after any fallback) and whether it is a fallback. */
  sizeBy: SizeBy;
  sizeFallback: boolean;
  sizeExamples: { value: number; size: number }[];
  edgeTypes: { type: string; colour: string }[];
}

export interface ComputedLook {
  nodes: Map<string, NodeLook>;
  edges: Map<string, EdgeLook>;
  legend: LookLegend;
}

export const EDGE_WIDTH_MIN = 1;
export const EDGE_WIDTH_MAX = 6;
export const EDGE_WIDTH_UNIFORM = 1.5;

/** Values of a metric for the graph's nodes in graph order (NaN where unknown). */
export function metricValues(
  graph: SimpleGraph,
  name: string,
  metrics: MetricColumns | null,
): Float64Array | null {
  const keys = graph.nodes();
  if (name === 'degree') return Float64Array.from(keys, (key) => graph.degree(key));
  const column = metrics?.nodes[name];
  if (metrics === null || column === undefined) return null;
  const index = new Map<string, number>();
  metrics.ids.forEach((id, i) => index.set(id, i));
  return Float64Array.from(keys, (key) => {
    const i = index.get(key);
    return i === undefined ? Number.NaN : column[i];
  });
}

export function computeLook(
  graph: SimpleGraph,
  colourBy: ColourBy,
  sizeBy: SizeBy,
  look: LookSettings,
  metrics: MetricColumns | null,
): ComputedLook {
  const keys = graph.nodes();
  const communities = colourBy === 'community' ? metricValues(graph, 'community', metrics) : null;
  const categories = keys.map((key, i) =>
    categoryOf(colourBy, graph.getNodeAttributes(key), communities?.[i]),
  );
  const { legend: categoryLegend, colourOf } = assignColours(colourBy, categories);

  let sizeValues: Float64Array | null = null;
  let sizeFallback = false;
  let sizeMetric: SizeBy = sizeBy;
  if (sizeBy !== 'uniform') {
    sizeValues = metricValues(graph, sizeBy, metrics);
    if (sizeValues === null) {
      sizeValues = metricValues(graph, 'degree', null);
      sizeFallback = sizeBy !== 'degree';
      sizeMetric = 'degree';
    }
  }
  const middle = (look.sizeMin + look.sizeMax) / 2;
  const sizes =
    sizeValues === null ? null : scaleSizes(sizeValues, look.sizeScale, look.sizeMin, look.sizeMax);

  const labelValues =
    metricValues(graph, look.labelBy, metrics) ?? metricValues(graph, 'degree', null)!;
  const labelled = new Set(topIndices(labelValues, look.labelCount));

  const nodes = new Map<string, NodeLook>();
  keys.forEach((key, i) => {
    nodes.set(key, {
      colour: colourOf(categories[i]),
      size: sizes === null ? middle : sizes[i],
      labelled: labelled.has(i),
    });
  });

  const edges = new Map<string, EdgeLook>();
  let wLo = Infinity;
  let wHi = -Infinity;
  const allTypes: string[] = [];
  graph.forEachEdge((_key, attributes) => {
    wLo = Math.min(wLo, attributes.weight);
    wHi = Math.max(wHi, attributes.weight);
    allTypes.push(...attributes.types);
  });
  const typeColours = look.edgeColour === 'type' ? edgeTypeColours(allTypes) : null;
  graph.forEachEdge((key, attributes) => {
    let width = EDGE_WIDTH_UNIFORM;
    if (look.edgeWidth === 'weight')
      width =
        wHi > wLo
          ? EDGE_WIDTH_MIN +
            ((attributes.weight - wLo) / (wHi - wLo)) * (EDGE_WIDTH_MAX - EDGE_WIDTH_MIN)
          : EDGE_WIDTH_MIN;
    let colour: string | null = null;
    if (typeColours !== null && attributes.types.length > 0)
      colour =
        attributes.types.length === 1
          ? (typeColours.get(attributes.types[0]) ?? null)
          : MIXED_TYPES_COLOUR;
    edges.set(key, { colour, width });
  });

  return {
    nodes,
    edges,
    legend: {
      colourBy,
      categories: categoryLegend,
      sizeBy: sizeMetric,
      sizeFallback,
      sizeExamples:
        sizeValues === null
          ? []
          : legendExamples(
              finiteRange(sizeValues),
              look.sizeScale,
              look.sizeMin,
              look.sizeMax,
              sizeValues.every((v) => !Number.isFinite(v) || Number.isInteger(v)),
            ),
      edgeTypes:
        typeColours === null ? [] : [...typeColours].map(([type, colour]) => ({ type, colour })),
    },
  };
}
