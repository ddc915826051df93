/**
 * Attributes of XML nodes and edges that fill model fields instead of `attributes`.
 *
 * Nodes: `sector` (mapped like the CSV formats; unrecognised → unknown with a warning).
 * When `kind` is `person` or `organization` (files written by this workbench's exporters),
 * `kind`, `organization`, `role` and `type` fill their fields too, so a cluster dataset
 * comes back from GEXF/GraphML as it was exported; otherwise they stay attributes.
 * Edges: `type`, `year` (see parseFiscalYear), `project`, and `kind` when it is
 * `affiliation` or `collaboration`. Names match exactly (as the exporters write them).
 */
import type { EdgeAttributes, NodeAttributes } from '../../model/dataset.ts';
import { checkYear } from '../csv/tieValues.ts';
import { quote } from '../tally.ts';
import type { FileTally } from '../tally.ts';
import { because } from '../reasons.ts';
import { parseSector } from '../values.ts';

function take(attributes: Record<string, string>, name: string): string | undefined {
  if (!Object.hasOwn(attributes, name)) return undefined;
  const value = attributes[name];
  delete attributes[name];
  return value;
}

export function applyNodeFields(node: NodeAttributes, tally: FileTally, row: number | null): void {
  const attributes = node.attributes;
  const sectorText = take(attributes, 'sector');
  if (sectorText !== undefined && sectorText.trim() !== '') {
    const sector = parseSector(sectorText);
    if (sector === null) tally.warn(row, because('unknownSector', { value: quote(sectorText) }));
    else node.sector = sector;
  }
  const kind = attributes.kind;
  if (kind === 'person' || kind === 'organization') {
    node.kind = kind;
    delete attributes.kind;
    const organization = take(attributes, 'organization');
    if (organization) node.organization = organization;
    const role = take(attributes, 'role');
    if (role) node.role = role;
    const type = take(attributes, 'type');
    if (type) node.type = type;
  }
}

export function applyEdgeFields(edge: EdgeAttributes, tally: FileTally, row: number | null): void {
  const attributes = edge.attributes;
  const kind = attributes.kind;
  if (kind === 'affiliation' || kind === 'collaboration') {
    edge.kind = kind;
    delete attributes.kind;
  }
  const type = take(attributes, 'type');
  if (type !== undefined) edge.type = type;
  const yearText = take(attributes, 'year');
  if (yearText !== undefined) {
    const year = checkYear(yearText);
    if (year.warning !== null) tally.warn(row, year.warning);
    edge.year = year.year;
  }
  const project = take(attributes, 'project');
  if (project) edge.project = project;
}
