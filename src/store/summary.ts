/**
 * What the app says about an imported region before drawing it: how many organizations,
 * people and collaboration ties it holds, which fiscal years the ties span, and how many
 * import problems the importer reported (by severity). Pure; reads the dataset multigraph.
 *
 * Conventions: collaboration ties are the dataset's `collaboration` edges (parallel ties
 * counted one by one; affiliation edges excluded); the year range covers dated
 * collaboration ties only and is null when none is dated. Generic formats have only
 * `node` kinds: they are counted as `otherNodes`.
 */
import type { Dataset } from '../model/index.ts';

export interface DatasetSummary {
  organizations: number;
  people: number;
  otherNodes: number;
  collaborationTies: number;
  years: { from: number; to: number } | null;
  problems: { fatal: number; error: number; warning: number };
}

export function summarizeDataset(dataset: Dataset): DatasetSummary {
  const { graph, report } = dataset;
  let organizations = 0;
  let people = 0;
  let otherNodes = 0;
  graph.forEachNode((_id, attributes) => {
    if (attributes.kind === 'organization') organizations += 1;
    else if (attributes.kind === 'person') people += 1;
    else otherNodes += 1;
  });
  let collaborationTies = 0;
  let from = Infinity;
  let to = -Infinity;
  graph.forEachEdge((_id, attributes) => {
    if (attributes.kind !== 'collaboration') return;
    collaborationTies += 1;
    if (attributes.year !== null) {
      from = Math.min(from, attributes.year);
      to = Math.max(to, attributes.year);
    }
  });
  const problems = { fatal: 0, error: 0, warning: 0 };
  for (const problem of report.problems) problems[problem.severity] += 1;
  return {
    organizations,
    people,
    otherNodes,
    collaborationTies,
    years: Number.isFinite(from) ? { from, to } : null,
    problems,
  };
}
