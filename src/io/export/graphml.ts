/**
 * Graph → GraphML text (http://graphml.graphdrawing.org/specification.html), readable by
 * yEd, Cytoscape, networkx, graphology-graphml and this workbench's importer.
 * (graphology-graphml has no writer.)
 *
 * `<data>` keys: node `label` (string), `x`/`y` (double) when the node has a position,
 * edge `weight` (double), and every other value (see columns.ts) as a string key named
 * after it. Edge ids are the graph's edge keys; `directed: true` writes
 * `edgedefault="directed"`, keeping each edge's source → target order.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { columnsOf, numberField } from './columns.ts';
import type { XmlExportOptions } from './gexf.ts';
import { escapeAttribute as attr, escapeText as text } from './xmlText.ts';

const NODE_CLASHING = new Set(['label', 'x', 'y']);
const EDGE_CLASHING = new Set(['weight']);

class Keys {
  readonly ids = new Map<string, { id: string; type: string }>();
  constructor(private readonly prefix: string) {}
  id(name: string, type = 'string'): string {
    let key = this.ids.get(name);
    if (key === undefined) {
      key = { id: this.prefix + this.ids.size, type };
      this.ids.set(name, key);
    }
    return key.id;
  }
  declarations(scope: 'node' | 'edge'): string {
    let out = '';
    for (const [name, key] of this.ids)
      out += `  <key id="${key.id}" for="${scope}" attr.name="${attr(name)}" attr.type="${key.type}"/>\n`;
    return out;
  }
}

export function exportGraphml(
  graph: AbstractGraph<Attributes, Attributes>,
  options: XmlExportOptions = {},
): string {
  const nodeKeys = new Keys('n');
  const edgeKeys = new Keys('e');
  // Native keys first, so they get stable ids and their declared types.
  nodeKeys.id('label');
  let nodes = '';
  graph.forEachNode((key, attributes) => {
    let data = `      <data key="${nodeKeys.id('label')}">${text(typeof attributes.label === 'string' ? attributes.label : key)}</data>\n`;
    const x = numberField(attributes, 'x');
    const y = numberField(attributes, 'y');
    if (x !== undefined && y !== undefined) {
      data += `      <data key="${nodeKeys.id('x', 'double')}">${x}</data>\n      <data key="${nodeKeys.id('y', 'double')}">${y}</data>\n`;
    }
    for (const [name, value] of columnsOf('node', attributes, NODE_CLASHING))
      data += `      <data key="${nodeKeys.id(name)}">${text(value)}</data>\n`;
    nodes += `    <node id="${attr(key)}">\n${data}    </node>\n`;
  });
  let edges = '';
  graph.forEachEdge((key, attributes, source, target) => {
    let data = '';
    const weight = numberField(attributes, 'weight');
    if (weight !== undefined)
      data += `      <data key="${edgeKeys.id('weight', 'double')}">${weight}</data>\n`;
    for (const [name, value] of columnsOf('edge', attributes, EDGE_CLASHING))
      data += `      <data key="${edgeKeys.id(name)}">${text(value)}</data>\n`;
    const open = `    <edge id="${attr(key)}" source="${attr(source)}" target="${attr(target)}"`;
    edges += data ? `${open}>\n${data}    </edge>\n` : `${open}/>\n`;
  });
  const description = options.title ? `  <desc>${text(options.title)}</desc>\n` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    description +
    nodeKeys.declarations('node') +
    edgeKeys.declarations('edge') +
    `  <graph edgedefault="${options.directed ? 'directed' : 'undirected'}">\n` +
    nodes +
    edges +
    '  </graph>\n</graphml>\n'
  );
}
