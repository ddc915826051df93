/** GEXF and GraphML row rules on small files written for the purpose. */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/index.ts';
import { expectDataset, expectFatal, rowsWithProblems, textFile } from './helpers.ts';

const gexf = (body: string, edgeType = 'undirected', declarations = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n<graph defaultedgetype="${edgeType}">\n${declarations}${body}\n</graph>\n</gexf>\n`;

describe('GEXF rows', () => {
  it('applies the node and edge rules, reporting element lines', async () => {
    const text = gexf(
      [
        '<nodes>', // line 4 (lines 1–3: declaration, <gexf>, <graph>)
        '<node id="a" label="Alpha"/>', // 5
        '<node id="a" label="Again"/>', // 6 duplicate
        '<node label="No id"/>', // 7 no id
        '<node id="b"/>', // 8 label = id
        '</nodes>',
        '<edges>',
        '<edge id="e1" source="a" target="b" weight="2"/>', // 11
        '<edge id="e2" source="a" target="a"/>', // 12 self-loop
        '<edge id="e3" source="a" target="b" weight="heavy"/>', // 13 weight → 1
        '<edge id="e4" source="a" target="b" weight="-2"/>', // 14 skipped
        '<edge id="e5" source="a"/>', // 15 no target
        '<edge id="e1" source="b" target="c"/>', // 16 repeated id, missing node c
        '</edges>',
      ].join('\n'),
    );
    const { graph, report } = expectDataset(await importFiles([textFile('small.gexf', text)]));
    expect(rowsWithProblems(report.problems, 'small.gexf')).toEqual([
      [6, 'error'],
      [7, 'error'],
      [12, 'error'],
      [13, 'warning'],
      [14, 'error'],
      [15, 'error'],
      [16, 'warning'], // node "c" created
      [16, 'warning'], // edge id e1 used twice
    ]);
    expect(report.files).toEqual([
      { file: 'small.gexf', rowsRead: 10, rowsImported: 5, rowsSkipped: 5 },
    ]);
    expect(graph.nodes()).toEqual(['a', 'b', 'c']);
    expect(graph.getNodeAttribute('b', 'label')).toBe('b');
    expect(graph.getEdgeAttribute('e1', 'weight')).toBe(2);
    expect(graph.getEdgeAttribute('e3', 'weight')).toBe(1);
    expect(graph.size).toBe(3);
  });

  it('maps declared attributes by title, fills defaults, keeps undeclared ones with a warning', async () => {
    const declarations =
      '<attributes class="node"><attribute id="0" title="sector" type="string"/><attribute id="1" title="founded" type="integer"><default>1900</default></attribute></attributes>\n' +
      '<attributes class="edge"><attribute id="0" title="year" type="string"/><attribute id="1" title="type" type="string"/></attributes>\n';
    const text = gexf(
      '<nodes><node id="u" label="Univ"><attvalues><attvalue for="0" value="大学"/><attvalue for="1" value="1897"/><attvalue for="9" value="?"/></attvalues><viz:position x="1.5" y="-2"/><viz:color r="255" g="0" b="16" a="0.5"/></node>' +
        '<node id="c" label="Co"><attvalues><attvalue for="0" value="company"/></attvalues></node></nodes>\n' +
        '<edges><edge source="u" target="c" kind="patent"><attvalues><attvalue for="0" value="FY2007"/></attvalues></edge>' +
        '<edge source="u" target="c" type="directed" kind="joint"><attvalues><attvalue for="1" value="forum"/></attvalues></edge></edges>',
      'undirected',
      declarations,
    );
    const { graph, report, sourceDirected } = expectDataset(
      await importFiles([textFile('attrs.gexf', text)]),
    );
    expect(graph.getNodeAttributes('u')).toMatchObject({
      label: 'Univ',
      sector: 'academia',
      x: 1.5,
      y: -2,
    });
    expect({ ...graph.getNodeAttributes('u').attributes }).toEqual({
      founded: '1897',
      '9': '?',
      color: 'rgba(255,0,16,0.5)',
    });
    expect({ ...graph.getNodeAttributes('c').attributes }).toEqual({ founded: '1900' });
    const [first, second] = graph.edges().map((e) => graph.getEdgeAttributes(e));
    expect(first).toMatchObject({ type: 'patent', year: 2007 });
    expect(second).toMatchObject({ type: 'forum', year: null });
    expect(second.attributes.direction).toBe('directed');
    expect(sourceDirected).toBe(true);
    expect(report.problems).toMatchObject([
      {
        file: 'attrs.gexf',
        row: 6,
        severity: 'warning',
        reason: 'attribute "9" is not declared in <attributes>; kept under that name',
      },
    ]);
  });

  it('treats __proto__ as an ordinary id and attribute title', async () => {
    const text = gexf(
      '<nodes><node id="__proto__" label="p"><attvalues><attvalue for="__proto__" value="x"/></attvalues></node><node id="toString"/></nodes><edges><edge source="__proto__" target="toString"/><edge source="toString" target="__proto__"/></edges>',
      'undirected',
      '<attributes class="node"><attribute id="__proto__" title="__proto__" type="string"/></attributes>',
    );
    const { graph } = expectDataset(await importFiles([textFile('proto.gexf', text)]));
    expect(graph.nodes()).toEqual(['__proto__', 'toString']);
    expect(graph.getNodeAttributes('__proto__').attributes['__proto__']).toBe('x');
    expect(graph.neighbors('toString')).toEqual(['__proto__']);
    expect(graph.size).toBe(2);
  });
});

describe('GraphML rows', () => {
  it('reads keys with defaults, labels, positions, weights and directed edges', async () => {
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '<key id="d0" for="node" attr.name="label" attr.type="string"/>',
      '<key id="d1" for="node" attr.name="sector" attr.type="string"><default>industry</default></key>',
      '<key id="d2" for="edge" attr.name="Weight" attr.type="double"/>',
      '<key id="d3" for="node" attr.name="x" attr.type="double"/>',
      '<graph edgedefault="undirected">',
      '<edge source="n1" target="n0"><data key="d2">0.5</data></edge>', // line 8, before its nodes
      '<node id="n0"><data key="d0">Zero</data><data key="d1">大学</data><data key="d3">3.5</data></node>',
      '<node id="n1"/>',
      '<edge source="n0" target="n1" directed="true"><data key="d2">x</data></edge>', // line 11
      '</graph>',
      '</graphml>',
    ].join('\n');
    const { graph, report, sourceDirected } = expectDataset(
      await importFiles([textFile('g.graphml', text)]),
    );
    expect(graph.order).toBe(2); // nodes declared after the edge are not "missing"
    expect(graph.getNodeAttributes('n0')).toMatchObject({ label: 'Zero', sector: 'academia' });
    // Numeric x and y data become the node's x and y, each on its own.
    expect(graph.getNodeAttributes('n0').x).toBe(3.5);
    expect(graph.getNodeAttributes('n1')).toMatchObject({ label: 'n1', sector: 'industry' });
    expect(graph.edges().map((e) => graph.getEdgeAttribute(e, 'weight'))).toEqual([0.5, 1]);
    expect(sourceDirected).toBe(true);
    expect(report.problems).toMatchObject([
      {
        file: 'g.graphml',
        row: 11,
        severity: 'warning',
        reason: 'weight "x" is not a number; weight 1 is used',
      },
    ]);
  });

  it('reads edgedefault "directed" when the attribute is absent (GraphML default)', async () => {
    const text =
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>';
    expect(expectDataset(await importFiles([textFile('d.graphml', text)])).sourceDirected).toBe(
      true,
    );
  });
});

describe('fatal XML', () => {
  it.each([
    [
      'a mismatched end tag',
      'x.gexf',
      '<gexf>\n<graph>\n<nodes><node id="a"></nodes></graph></gexf>',
      /^x\.gexf: malformed XML: end tag <\/nodes> on line 3 does not match <node> opened on line 3$/,
    ],
    [
      'a cut-off file',
      'x.gexf',
      '<gexf>\n<graph>\n<nodes><node id="a"/>',
      /^x\.gexf: malformed XML: <nodes> opened on line 3 is never closed \(is the file cut off\?\)$/,
    ],
    [
      'a cut-off tag',
      'x.gexf',
      '<gexf>\n<graph>\n<nodes><node id="a',
      /^x\.gexf: malformed XML: the tag on line 3 is never finished/,
    ],
    [
      'an unknown entity',
      'x.gexf',
      '<gexf><graph>&bogus;</graph></gexf>',
      /^x\.gexf: malformed XML: entity not found:&bogus; \(line 1, column \d+\)$/,
    ],
    ['two root elements', 'x.gexf', '<gexf></gexf><gexf></gexf>', /^x\.gexf: malformed XML: /],
    [
      'not XML at all',
      'x.graphml',
      'id,name\nA,Alpha\n',
      /^x\.graphml: (malformed XML|not an XML document)/,
    ],
    [
      'wrong root',
      'x.gexf',
      '<graphml><graph/></graphml>',
      /^x\.gexf: the root element is <graphml>, not <gexf>; is this really a GEXF file\?$/,
    ],
    [
      'no graph element',
      'x.graphml',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"></graphml>',
      /^x\.graphml: the file has no <graph> element$/,
    ],
  ])('refuses %s', async (_, name, text, message) => {
    const outcome = expectFatal(await importFiles([textFile(name, text)]));
    expect(outcome.error).toMatch(message);
    expect(outcome.report.files).toEqual([]);
  });
});
