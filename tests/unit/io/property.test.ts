/**
 * Property-based: whatever the bytes, every importer path (cluster, generic, GEXF,
 * GraphML) returns an outcome and never throws; a dataset always comes with a report in
 * which rowsRead = rowsImported + rowsSkipped and each skipped row has one error; a
 * failure always carries a fatal problem and loads no rows. Seeded, so failures replay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/index.ts';
import type { ImportOutcome, InputFile } from '../../../src/io/index.ts';
import { expectReportInvariant } from './helpers.ts';

const FILE_SETS: string[][] = [
  ['organizations.csv'],
  ['organizations.csv', 'people.csv', 'collaborations.csv', 'memberships.csv'],
  ['nodes.csv'],
  ['edges.csv'],
  ['nodes.csv', 'edges.csv'],
  ['graph.gexf'],
  ['graph.graphml'],
];

function checkOutcome(outcome: ImportOutcome): void {
  if (outcome.ok) {
    expectReportInvariant(outcome.dataset.report);
    expect(outcome.dataset.graph.order).toBeGreaterThanOrEqual(0);
    let selfLoops = 0;
    outcome.dataset.graph.forEachEdge((_, a, s, t) => {
      if (s === t) selfLoops++;
      expect(a.weight).toBeGreaterThan(0);
    });
    expect(selfLoops).toBe(0);
  } else {
    expect(outcome.error.length).toBeGreaterThan(0);
    expect(outcome.report.problems.some((p) => p.severity === 'fatal')).toBe(true);
    expect(outcome.report.files).toEqual([]);
  }
}

const encoder = new TextEncoder();

// Cells that stress the parser and the row rules.
const cell = fc.oneof(
  fc.constantFrom(
    '',
    'A',
    'B',
    'C',
    '__proto__',
    'constructor',
    'toString',
    '"',
    '""',
    'a,b',
    'x\ny',
    '\r\n',
    ';',
    '\t',
    ' ',
    'FY2005',
    '2005年度',
    '平成17年度',
    '大学',
    'company',
    '公設試',
    'HQ',
    'bank',
    '-1',
    '0',
    '1.5',
    'abc',
    '=1+1',
  ),
  fc.string({ maxLength: 6 }),
);
const HEADERS = [
  'id',
  'name',
  'sector',
  'organization',
  'role',
  'source',
  'target',
  'weight',
  'year',
  'type',
  'project',
  'member',
  'label',
  'Id',
  'Source',
  'from',
  'to',
  '__proto__',
  '名称',
  '年度',
];
const csvText = fc
  .tuple(
    fc.constantFrom(',', ';', '\t'),
    fc.constantFrom('\n', '\r\n'),
    fc.uniqueArray(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 7 }),
    fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
    fc.boolean(),
  )
  .map(([delimiter, eol, header, rows, quoteAll]) => {
    const field = (value: string) =>
      quoteAll || /[",;\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    return [header, ...rows].map((row) => row.map(field).join(delimiter)).join(eol) + eol;
  });

const XML_PARTS = [
  '<?xml version="1.0"?>',
  '<gexf version="1.3">',
  '</gexf>',
  '<graphml>',
  '</graphml>',
  '<graph defaultedgetype="directed">',
  '<graph edgedefault="undirected">',
  '</graph>',
  '<nodes>',
  '</nodes>',
  '<edges>',
  '</edges>',
  '<node id="a"/>',
  '<node id="b" label="B"/>',
  '<node id="__proto__"/>',
  '<node/>',
  '<edge source="a" target="b"/>',
  '<edge source="a" target="a"/>',
  '<edge source="b" target="c" weight="x"/>',
  '<edge source="a" target="b" weight="-1"/>',
  '<edge id="e" source="__proto__" target="a"/>',
  '<key id="d0" for="node" attr.name="label"/>',
  '<data key="d0">L</data>',
  '<data key="zz">?</data>',
  '<attvalues><attvalue for="0" value="v"/></attvalues>',
  '<!-- c -->',
  '&amp;',
  '&bad;',
  '<',
  '>',
];
const xmlText = fc
  .array(fc.constantFrom(...XML_PARTS), { maxLength: 25 })
  .map((parts) => parts.join('\n'));

/** Well-formed random graphs, so the XML paths are also exercised past the parser. */
const wellFormedXml = fc
  .tuple(
    fc.boolean(),
    fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', '__proto__', 'toString'), { maxLength: 6 }),
    fc.array(
      fc.tuple(
        fc.constantFrom('a', 'b', 'c', 'd', 'e', '__proto__', 'toString', ''),
        fc.constantFrom('a', 'b', 'c', 'x', 'toString'),
        fc.constantFrom('', '1', '2.5', '0', 'w'),
      ),
      { maxLength: 10 },
    ),
  )
  .map(([isGexf, nodes, edges]) => {
    const weight = (w: string) =>
      w === '' ? '' : isGexf ? ` weight="${w}"` : `<data key="w">${w}</data>`;
    if (isGexf) {
      return {
        name: 'graph.gexf',
        text: `<gexf><graph><nodes>${nodes.map((n) => `<node id="${n}"/>`).join('')}</nodes><edges>${edges.map(([s, t, w]) => `<edge source="${s}" target="${t}"${weight(w)}/>`).join('')}</edges></graph></gexf>`,
      };
    }
    return {
      name: 'graph.graphml',
      text: `<graphml><key id="w" for="edge" attr.name="weight"/><graph>${nodes.map((n) => `<node id="${n}"/>`).join('')}${edges.map(([s, t, w]) => `<edge source="${s}" target="${t}">${weight(w)}</edge>`).join('')}</graph></graphml>`,
    };
  });

const RUNS = { numRuns: 150, seed: 20260127 };

describe('every importer path, on arbitrary input', () => {
  it('never throws on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FILE_SETS),
        fc.array(fc.uint8Array({ maxLength: 300 }), { minLength: 4, maxLength: 4 }),
        async (names, contents) => {
          const files: InputFile[] = names.map((name, i) => ({ name, bytes: contents[i] }));
          checkOutcome(await importFiles(files));
        },
      ),
      RUNS,
    );
  });

  it('never throws on CSV-like text, and keeps the report invariant', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FILE_SETS.slice(0, 5)),
        fc.array(csvText, { minLength: 4, maxLength: 4 }),
        async (names, texts) => {
          const files: InputFile[] = names.map((name, i) => ({
            name,
            bytes: encoder.encode(texts[i]),
          }));
          checkOutcome(await importFiles(files));
        },
      ),
      RUNS,
    );
  });

  it('imports one edge per imported row of an edges-only file', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, async (text) => {
        const outcome = await importFiles([{ name: 'edges.csv', bytes: encoder.encode(text) }]);
        checkOutcome(outcome);
        if (outcome.ok)
          expect(outcome.dataset.graph.size).toBe(outcome.dataset.report.files[0].rowsImported);
      }),
      RUNS,
    );
  });

  it('never throws on XML-like text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('graph.gexf', 'graph.graphml'),
        xmlText,
        async (name, text) => {
          checkOutcome(await importFiles([{ name, bytes: encoder.encode(text) }]));
        },
      ),
      RUNS,
    );
  });

  it('reads well-formed random graphs: every element counted, one edge per imported edge element', async () => {
    await fc.assert(
      fc.asyncProperty(wellFormedXml, async ({ name, text }) => {
        const outcome = await importFiles([{ name, bytes: encoder.encode(text) }]);
        checkOutcome(outcome);
        if (!outcome.ok) throw new Error(outcome.error);
        const elements = (text.match(/<(node|edge)[ />]/g) ?? []).length;
        const [file] = outcome.dataset.report.files;
        expect(file.rowsRead).toBe(elements);
        const edgeErrors = outcome.dataset.report.problems.filter(
          (p) => p.severity === 'error',
        ).length;
        const edgeElements = (text.match(/<edge[ />]/g) ?? []).length;
        expect(outcome.dataset.graph.size).toBe(edgeElements - edgeErrors);
      }),
      RUNS,
    );
  });
});
