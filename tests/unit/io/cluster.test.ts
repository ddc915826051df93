/**
 * The cluster format on tests/fixtures/io/kyoto (UTF-8 with BOM, CRLF, a quoted field
 * spanning two lines): every row's expected fate is written below from the file itself.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/index.ts';
import { expectDataset, fixtureFiles, rowsWithProblems, textFile } from './helpers.ts';

describe('cluster dataset (kyoto fixture)', async () => {
  const dataset = expectDataset(await importFiles(fixtureFiles('kyoto')));
  const { graph, report } = dataset;

  it('names the dataset after the folder and keeps the format', () => {
    expect(dataset.name).toBe('kyoto');
    expect(dataset.id).toBe('kyoto');
    expect(dataset.format).toBe('cluster');
    expect(dataset.sourceDirected).toBeUndefined();
  });

  it('counts rows per file as the files hold them', () => {
    expect(report.files).toEqual([
      { file: 'organizations.csv', rowsRead: 8, rowsImported: 6, rowsSkipped: 2 },
      { file: 'people.csv', rowsRead: 9, rowsImported: 6, rowsSkipped: 3 },
      { file: 'collaborations.csv', rowsRead: 10, rowsImported: 7, rowsSkipped: 3 },
      { file: 'memberships.csv', rowsRead: 8, rowsImported: 6, rowsSkipped: 2 },
    ]);
  });

  it('reports each problem on the row a spreadsheet shows', () => {
    expect(rowsWithProblems(report.problems, 'organizations.csv')).toEqual([
      [7, 'error'], // O-KU again: duplicate
      [8, 'warning'], // sector "bank"
      [9, 'error'], // empty id
    ]);
    expect(rowsWithProblems(report.problems, 'people.csv')).toEqual([
      [6, 'warning'], // organization O-ZZ unknown
      [8, 'error'], // P-001 again
      [9, 'error'], // id of an organization
      [10, 'error'], // empty name
    ]);
    // Row 2 spans two lines (quoted newline), so the next record is row 3, as in Excel.
    expect(rowsWithProblems(report.problems, 'collaborations.csv')).toEqual([
      [5, 'error'], // target P-991 unknown
      [6, 'error'], // self-tie
      [7, 'warning'], // weight "abc"
      [8, 'error'], // weight 0
      [9, 'warning'], // year "sometime"
      [10, 'warning'], // two extra fields
      [11, 'warning'], // only two fields
    ]);
    expect(rowsWithProblems(report.problems, 'memberships.csv')).toEqual([
      [5, 'error'], // P-001 listed twice for FORUM-A 2005
      [9, 'error'], // P-999 unknown
      [6, 'warning'], // FORUM-A 2006 has one member
    ]);
  });

  it('writes messages that say where and what', () => {
    const reasons = report.problems.map((p) => `${p.file} row ${p.row}: ${p.reason}`);
    expect(reasons).toContain(
      'collaborations.csv row 5: target "P-991" is not a known person or organization',
    );
    expect(reasons).toContain(
      'organizations.csv row 7: id "O-KU" is a duplicate of organizations.csv row 2; the first is kept',
    );
    expect(reasons).toContain(
      'people.csv row 9: id "O-SH" is already used by the organization on organizations.csv row 3; the first is kept',
    );
    expect(reasons).toContain('organizations.csv row 9: required value "id" is empty');
    expect(reasons.find((r) => r.startsWith('collaborations.csv row 10:'))).toMatch(
      /extra values "extra", "field" are ignored/,
    );
  });

  it('builds organizations with mapped sectors and keeps other columns as text', () => {
    expect(graph.getNodeAttribute('O-KU', 'sector')).toBe('academia');
    expect(graph.getNodeAttribute('O-SH', 'sector')).toBe('industry');
    expect(graph.getNodeAttribute('O-KP', 'sector')).toBe('government');
    expect(graph.getNodeAttribute('O-HQ', 'sector')).toBe('intermediary');
    expect(graph.getNodeAttribute('O-FD', 'sector')).toBe('intermediary');
    expect(graph.getNodeAttribute('O-XX', 'sector')).toBe('unknown');
    const shimadzu = graph.getNodeAttributes('O-SH');
    expect(shimadzu).toMatchObject({
      kind: 'organization',
      label: 'Shimadzu Corporation',
      type: 'large company',
    });
    expect({ ...shimadzu.attributes }).toEqual({
      region: 'Kyoto',
      prefecture: '京都府',
      city: 'Kyoto',
      lat: '35.0',
      lon: '135.7',
      note: 'analytical instruments, medical',
    });
  });

  it("gives people their organization's sector and an affiliation edge", () => {
    expect(graph.getNodeAttributes('P-002')).toMatchObject({
      kind: 'person',
      label: 'Sato, Yuki',
      sector: 'industry',
      organization: 'O-SH',
      role: 'chief scientist',
    });
    expect(graph.getNodeAttributes('P-005')).toMatchObject({ sector: 'unknown', role: 'advisor' });
    expect(graph.getNodeAttributes('P-005').organization).toBeUndefined();
    expect(graph.getNodeAttributes('P-006').sector).toBe('unknown');
    const affiliations = graph
      .filterEdges((_, a) => a.kind === 'affiliation')
      .map((e) => [graph.source(e), graph.target(e)]);
    expect(affiliations.sort()).toEqual([
      ['P-001', 'O-KU'],
      ['P-002', 'O-SH'],
      ['P-003', 'O-KP'],
      ['P-004', 'O-HQ'],
    ]);
    for (const e of graph.filterEdges((_, a) => a.kind === 'affiliation')) {
      expect(graph.getEdgeAttributes(e)).toMatchObject({
        type: 'affiliation',
        weight: 1,
        year: null,
      });
    }
  });

  it('reads collaboration values: fiscal years in every form, weights, projects', () => {
    const ties = graph
      .filterEdges(
        (_, a) => a.kind === 'collaboration' && a.project !== 'FORUM-A' && a.project !== 'FORUM-B',
      )
      .map((e) => {
        const a = graph.getEdgeAttributes(e);
        return [graph.source(e), graph.target(e), a.type, a.year, a.weight, a.project ?? null];
      });
    expect(ties).toEqual([
      ['P-001', 'P-002', 'joint_research', 2005, 2, 'PJ-1'],
      ['P-001', 'P-003', 'patent', 2006, 1, 'PJ-1'],
      ['P-002', 'O-FD', 'forum', 2007, 1.5, null],
      ['P-002', 'P-004', 'contract', 2008, 1, null],
      ['P-001', 'P-002', 'publication', null, 1, null],
      ['O-KU', 'O-SH', 'joint_research', 2005, 3, 'PJ-2'],
      ['P-004', 'P-006', '', null, 1, null],
    ]);
    const first = graph
      .edges('P-001', 'P-002')
      .map((e) => graph.getEdgeAttributes(e))
      .find((a) => a.type === 'joint_research');
    expect(first?.attributes.note).toBe('multi\r\nline note');
  });

  it('projects memberships onto ties per project and year', () => {
    const projected = graph
      .filterEdges((_, a) => a.project === 'FORUM-A' || a.project === 'FORUM-B')
      .map((e) => {
        const a = graph.getEdgeAttributes(e);
        return [
          [graph.source(e), graph.target(e)].sort().join('–'),
          a.project,
          a.year,
          a.type,
          a.weight,
        ];
      })
      .sort();
    expect(projected).toEqual([
      ['O-HQ–P-001', 'FORUM-A', 2005, 'forum', 1],
      ['O-HQ–P-002', 'FORUM-A', 2005, 'forum', 1],
      ['P-001–P-002', 'FORUM-A', 2005, 'forum', 1],
      ['P-004–P-006', 'FORUM-B', null, 'project', 1],
    ]);
  });

  it('holds 12 nodes and 4 affiliation + 7 collaboration + 4 projected edges', () => {
    expect(graph.order).toBe(12);
    expect(graph.size).toBe(15);
    expect(graph.type).toBe('undirected');
    expect(graph.multi).toBe(true);
  });
});

describe('cluster dataset edge cases', () => {
  it('takes the region as the dataset name when files have no folder', async () => {
    const dataset = expectDataset(
      await importFiles([
        textFile(
          'organizations.csv',
          'id,name,sector,region\nA,Alpha,academia,Tokai\nB,Beta,industry,Tokai\nC,Gamma,industry,Kinki\n',
        ),
      ]),
    );
    expect(dataset.name).toBe('Tokai');
    expect(dataset.graph.order).toBe(3);
  });

  it('prefers the datasetName option', async () => {
    const dataset = expectDataset(
      await importFiles([textFile('x/organizations.csv', 'id,name,sector\nA,Alpha,academia\n')], {
        datasetName: 'Kansai Science City 関西',
      }),
    );
    expect(dataset.name).toBe('Kansai Science City 関西');
    expect(dataset.id).toBe('kansai-science-city-関西');
  });

  it('treats __proto__, constructor and toString as ordinary ids and column names', async () => {
    const dataset = expectDataset(
      await importFiles([
        textFile(
          'organizations.csv',
          'id,name,sector,__proto__,constructor\n__proto__,Proto Org,academia,p,c\nconstructor,Ctor Org,industry,,\n',
        ),
        textFile(
          'people.csv',
          'id,name,organization\ntoString,To String,__proto__\nhasOwnProperty,Has Own,constructor\n',
        ),
        textFile(
          'collaborations.csv',
          'source,target\ntoString,hasOwnProperty\n__proto__,constructor\ntoString,valueOf\n',
        ),
      ]),
    );
    const { graph, report } = dataset;
    expect(graph.nodes().sort()).toEqual([
      '__proto__',
      'constructor',
      'hasOwnProperty',
      'toString',
    ]);
    const proto = graph.getNodeAttributes('__proto__');
    expect(Object.keys(proto.attributes)).toEqual(['__proto__', 'constructor']);
    expect(proto.attributes['__proto__']).toBe('p');
    expect(Object.getPrototypeOf(proto.attributes)).toBe(null);
    expect(graph.getNodeAttributes('toString')).toMatchObject({
      organization: '__proto__',
      sector: 'academia',
    });
    expect(graph.getNodeAttributes('hasOwnProperty')).toMatchObject({
      organization: 'constructor',
      sector: 'industry',
    });
    // 2 affiliations + 2 collaborations; "valueOf" is not an id, whatever Object.prototype says.
    expect(graph.size).toBe(4);
    expect(report.problems.map((p) => p.reason)).toEqual([
      'target "valueOf" is not a known person or organization',
    ]);
  });

  it('reads memberships with no year into one group per project, and a lone row gives no tie', async () => {
    const dataset = expectDataset(
      await importFiles([
        textFile(
          'organizations.csv',
          'id,name,sector\nA,Alpha,academia\nB,Beta,industry\nC,Gamma,government\nD,Delta,intermediary\n',
        ),
        textFile('memberships.csv', 'project,member\nP1,A\nP1,B\nP1,C\nP1,D\nP2,A\n'),
      ]),
    );
    expect(dataset.graph.size).toBe(6); // 4 members → C(4,2)
    expect(dataset.report.problems).toMatchObject([
      {
        file: 'memberships.csv',
        row: 6,
        severity: 'warning',
        reason: 'project "P2" has only one member, so it gives no tie',
      },
    ]);
  });

  it('warns when membership rows of one group disagree on the type, or give no year', async () => {
    const dataset = expectDataset(
      await importFiles([
        textFile(
          'organizations.csv',
          'id,name,sector\nA,Alpha,academia\nB,Beta,industry\nC,Gamma,government\n',
        ),
        textFile(
          'memberships.csv',
          'project,member,year,type\nP1,A,2005,forum\nP1,B,2005,seminar\nP1,C,someday,forum\nP1,A,,\n',
        ),
      ]),
    );
    expect(dataset.report.problems.map((p) => [p.row, p.severity, p.reason])).toEqual([
      [
        3,
        'warning',
        'type "seminar" differs from "forum" given earlier for this project; "forum" is used',
      ],
      [
        4,
        'warning',
        'year "someday" is not a fiscal year (write 2005, FY2005, 2005年度 or 平成17年度); the tie is kept without a year',
      ],
    ]);
    // (P1, 2005): A–B forum; (P1, no year): C and A → C–A, type of that group's first typed row.
    const ties = dataset.graph.mapEdges((_, a, s, t) => [s, t, a.year, a.type]);
    expect(ties).toEqual([
      ['A', 'B', 2005, 'forum'],
      ['C', 'A', null, 'forum'],
    ]);
  });
});
