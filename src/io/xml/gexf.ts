/**
 * GEXF (1.1–1.3, https://gexf.net) → dataset multigraph.
 *
 * Nodes: `id`, `label` (the id when absent), `<attvalues>` under the `title` of their
 * `<attribute>` declaration (the `for` attribute of GEXF 1.2+, or `id` of GEXF 1.0/1.1;
 * an undeclared one is kept under its own name, with a warning once per name), declared
 * defaults filled in, other XML attributes (start, end, pid...) kept under their names,
 * `viz:position` → x/y, `viz:color` → attribute `color` (#rrggbb, or rgba() with alpha),
 * `viz:size` → `size`, `viz:shape` → `shape`. All values are kept as text.
 * Edges: `id` (edge key), `source`, `target`, `weight`, `kind` → tie type, `label` and other
 * XML attributes kept, `type` (directed/undirected/mutual) kept as attribute `direction`.
 * The dataset is `sourceDirected` when the default edge type or any edge is directed.
 */
import type { ReportBuilder } from '../tally.ts';
import type { ImportProgress } from '../progress.ts';
import { CHUNK_ROWS } from '../progress.ts';
import { FatalImportError, quote } from '../tally.ts';
import { emptyAttributes } from '../datasetGraph.ts';
import { XmlGraphBuilder } from './builder.ts';
import {
  attribute,
  attributeText,
  childElements,
  elementsByName,
  lineOf,
  localName,
  parseXml,
} from './dom.ts';
import type { DatasetGraph } from '../../model/dataset.ts';
import { because } from '../reasons.ts';

interface Declaration {
  title: string;
  defaultValue: string | null;
}

const NODE_OWN_ATTRIBUTES = new Set(['id', 'label']);
const EDGE_OWN_ATTRIBUTES = new Set(['id', 'source', 'target', 'weight', 'kind', 'type']);

function declarations(graph: Element, cls: 'node' | 'edge'): Map<string, Declaration> {
  const out = new Map<string, Declaration>();
  for (const group of childElements(graph, 'attributes')) {
    if ((attributeText(group, 'class') || 'node') !== cls) continue;
    for (const declaration of childElements(group, 'attribute')) {
      const id = attributeText(declaration, 'id');
      const defaults = childElements(declaration, 'default');
      out.set(id, {
        title: attributeText(declaration, 'title') || id,
        defaultValue: defaults.length > 0 ? (defaults[0].textContent ?? '') : null,
      });
    }
  }
  return out;
}

function colorOf(element: Element): string {
  const channel = (name: string) => Number(attributeText(element, name) || '0');
  const hex = attributeText(element, 'hex');
  if (hex) return hex;
  const [r, g, b] = [channel('r'), channel('g'), channel('b')];
  const alpha = attribute(element, 'a');
  if (alpha !== null) return `rgba(${r},${g},${b},${alpha})`;
  return (
    '#' + [r, g, b].map((c) => Math.max(0, Math.min(255, c)).toString(16).padStart(2, '0')).join('')
  );
}

export async function importGexf(
  file: string,
  text: string,
  report: ReportBuilder,
  progress: ImportProgress,
): Promise<{ graph: DatasetGraph; sourceDirected: boolean }> {
  const document = parseXml(file, text, 'gexf');
  const graphElement = childElements(document.documentElement, 'graph')[0];
  if (!graphElement) throw new FatalImportError(file, because('noGraphElement'));
  const nodeDeclarations = declarations(graphElement, 'node');
  const edgeDeclarations = declarations(graphElement, 'edge');
  const nodes = elementsByName(graphElement, 'node');
  const edges = elementsByName(graphElement, 'edge');
  const defaultDirected =
    (attributeText(graphElement, 'defaultedgetype') || 'undirected').toLowerCase() === 'directed';

  const tally = report.file(file);
  const builder = new XmlGraphBuilder(tally);
  const undeclaredWarned = new Set<string>();
  const total = nodes.length + edges.length;

  const readAttributes = (
    element: Element,
    own: Set<string>,
    declared: Map<string, Declaration>,
  ): Record<string, string> => {
    const attributes = emptyAttributes();
    const xmlAttributes = element.attributes;
    for (let i = 0; i < xmlAttributes.length; i++) {
      const a = xmlAttributes[i];
      if (!own.has(a.name) && !a.name.startsWith('xmlns')) attributes[a.name] = a.value;
    }
    for (const group of childElements(element, 'attvalues')) {
      for (const value of childElements(group, 'attvalue')) {
        const key = attribute(value, 'for') ?? attribute(value, 'id') ?? '';
        const declaration = declared.get(key);
        if (!declaration && !undeclaredWarned.has(key)) {
          undeclaredWarned.add(key);
          tally.warn(lineOf(value), because('undeclaredAttribute', { key: quote(key) }));
        }
        attributes[declaration ? declaration.title : key] = attributeText(value, 'value');
      }
    }
    for (const declaration of declared.values()) {
      if (declaration.defaultValue !== null && !Object.hasOwn(attributes, declaration.title))
        attributes[declaration.title] = declaration.defaultValue;
    }
    return attributes;
  };

  for (let i = 0; i < nodes.length; i++) {
    if (i % CHUNK_ROWS === 0) await progress.checkpoint(i / total, 'nodes');
    const element = nodes[i];
    const attributes = readAttributes(element, NODE_OWN_ATTRIBUTES, nodeDeclarations);
    let x: number | undefined;
    let y: number | undefined;
    for (const viz of childElements(element)) {
      const name = localName(viz);
      if (name === 'position') {
        x = Number(attributeText(viz, 'x'));
        y = Number(attributeText(viz, 'y'));
      } else if (name === 'color') attributes.color = colorOf(viz);
      else if (name === 'size') attributes.size = attributeText(viz, 'value');
      else if (name === 'shape') attributes.shape = attributeText(viz, 'value');
    }
    builder.addNode(
      lineOf(element),
      attribute(element, 'id'),
      attribute(element, 'label'),
      attributes,
      x,
      y,
    );
  }

  for (let i = 0; i < edges.length; i++) {
    if (i % CHUNK_ROWS === 0) await progress.checkpoint((nodes.length + i) / total, 'edges');
    const element = edges[i];
    const attributes = readAttributes(element, EDGE_OWN_ATTRIBUTES, edgeDeclarations);
    const direction = attribute(element, 'type');
    if (direction !== null) attributes.direction = direction;
    const kind = attribute(element, 'kind');
    if (kind !== null && !Object.hasOwn(attributes, 'type')) attributes.type = kind;
    let weightText = attribute(element, 'weight');
    if (weightText === null && Object.hasOwn(attributes, 'weight')) {
      weightText = attributes.weight;
      delete attributes.weight;
    }
    const directed = direction === null ? defaultDirected : direction.toLowerCase() === 'directed';
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
