/**
 * Graph → GEXF 1.3 text (https://gexf.net/schema.html), readable by Gephi, Gephi Lite,
 * networkx and this workbench's importer.
 *
 * Node id and `label` as XML attributes, x/y as `viz:position`, edge `weight` as the XML
 * attribute; every other value (see columns.ts) as a string `<attvalue>` declared in
 * `<attributes>`. Edge ids are the graph's edge keys. `directed: true` writes
 * `defaultedgetype="directed"`, keeping each edge's source → target order.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { columnsOf, numberField } from './columns.ts';
import { escapeAttribute as attr, escapeText } from './xmlText.ts';

export interface XmlExportOptions {
  /** Write the edges as directed (Dataset.sourceDirected). Default false. */
  directed?: boolean;
  /** Title written in the file's metadata. */
  title?: string;
}

class ColumnIds {
  readonly ids = new Map<string, string>();
  id(name: string): string {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = String(this.ids.size);
      this.ids.set(name, id);
    }
    return id;
  }
  declarations(cls: 'node' | 'edge'): string {
    if (this.ids.size === 0) return '';
    let out = `    <attributes class="${cls}" mode="static">\n`;
    for (const [name, id] of this.ids)
      out += `      <attribute id="${id}" title="${attr(name)}" type="string"/>\n`;
    return out + '    </attributes>\n';
  }
}

function attvalues(columns: [string, string][], ids: ColumnIds, indent: string): string {
  if (columns.length === 0) return '';
  let out = `${indent}<attvalues>\n`;
  for (const [name, value] of columns)
    out += `${indent}  <attvalue for="${ids.id(name)}" value="${attr(value)}"/>\n`;
  return out + `${indent}</attvalues>\n`;
}

export function exportGexf(
  graph: AbstractGraph<Attributes, Attributes>,
  options: XmlExportOptions = {},
): string {
  const nodeIds = new ColumnIds();
  const edgeIds = new ColumnIds();
  let nodes = '';
  graph.forEachNode((key, attributes) => {
    const label = typeof attributes.label === 'string' ? attributes.label : key;
    const inner = attvalues(columnsOf('node', attributes), nodeIds, '        ');
    const x = numberField(attributes, 'x');
    const y = numberField(attributes, 'y');
    const position =
      x !== undefined && y !== undefined ? `        <viz:position x="${x}" y="${y}" z="0"/>\n` : '';
    const open = `      <node id="${attr(key)}" label="${attr(label)}"`;
    nodes += inner || position ? `${open}>\n${inner}${position}      </node>\n` : `${open}/>\n`;
  });
  let edges = '';
  graph.forEachEdge((key, attributes, source, target) => {
    const weight = numberField(attributes, 'weight');
    const inner = attvalues(columnsOf('edge', attributes), edgeIds, '        ');
    const open = `      <edge id="${attr(key)}" source="${attr(source)}" target="${attr(target)}"${weight === undefined ? '' : ` weight="${weight}"`}`;
    edges += inner ? `${open}>\n${inner}      </edge>\n` : `${open}/>\n`;
  });
  const title = options.title
    ? `    <description>${escapeText(options.title)}</description>\n`
    : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n' +
    `  <meta>\n    <creator>Cluster Network Workbench</creator>\n${title}  </meta>\n` +
    `  <graph defaultedgetype="${options.directed ? 'directed' : 'undirected'}" mode="static">\n` +
    nodeIds.declarations('node') +
    edgeIds.declarations('edge') +
    `    <nodes>\n${nodes}    </nodes>\n` +
    `    <edges>\n${edges}    </edges>\n` +
    '  </graph>\n</gexf>\n'
  );
}
