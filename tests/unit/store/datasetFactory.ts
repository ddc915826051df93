/** A hand-made cluster dataset whose counts are known by construction. */
import { MultiGraph } from 'graphology';
import type {
  Dataset,
  EdgeAttributes,
  ImportProblem,
  NodeAttributes,
} from '../../../src/model/index.ts';

export function tinyClusterDataset(problems: ImportProblem[] = []): Dataset {
  const graph = new MultiGraph<NodeAttributes, EdgeAttributes>();
  const org = (id: string, sector: NodeAttributes['sector']) =>
    graph.addNode(id, { kind: 'organization', label: id, sector, attributes: {} });
  org('U', 'academia');
  org('C', 'industry');
  org('HQ', 'intermediary');
  for (const [id, organization] of [
    ['p1', 'U'],
    ['p2', 'C'],
  ]) {
    graph.addNode(id, {
      kind: 'person',
      label: id,
      sector: 'academia',
      organization,
      attributes: {},
    });
    graph.addEdge(id, organization, {
      kind: 'affiliation',
      type: 'affiliation',
      year: null,
      weight: 1,
      attributes: {},
    });
  }
  const tie = (a: string, b: string, year: number | null) =>
    graph.addEdge(a, b, {
      kind: 'collaboration',
      type: 'joint_research',
      year,
      weight: 1,
      attributes: {},
    });
  tie('p1', 'p2', 2003);
  tie('p1', 'p2', 2007); // parallel ties count one by one
  tie('U', 'HQ', null);
  tie('C', 'HQ', 2005);
  return {
    id: 'tiny',
    name: 'Tiny',
    format: 'cluster',
    graph,
    report: { files: [], problems },
  };
}
