import { describe, expect, it } from 'vitest';
import { summarizeDataset } from '../../../src/store/summary.ts';
import { tinyClusterDataset } from './datasetFactory.ts';

describe('summarizeDataset', () => {
  it('counts organizations, people, collaboration ties (not affiliations) and the dated years', () => {
    const summary = summarizeDataset(
      tinyClusterDataset([
        { file: 'people.csv', row: 3, severity: 'warning', reason: 'x' },
        { file: 'people.csv', row: 4, severity: 'warning', reason: 'y' },
        { file: 'collaborations.csv', row: 9, severity: 'error', reason: 'z' },
      ]),
    );
    expect(summary).toEqual({
      organizations: 3,
      people: 2,
      otherNodes: 0,
      collaborationTies: 4,
      years: { from: 2003, to: 2007 },
      problems: { fatal: 0, error: 1, warning: 2 },
    });
  });

  it('has no year range when no tie is dated', () => {
    const dataset = tinyClusterDataset();
    dataset.graph.forEachEdge((edge) => dataset.graph.setEdgeAttribute(edge, 'year', null));
    expect(summarizeDataset(dataset).years).toBeNull();
  });
});
