/**
 * The workspace as one versioned JSON document: the datasets the user loaded from files
 * (graphs serialised with graphology's `export()`), the settings (region, level,
 * colour and size, filters, look, layout choice), the nodes deleted from the view and the
 * presenter's scenes. The same document is saved in IndexedDB (src/store/persistence)
 * and written/read as a workspace file.
 *
 * Versions: 1 had no scenes; 2 adds the optional list `scenes`. Both are read (a
 * format-1 workspace loads with no scenes); saving writes 2.
 *
 * `parseWorkspace` never throws: anything that is not a valid document of a known
 * version gives `{ ok: false, error }` with a message saying what is wrong, so a corrupt
 * or old save cannot stop the app. Sample regions are not stored (they are re-fetched).
 */
import { createDatasetGraph } from '../io/datasetGraph.ts';
import {
  LEVELS,
  isSector,
  type Dataset,
  type DatasetFormat,
  type EdgeAttributes,
  type ImportReport,
  type Level,
  type NodeAttributes,
} from '../model/index.ts';
import type { LayoutChoice, LookSettings } from './appearanceSlice.ts';
import type { DatasetMeta } from './dataSlice.ts';
import type { FilterSettings } from './filterSlice.ts';
import { parsePositions, type SavedPositions } from './persistence/positions.ts';
import { parseScenes } from './persistence/scenes.ts';
import { colourBy, object, oneOf, text } from './persistence/fields.ts';
import type { Scene } from './scenesSlice.ts';
import { parseFilters, parseLayout, parseLook } from './persistence/viewSettings.ts';
import type { ExcludedNodes } from './historySlice.ts';
import { SIZE_BY, type ColourBy, type SizeBy } from './viewSlice.ts';
import type { WorkbenchState } from './workbenchStore.ts';
import type { DatasetRegistry } from './registry.ts';

export const WORKSPACE_FORMAT = 'cluster-network-workbench/workspace';
export const WORKSPACE_VERSION = 2;
/** The oldest format still read. */
export const OLDEST_WORKSPACE_VERSION = 1;

export interface WorkspaceSettings {
  regionId: string | null;
  level: Level;
  colourBy: ColourBy;
  sizeBy: SizeBy;
  filters: FilterSettings;
  look: LookSettings;
  layout: LayoutChoice;
}

export interface SavedDataset {
  id: string;
  meta: DatasetMeta;
  name: string;
  format: DatasetFormat;
  sourceDirected?: boolean;
  report: ImportReport;
  /** graphology's serialisation of the dataset multigraph. */
  graph: { nodes: unknown[]; edges: unknown[] };
}

export interface WorkspaceDocument {
  format: typeof WORKSPACE_FORMAT;
  version: typeof WORKSPACE_VERSION;
  savedAt: string;
  settings: WorkspaceSettings;
  excluded: Record<string, string[]>;
  datasets: SavedDataset[];
  /** Node positions of the drawn views (optional; see persistence/positions.ts). */
  positions?: SavedPositions;
  /** The presenter's scenes in presentation order (format 2; absent means none). */
  scenes?: Scene[];
}

/** A parsed workspace, its datasets rebuilt as graphs. */
export interface Workspace {
  settings: WorkspaceSettings;
  excluded: ExcludedNodes;
  datasets: { id: string; meta: DatasetMeta; dataset: Dataset }[];
  positions: SavedPositions;
  scenes: Scene[];
}

/**
 * A workspace that cannot be used: `error` in English (the report's text); `problem` says
 * which kind and `detail` names the field, for the interface to word in its language.
 */
export type WorkspaceParse =
  | { ok: true; workspace: Workspace }
  | { ok: false; error: string; problem: 'notJson' | 'notUsable'; detail: string };

const FORMATS: readonly DatasetFormat[] = ['cluster', 'generic', 'gexf', 'graphml'];

/**
 * graphology's export of a dataset graph, computed once per dataset object: autosave
 * writes the workspace after every settings change, and a loaded graph does not change
 * (kept per dataset object and version).
 */
const exports = new WeakMap<Dataset, { version: number; graph: SavedDataset['graph'] }>();
function exportedGraph(dataset: Dataset, version: number): SavedDataset['graph'] {
  const known = exports.get(dataset);
  if (known !== undefined && known.version === version) return known.graph;
  const { nodes, edges } = dataset.graph.export();
  const graph = { nodes, edges };
  // The same object every time (storage.ts writes a graph once per object).
  exports.set(dataset, { version, graph });
  return graph;
}

/** The workspace document of the current state (user-loaded datasets only). */
export function serializeWorkspace(
  state: WorkbenchState,
  registry: DatasetRegistry,
  now: Date = new Date(),
  positions?: SavedPositions,
): WorkspaceDocument {
  const datasets: SavedDataset[] = [];
  for (const id of state.userDatasetIds) {
    const dataset = registry.get(id);
    const entry = state.datasets[id];
    if (dataset === undefined || entry === undefined) continue;
    const exported = exportedGraph(dataset, entry.version);
    const saved: SavedDataset = {
      id,
      meta: {
        name: entry.name,
        nameJa: entry.nameJa,
        theme: entry.theme,
        themeJa: entry.themeJa,
        description: entry.description,
        descriptionJa: entry.descriptionJa,
      },
      name: dataset.name,
      format: dataset.format,
      report: dataset.report,
      graph: exported,
    };
    if (dataset.sourceDirected) saved.sourceDirected = true;
    datasets.push(saved);
  }
  const excluded: Record<string, string[]> = {};
  for (const [id, nodes] of Object.entries(state.excluded))
    if (nodes.length > 0) excluded[id] = [...nodes];
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt: now.toISOString(),
    settings: {
      regionId: state.regionId,
      level: state.level,
      colourBy: state.colourBy,
      sizeBy: state.sizeBy,
      filters: state.filters,
      look: state.look,
      layout: state.layout,
    },
    excluded,
    datasets,
    ...(positions === undefined ? {} : { positions }),
    ...(state.scenes.length === 0 ? {} : { scenes: [...state.scenes] }),
  };
}

class Invalid extends Error {}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A null-prototype copy of a record of strings (ids such as `__proto__` stay data). */
function stringRecord(value: unknown, where: string): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  if (value === undefined) return out;
  for (const [key, v] of Object.entries(object(value, where)))
    out[key] = text(v, `${where}.${key}`);
  return out;
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function nodeAttributes(value: unknown, where: string): NodeAttributes {
  const a = object(value, where);
  const sector = text(a.sector, `${where}.sector`);
  if (!isSector(sector)) throw new Invalid(`${where}.sector "${sector}" is not a sector`);
  const node: NodeAttributes = {
    kind: oneOf(a.kind, ['person', 'organization', 'node'] as const, `${where}.kind`),
    label: text(a.label, `${where}.label`),
    sector,
    attributes: stringRecord(a.attributes, `${where}.attributes`),
  };
  const organization = optionalText(a.organization);
  if (organization !== undefined) node.organization = organization;
  const role = optionalText(a.role);
  if (role !== undefined) node.role = role;
  const type = optionalText(a.type);
  if (type !== undefined) node.type = type;
  const x = finite(a.x);
  const y = finite(a.y);
  if (x !== undefined && y !== undefined) Object.assign(node, { x, y });
  const color = optionalText(a.color);
  if (color !== undefined && CSS_COLOUR.test(color)) node.color = color;
  const size = finite(a.size);
  if (size !== undefined && size > 0) node.size = size;
  return node;
}

/** The colours readers write (`#rrggbb`, `rgba(r,g,b,a)`); anything else is dropped. */
const CSS_COLOUR = /^(#[0-9a-f]{6}|rgba\(\d{1,3},\d{1,3},\d{1,3},(0|1|0?\.\d+)\))$/i;

function edgeAttributes(value: unknown, where: string): EdgeAttributes {
  const a = object(value, where);
  const weight = finite(a.weight);
  if (weight === undefined || weight <= 0)
    throw new Invalid(`${where}.weight must be a positive number`);
  const year = a.year === null ? null : finite(a.year);
  if (year === undefined) throw new Invalid(`${where}.year must be a number or null`);
  const edge: EdgeAttributes = {
    kind: oneOf(a.kind, ['affiliation', 'collaboration'] as const, `${where}.kind`),
    type: text(a.type, `${where}.type`),
    year,
    weight,
    attributes: stringRecord(a.attributes, `${where}.attributes`),
  };
  const project = optionalText(a.project);
  if (project !== undefined) edge.project = project;
  return edge;
}

function report(value: unknown, where: string): ImportReport {
  const r = object(value, where);
  if (!Array.isArray(r.files) || !Array.isArray(r.problems))
    throw new Invalid(`${where} must have lists "files" and "problems"`);
  // Kept as saved: the report is shown, never computed on.
  return r as unknown as ImportReport;
}

function dataset(value: unknown, index: number): Workspace['datasets'][number] {
  const where = `datasets[${index}]`;
  const d = object(value, where);
  const id = text(d.id, `${where}.id`);
  const name = text(d.name, `${where}.name`);
  const metaRecord = object(d.meta, `${where}.meta`);
  const meta: DatasetMeta = { name: optionalText(metaRecord.name) ?? name };
  for (const key of ['nameJa', 'theme', 'themeJa', 'description', 'descriptionJa'] as const) {
    const v = optionalText(metaRecord[key]);
    if (v !== undefined) meta[key] = v;
  }
  const g = object(d.graph, `${where}.graph`);
  if (!Array.isArray(g.nodes) || !Array.isArray(g.edges))
    throw new Invalid(`${where}.graph must have lists "nodes" and "edges"`);
  const graph = createDatasetGraph();
  g.nodes.forEach((n, i) => {
    const node = object(n, `${where}.graph.nodes[${i}]`);
    const key = text(node.key, `${where}.graph.nodes[${i}].key`);
    if (graph.hasNode(key))
      throw new Invalid(`${where}.graph.nodes[${i}]: node "${key}" appears twice`);
    graph.addNode(key, nodeAttributes(node.attributes, `${where}.graph.nodes[${i}].attributes`));
  });
  g.edges.forEach((e, i) => {
    const at = `${where}.graph.edges[${i}]`;
    const edge = object(e, at);
    const source = text(edge.source, `${at}.source`);
    const target = text(edge.target, `${at}.target`);
    if (!graph.hasNode(source) || !graph.hasNode(target))
      throw new Invalid(`${at} joins a node that is not in the dataset`);
    if (source === target) throw new Invalid(`${at} is a self-loop`);
    const attributes = edgeAttributes(edge.attributes, `${at}.attributes`);
    if (typeof edge.key === 'string' && !graph.hasEdge(edge.key))
      graph.addEdgeWithKey(edge.key, source, target, attributes);
    else graph.addEdge(source, target, attributes);
  });
  const out: Dataset = {
    id,
    name,
    format: oneOf(d.format, FORMATS, `${where}.format`),
    graph,
    report: report(d.report, `${where}.report`),
  };
  if (d.sourceDirected === true) out.sourceDirected = true;
  return { id, meta, dataset: out };
}

/** A built-in colouring or `attr:<column>` (colour by an input column). */
function parseDocument(value: unknown): Workspace {
  const doc = object(value, 'the workspace');
  if (doc.format !== WORKSPACE_FORMAT)
    throw new Invalid('this is not a workspace file of Cluster Network Workbench');
  if (typeof doc.version !== 'number') throw new Invalid('the workspace has no version number');
  if (doc.version > WORKSPACE_VERSION)
    throw new Invalid(
      `the workspace was saved by a newer version of the workbench (format ${doc.version}; this one reads ${WORKSPACE_VERSION})`,
    );
  if (doc.version < OLDEST_WORKSPACE_VERSION)
    throw new Invalid(
      `the workspace was saved in an old format (${doc.version}) that this version no longer reads`,
    );
  const s = object(doc.settings, 'settings');
  const regionId = s.regionId === null ? null : text(s.regionId, 'settings.regionId');
  const settings: WorkspaceSettings = {
    regionId,
    level: oneOf(s.level, LEVELS, 'settings.level'),
    colourBy: colourBy(s.colourBy, 'settings'),
    sizeBy: oneOf(s.sizeBy, SIZE_BY, 'settings.sizeBy'),
    filters: parseFilters(s.filters),
    look: parseLook(s.look),
    layout: parseLayout(s.layout),
  };
  const excluded: Record<string, readonly string[]> = {};
  for (const [id, list] of Object.entries(object(doc.excluded ?? {}, 'excluded'))) {
    if (!Array.isArray(list) || !list.every((v) => typeof v === 'string'))
      throw new Invalid(`excluded.${id} must be a list of node ids`);
    excluded[id] = list as string[];
  }
  if (!Array.isArray(doc.datasets)) throw new Invalid('"datasets" must be a list');
  const datasets = doc.datasets.map(dataset);
  const ids = new Set<string>();
  for (const d of datasets) {
    if (ids.has(d.id)) throw new Invalid(`dataset "${d.id}" appears twice`);
    ids.add(d.id);
  }
  return {
    settings,
    excluded,
    datasets,
    positions: parsePositions(doc.positions),
    scenes: parseScenes(doc.scenes),
  };
}

/** Validates a workspace document (already parsed JSON) and rebuilds its graphs. */
export function parseWorkspace(value: unknown): WorkspaceParse {
  try {
    return { ok: true, workspace: parseDocument(value) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Not a usable workspace: ${detail}.`, problem: 'notUsable', detail };
  }
}

/** Reads a workspace file's text; invalid JSON is reported like any other problem. */
export function parseWorkspaceText(textContent: string): WorkspaceParse {
  let value: unknown;
  try {
    value = JSON.parse(textContent);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: `Not a usable workspace: the file is not valid JSON (${detail}).`,
      problem: 'notJson',
      detail,
    };
  }
  return parseWorkspace(value);
}
