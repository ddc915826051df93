import { describe, expect, it } from 'vitest';
import { METRIC_INFO } from '../../../src/metrics/info.ts';
import {
  NODE_METRICS,
  type ClusterIndicators,
  type GraphMetrics,
} from '../../../src/metrics/types.ts';

// Typed as Record<keyof …, true>: tsc fails when a field is added to the interface and not
// listed here, so the test below always covers every field.
const GRAPH_FIELDS: Record<keyof GraphMetrics, true> = {
  nodes: true,
  edges: true,
  density: true,
  components: true,
  largestComponentShare: true,
  diameter: true,
  averagePathLength: true,
  averageClustering: true,
  transitivity: true,
  assortativity: true,
  modularity: true,
  communities: true,
  degreeCentralization: true,
  betweennessCentralization: true,
  omega: true,
  sigma: true,
};
const INDICATOR_FIELDS: Record<keyof ClusterIndicators, true> = {
  mixing: true,
  crossSectorShare: true,
  eiIndex: true,
  eiBySector: true,
  sectorAssortativity: true,
  tripleHelixT: true,
};

const NAMES = [...NODE_METRICS, ...Object.keys(GRAPH_FIELDS), ...Object.keys(INDICATOR_FIELDS)];

describe('METRIC_INFO', () => {
  it.each(NAMES)('%s has a complete entry', (name) => {
    const info = METRIC_INFO[name];
    expect(info, name).toBeDefined();
    expect(info.id).toBe(name);
    for (const field of ['label', 'explanation', 'convention', 'reference'] as const) {
      expect(info[field].trim().length, `${name}.${field}`).toBeGreaterThan(3);
    }
    // One plain sentence for an evaluator.
    expect(info.explanation).toMatch(/^[A-Z].*\.$/);
    expect(info.explanation.length).toBeLessThan(200);
    expect(info.explanation.slice(0, -1)).not.toMatch(/\.\s+[A-Z]/);
  });

  it('has no entry without a metric behind it', () => {
    const known = new Set(NAMES);
    expect(Object.keys(METRIC_INFO).filter((key) => !known.has(key))).toEqual([]);
  });

  it('every reference names a year', () => {
    for (const info of Object.values(METRIC_INFO))
      expect(info.reference, info.id).toMatch(/(19|20)\d\d/);
  });
});
