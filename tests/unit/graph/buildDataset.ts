/**
 * Hand-built datasets for the graph tests: a graphology MultiGraph filled directly, no
 * importer involved, so each test states exactly which nodes and ties exist.
 */
import '../../../src/io/graphologyPatch.ts';
import { MultiGraph } from 'graphology';
import type {
  Dataset,
  DatasetFormat,
  EdgeAttributes,
  NodeAttributes,
  Sector,
} from '../../../src/model/index.ts';

export interface TieSpec {
  type?: string;
  year?: number | null;
  weight?: number;
  project?: string;
}

export class DatasetBuilder {
  readonly graph = new MultiGraph<NodeAttributes, EdgeAttributes>();

  constructor(private readonly format: DatasetFormat = 'cluster') {}

  organization(id: string, sector: Sector, extra: Partial<NodeAttributes> = {}): this {
    this.graph.addNode(id, { kind: 'organization', label: id, sector, attributes: {}, ...extra });
    return this;
  }

  /** A person; with an organization that exists, also the importer's affiliation edge. */
  person(id: string, organization?: string, extra: Partial<NodeAttributes> = {}): this {
    const sector: Sector =
      organization !== undefined && this.graph.hasNode(organization)
        ? this.graph.getNodeAttribute(organization, 'sector')
        : 'unknown';
    const attributes: NodeAttributes = {
      kind: 'person',
      label: id,
      sector,
      attributes: {},
      ...extra,
    };
    if (organization !== undefined) attributes.organization = organization;
    this.graph.addNode(id, attributes);
    if (organization !== undefined && this.graph.hasNode(organization)) {
      this.graph.addDirectedEdge(id, organization, {
        kind: 'affiliation',
        type: 'affiliation',
        year: null,
        weight: 1,
        attributes: {},
      });
    }
    return this;
  }

  node(id: string, sector: Sector = 'unknown'): this {
    this.graph.addNode(id, { kind: 'node', label: id, sector, attributes: {} });
    return this;
  }

  tie(source: string, target: string, spec: TieSpec = {}): this {
    const attributes: EdgeAttributes = {
      kind: 'collaboration',
      type: spec.type ?? 'joint_research',
      year: spec.year === undefined ? 2005 : spec.year,
      weight: spec.weight ?? 1,
      attributes: {},
    };
    if (spec.project !== undefined) attributes.project = spec.project;
    this.graph.addEdge(source, target, attributes);
    return this;
  }

  build(): Dataset {
    return {
      id: 'test',
      name: 'test',
      format: this.format,
      graph: this.graph,
      report: { files: [], problems: [] },
    };
  }
}
