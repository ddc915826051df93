/**
 * GraphML (http://graphml.graphdrawing.org) → dataset multigraph.
 *
 * `<key>` declarations give each `<data key>` its `attr.name` (the key id when unnamed)
 * and `<default>`. A `<data>` element whose key is not declared makes the file fatal
 * (as networkx does): the file is inconsistent and guessing would mislabel values.
 * Nodes: data `label` → label (the id when absent), numeric data `x`, `y` → position,
 * other data kept as text under their names. Edges: `id` (edge key), `source`, `target`,
 * data `weight` (any case) → weight, `directed` attribute or `edgedefault` → direction
 * (kept as attribute `direction` when an edge states it). Only the first `<graph>` is
 * read; `<hyperedge>` elements are not supported and are reported, not counted.
 */
import type { DatasetGraph } from '../../model/dataset.ts';
import { emptyAttributes } from '../datasetGraph.ts';
import { CHUNK_ROWS } from '../progress.ts';
import type { ImportProgress } from '../progress.ts';
import { FatalImportError, quote } from '../tally.ts';
import type { ReportBuilder } from '../tally.ts';
import { XmlGraphBuilder } from './builder.ts';
import {
  attribute,
  attributeText,
  childElements,
  elementsByName,
  lineOf,
  parseXml,
} from './dom.ts';
import { because } from '../reasons.ts';

interface Key {
  name: string;
  scope: string;
  defaultValue: string | null;
}

const NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

function readKeys(file: string, document: Document): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const element of elementsByName(document, 'key')) {
    const id = attributeText(element, 'id');
    const defaults = childElements(element, 'default');
    keys.set(id, {
      name: attributeText(element, 'attr.name') || id,
      scope: attributeText(element, 'for') || 'all',
      defaultValue: defaults.length > 0 ? (defaults[0].textContent ?? '') : null,
    });
  }
  for (const data of elementsByName(document, 'data')) {
    const key = attributeText(data, 'key');
    if (!keys.has(key)) {
      const line = lineOf(data);
      throw new FatalImportError(
        file,
        line === null
          ? because('undeclaredDataKey', { key: quote(key) })
          : because('undeclaredDataKeyOnLine', { key: quote(key), line }),
      );
    }
  }
  return keys;
}

export async function importGraphml(
  file: string,
  text: string,
  report: ReportBuilder,
  progress: ImportProgress,
): Promise<{ graph: DatasetGraph; sourceDirected: boolean }> {
  const document = parseXml(file, text, 'graphml');
  const graphElement = childElements(document.documentElement, 'graph')[0];
  if (!graphElement) throw new FatalImportError(file, because('noGraphElement'));
  const keys = readKeys(file, document);
  const nodes = elementsByName(graphElement, 'node');
  const edges = elementsByName(graphElement, 'edge');
  const hyperedges = elementsByName(graphElement, 'hyperedge').length;
  const defaultDirected =
    (attributeText(graphElement, 'edgedefault') || 'directed').toLowerCase() === 'directed';

  const tally = report.file(file);
  if (hyperedges > 0) tally.warn(null, because('hyperedgesIgnored', { n: hyperedges }));
  const builder = new XmlGraphBuilder(tally);
  const total = nodes.length + edges.length;

  const readData = (element: Element, scope: 'node' | 'edge'): Record<string, string> => {
    const attributes = emptyAttributes();
    for (const data of childElements(element, 'data')) {
      const key = keys.get(attributeText(data, 'key')) as Key;
      attributes[key.name] = data.textContent ?? '';
    }
    for (const key of keys.values()) {
      if (
        key.defaultValue !== null &&
        (key.scope === scope || key.scope === 'all') &&
        !Object.hasOwn(attributes, key.name)
      ) {
        attributes[key.name] = key.defaultValue;
      }
    }
    return attributes;
  };

  const takeNumber = (attributes: Record<string, string>, name: string): number | undefined => {
    if (!Object.hasOwn(attributes, name) || !NUMBER.test(attributes[name])) return undefined;
    const value = Number(attributes[name]);
    delete attributes[name];
    return value;
  };

  for (let i = 0; i < nodes.length; i++) {
    if (i % CHUNK_ROWS === 0) await progress.checkpoint(i / total, 'nodes');
    const element = nodes[i];
    const attributes = readData(element, 'node');
    let label: string | null = null;
    if (Object.hasOwn(attributes, 'label')) {
      label = attributes.label;
      delete attributes.label;
    }
    const x = takeNumber(attributes, 'x');
    const y = takeNumber(attributes, 'y');
    builder.addNode(lineOf(element), attribute(element, 'id'), label, attributes, x, y);
  }

  for (let i = 0; i < edges.length; i++) {
    if (i % CHUNK_ROWS === 0) await progress.checkpoint((nodes.length + i) / total, 'edges');
    const element = edges[i];
    const attributes = readData(element, 'edge');
    let weightText: string | null = null;
    for (const name of Object.keys(attributes)) {
      if (name.toLowerCase() === 'weight') {
        weightText = attributes[name];
        delete attributes[name];
        break;
      }
    }
    const directedText = attribute(element, 'directed');
    if (directedText !== null)
      attributes.direction = directedText === 'true' ? 'directed' : 'undirected';
    const directed = directedText === null ? defaultDirected : directedText === 'true';
    builder.addEdge(
      lineOf(element),
      attribute(element, 'id'),
      attribute(element, 'source'),
      attribute(element, 'target'),
      weightText,
      directed,
      attributes,
    );
  }
  return { graph: builder.graph, sourceDirected: builder.sourceDirected };
}
