/** Which file set was picked, and the fatal outcomes that load nothing. */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/index.ts';
import { isWorkbook, sniffTextKind } from '../../../src/io/detect.ts';
import { expectDataset, expectFatal, textFile } from './helpers.ts';

const ORGS = 'id,name,sector\nA,Alpha,academia\nB,Beta,industry\n';

describe('file set detection', () => {
  it.each([
    [
      ['people.csv', 'collaborations.csv'],
      /people\.csv, collaborations\.csv need organizations\.csv/,
    ],
    [['organizations.csv', 'edges.csv'], /mix several datasets/],
    [['a.gexf', 'b.graphml'], /mix several datasets/],
    [['organizations.csv', 'b.graphml'], /mix several datasets/],
    [
      ['a/organizations.csv', 'b/organizations.csv'],
      /two files named organizations\.csv were picked/,
    ],
  ])('is fatal for %j', async (names, message) => {
    const outcome = expectFatal(await importFiles(names.map((n) => textFile(n, ORGS))));
    expect(outcome.error).toMatch(message);
    expect(outcome.report.files).toEqual([]);
  });

  it('is fatal for no files', async () => {
    expect(expectFatal(await importFiles([])).error).toMatch(
      /^no files were picked; expected tables \(organizations\.csv .* or one graph file \(\.gexf, \.graphml, Pajek \.net, \.gml, UCINET \.dl, or an edge list\)$/,
    );
  });

  it('ignores stray files next to a recognised set, with a warning, even ones that are not tables', async () => {
    const dataset = expectDataset(
      await importFiles([
        textFile('Organizations.CSV', ORGS),
        textFile('README.txt', 'notes'),
        textFile('partners.csv', 'a,b\nx,y\n'),
      ]),
    );
    expect(dataset.format).toBe('cluster');
    expect(dataset.report.problems).toMatchObject([
      {
        file: 'README.txt',
        row: null,
        severity: 'warning',
        reason: 'not part of the recognised file set; ignored',
      },
      {
        file: 'partners.csv',
        row: null,
        severity: 'warning',
        reason: 'not part of the recognised file set; ignored',
      },
    ]);
  });
});

describe('tables of any name', () => {
  const PARTNERS = 'Org,Partner,Year\nS-1,S-2,FY2008\nS-2,S-3,2008\n';

  it('the app is asked what a table of an unknown name is, with its first rows and a suggestion', async () => {
    const outcome = await importFiles([textFile('Sapporo_partners_FY2008.csv', PARTNERS)], {
      askForRoles: true,
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.needsMapping).toEqual([
      {
        key: 'Sapporo_partners_FY2008.csv',
        file: 'Sapporo_partners_FY2008.csv',
        header: ['Org', 'Partner', 'Year'],
        rows: [
          ['S-1', 'S-2', 'FY2008'],
          ['S-2', 'S-3', '2008'],
        ],
        rowCount: 2,
        suggestion: { role: 'edges', columns: { source: 'Org', target: 'Partner' } },
        complete: false,
      },
    ]);
    expect(outcome.report.problems.filter((p) => p.severity === 'fatal')).toEqual([]);
  });

  it('a headers-fitting suggestion is complete, and a remembered mapping for the same headers wins', async () => {
    const remembered = new Map([
      [
        'org\u001fpartner\u001fyear',
        { role: 'collaborations' as const, columns: { source: 'Org' } },
      ],
    ]);
    const asked = await importFiles(
      [textFile('x.csv', 'source,target\na,b\n'), textFile('y.csv', PARTNERS)],
      {
        askForRoles: true,
        remembered,
      },
    );
    if (asked.ok) throw new Error('expected to be asked');
    expect(asked.needsMapping?.map((p) => [p.key, p.suggestion, p.complete])).toEqual([
      ['x.csv', { role: 'edges' }, true],
      ['y.csv', { role: 'collaborations', columns: { source: 'Org' } }, true],
    ]);
  });

  it('imports with the mapping the user gave, file and row numbers as in the file', async () => {
    const mappings = new Map([
      [
        'Sapporo_partners_FY2008.csv',
        { role: 'edges' as const, columns: { source: 'Org', target: 'Partner' } },
      ],
    ]);
    const dataset = expectDataset(
      await importFiles([textFile('Sapporo_partners_FY2008.csv', PARTNERS + 'S-4,S-4,2009\n')], {
        askForRoles: true,
        mappings,
      }),
    );
    expect(dataset.format).toBe('generic');
    expect(dataset.graph.order).toBe(3);
    expect(dataset.graph.mapEdges((_e, a) => a.year)).toEqual([2008, 2008]);
    expect(dataset.report.files).toEqual([
      { file: 'Sapporo_partners_FY2008.csv', rowsRead: 3, rowsImported: 2, rowsSkipped: 1 },
    ]);
    expect(dataset.report.problems).toMatchObject([
      { file: 'Sapporo_partners_FY2008.csv', row: 4, severity: 'error' },
    ]);
  });

  it('a mapping that names a column the table lacks is fatal, naming the file and the columns found', async () => {
    const mappings = new Map([
      ['t.csv', { role: 'edges' as const, columns: { source: 'Org', target: 'Partnr' } }],
    ]);
    const outcome = expectFatal(await importFiles([textFile('t.csv', PARTNERS)], { mappings }));
    expect(outcome.error).toBe(
      't.csv: the mapping takes column "Partnr" as "target", but the table has no such column (columns found: Org, Partner, Year)',
    );
  });

  it('a mapping can say a table has no header row', async () => {
    const mappings = new Map([
      [
        't.csv',
        {
          role: 'edges' as const,
          columns: { source: 'column 1', target: 'column 2' },
          header: false,
        },
      ],
    ]);
    const dataset = expectDataset(
      await importFiles([textFile('t.csv', 'x,y\ny,z\n')], { mappings }),
    );
    expect(dataset.graph.size).toBe(2);
    expect(dataset.report.files[0]).toMatchObject({ rowsRead: 2, rowsImported: 2 });
  });

  it('without anyone to ask, a lone table is read by its column names when they fit, with a warning', async () => {
    const dataset = expectDataset(
      await importFiles([textFile('ties.csv', 'source,target\na,b\n')]),
    );
    expect(dataset.format).toBe('generic');
    expect(dataset.report.problems).toMatchObject([
      {
        file: 'ties.csv',
        row: null,
        severity: 'warning',
        reason: 'read as edges, as its column names say',
      },
    ]);
  });

  it('without anyone to ask, a table whose columns fit no role is fatal, saying how to name it', async () => {
    const outcome = expectFatal(
      await importFiles([textFile('Sapporo_partners_FY2008.csv', PARTNERS)]),
    );
    expect(outcome.error).toMatch(
      /^Sapporo_partners_FY2008\.csv: the name does not say what this table is \(columns: Org, Partner, Year\); .*--edges.*--map source=Org,target=Partner/,
    );
  });

  it('two tables given one role are fatal', async () => {
    const mappings = new Map([
      ['a.csv', { role: 'edges' as const }],
      ['b.csv', { role: 'edges' as const }],
    ]);
    const outcome = expectFatal(
      await importFiles(
        [textFile('a.csv', 'source,target\na,b\n'), textFile('b.csv', 'source,target\nc,d\n')],
        {
          mappings,
        },
      ),
    );
    expect(outcome.error).toBe(
      'b.csv: two tables were given as edges (a.csv, b.csv); give one table per role',
    );
  });
});

describe('what a file is, by what it holds', () => {
  it.each([
    ['USAir97.net', '*Vertices 3\n1 "a"\n', 'pajek'],
    ['graph.txt', '% comment\n*vertices 2\n', 'pajek'],
    ['graph.dat', 'DL N=34 NM=2\nFORMAT = FULLMATRIX\n', 'dl'],
    ['x.txt', 'dl n = 3\ndata:\n', 'dl'],
    ['netscience.gml', 'anything', 'gml'],
    ['n.txt', 'Creator "Mark Newman on Sat Jul 22 05:32:16 2006"\ngraph\n[\n  directed 0\n', 'gml'],
    ['n.txt', '# exported\nCreator Gephi\ngraph [ node [ id 1 ] ]', 'gml'],
    ['g.xml', '<?xml version="1.0"?>\n<!-- x -->\n<gexf xmlns="http://gexf.net/1.3">', 'gexf'],
    ['g.xml', '<?xml version="1.0"?><graphml>', 'graphml'],
    [
      'CA-GrQc.txt',
      '# Directed graph (each unordered pair of nodes is saved once)\r\n3466\t937\r\n',
      'edgelist',
    ],
    ['ties.csv', '1,2\n2,3\n', 'edgelist'],
    ['ties.tsv', '1\t2\t0.5\n', 'edgelist'],
    ['a.edges', 'alice bob\n', 'edgelist'],
    ['ties.csv', 'source,target\n1,2\n', 'table'],
    ['ties.csv', 'graph,node\nx,y\n', 'table'],
    ['ties.csv', 'id name\n', 'table'],
    ['empty.csv', '', 'table'],
  ])('%s holding %j is %s', (name, text, kind) => {
    expect(sniffTextKind(name, text)).toBe(kind);
  });

  it('finds workbooks by name or by their first bytes', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0]);
    expect(isWorkbook('book.xlsx', new Uint8Array([1, 2]))).toBe(true);
    expect(isWorkbook('BOOK.XLS', new Uint8Array([1, 2]))).toBe(true);
    expect(isWorkbook('renamed.csv', zip)).toBe(true);
    expect(isWorkbook('old.dat', ole)).toBe(true);
    expect(isWorkbook('ties.csv', new TextEncoder().encode('PK,x\n'))).toBe(false);
  });

  it('sniffs a 5 MB line of key-value-like words (no backtracking blow-up: the test would time out)', () => {
    expect(sniffTextKind('x.txt', 'key value '.repeat(500_000))).toBe('table');
  });
});

describe('fatal problems', () => {
  it('names a missing required column and lists the headers found', async () => {
    const outcome = expectFatal(
      await importFiles([textFile('organizations.csv', 'id,name,type\nA,Alpha,university\n')]),
    );
    expect(outcome.error).toBe(
      'organizations.csv: required column "sector" is missing (columns found: id, name, type); add it or rename a column to one of: sector, category, セクター, 区分, 分類, 産学官',
    );
  });

  it('loads nothing when any file of the set is fatal', async () => {
    const outcome = expectFatal(
      await importFiles([
        textFile('organizations.csv', ORGS),
        textFile('collaborations.csv', 'source,target\n'),
      ]),
    );
    expect(outcome.error).toBe(
      'collaborations.csv: no data rows: the file has a header (source, target) but no rows below it',
    );
    expect(outcome.report.files).toEqual([]);
  });

  it.each([
    ['empty', '', 'organizations.csv: the file is empty'],
    [
      'header only',
      'id,name,sector',
      'organizations.csv: no data rows: the file has a header (id, name, sector) but no rows below it',
    ],
  ])('is fatal for an %s file', async (_, text, message) => {
    expect(expectFatal(await importFiles([textFile('organizations.csv', text)])).error).toBe(
      message,
    );
  });
});
