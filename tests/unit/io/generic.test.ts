/** The generic nodes.csv / edges.csv format, with Gephi's and other usual headers. */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/index.ts';
import { expectDataset, rowsWithProblems, textFile } from './helpers.ts';

describe('generic graph', () => {
  it("reads Gephi's spreadsheet headers (Id, Label, Source, Target, Type, Weight)", async () => {
    const { graph, report, format, sourceDirected } = expectDataset(
      await importFiles([
        textFile(
          'nodes.csv',
          'Id,Label,Sector,Modularity Class\nn1,Node One,大学,0\nn2,Node Two,company,1\nn3,Node Three,,1\n',
        ),
        textFile(
          'edges.csv',
          'Source,Target,Type,Id,Label,Weight\nn1,n2,Undirected,0,,2.5\nn2,n3,Directed,1,,1\n',
        ),
      ]),
    );
    expect(format).toBe('generic');
    expect(sourceDirected).toBe(true);
    expect(graph.getNodeAttributes('n1')).toMatchObject({
      kind: 'node',
      label: 'Node One',
      sector: 'academia',
    });
    expect({ ...graph.getNodeAttributes('n1').attributes }).toEqual({ 'Modularity Class': '0' });
    expect(graph.getNodeAttributes('n3').sector).toBe('unknown');
    const [first, second] = graph.edges();
    expect(graph.getEdgeAttributes(first)).toMatchObject({
      kind: 'collaboration',
      type: '',
      weight: 2.5,
      year: null,
    });
    // Gephi's direction values are not tie types: they stay as attributes.
    expect({ ...graph.getEdgeAttributes(first).attributes }).toEqual({
      Type: 'Undirected',
      Id: '0',
      Label: '',
    });
    expect(graph.getEdgeAttributes(second).attributes.Type).toBe('Directed');
    expect(report.problems).toEqual([]);
  });

  it('takes nodes from the edges when there is no nodes.csv, with from/to headers', async () => {
    const { graph, report } = expectDataset(
      await importFiles([
        textFile(
          'edges.csv',
          'from;to;value;year;kind\na;b;3;FY2004;patent\nb;c;;2005年度;forum\n',
        ),
      ]),
    );
    expect(graph.nodes()).toEqual(['a', 'b', 'c']);
    expect(graph.getNodeAttributes('a')).toMatchObject({
      kind: 'node',
      label: 'a',
      sector: 'unknown',
    });
    expect(
      graph
        .edges()
        .map((e) => graph.getEdgeAttributes(e))
        .map((a) => [a.weight, a.year, a.type]),
    ).toEqual([
      [3, 2004, 'patent'],
      [1, 2005, 'forum'],
    ]);
    expect(report.problems).toEqual([]);
  });

  it('creates edge endpoints missing from nodes.csv with one warning per node', async () => {
    const { graph, report } = expectDataset(
      await importFiles([
        textFile('nodes.csv', 'id,label\nA,Alpha\n'),
        textFile('edges.csv', 'source,target\nA,B\nB,C\nA,B\n'),
      ]),
    );
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3); // parallel A–B kept
    expect(report.problems).toMatchObject([
      {
        file: 'edges.csv',
        row: 2,
        severity: 'warning',
        reason: 'node "B" is not in nodes.csv; it is created',
      },
      {
        file: 'edges.csv',
        row: 3,
        severity: 'warning',
        reason: 'node "C" is not in nodes.csv; it is created',
      },
    ]);
  });

  it('applies the row rules to nodes and edges', async () => {
    const { graph, report } = expectDataset(
      await importFiles([
        textFile(
          'nodes.csv',
          'node,name,sector\nA,Alpha,academia\nA,Again,industry\n,Nameless,\nB,Beta,bank\n',
        ),
        textFile(
          'edges.csv',
          'source\ttarget\tweight\nA\tB\t-1\nA\tA\t1\nA\t\t1\nA\tB\tlots\nA\tB\t2\textra\n',
        ),
      ]),
    );
    expect(rowsWithProblems(report.problems, 'nodes.csv')).toEqual([
      [3, 'error'], // duplicate A
      [4, 'error'], // empty id
      [5, 'warning'], // sector "bank"
    ]);
    expect(rowsWithProblems(report.problems, 'edges.csv')).toEqual([
      [2, 'error'], // weight -1
      [3, 'error'], // self-tie
      [4, 'error'], // empty target
      [5, 'warning'], // weight "lots" → 1
      [6, 'warning'], // extra field
    ]);
    expect(graph.edges().map((e) => graph.getEdgeAttribute(e, 'weight'))).toEqual([1, 2]);
    expect(report.problems.find((p) => p.row === 4 && p.file === 'nodes.csv')?.reason).toBe(
      'required value "node" is empty',
    );
  });

  it('reads a nodes-only file', async () => {
    const { graph } = expectDataset(
      await importFiles([textFile('NODES.CSV', 'ID,Label\n1,One\n2,Two\n')]),
    );
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(0);
  });
});
