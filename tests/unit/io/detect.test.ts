/** Which file set was picked, and the fatal outcomes that load nothing. */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/index.ts';
import { expectDataset, expectFatal, textFile } from './helpers.ts';

const ORGS = 'id,name,sector\nA,Alpha,academia\nB,Beta,industry\n';

describe('file set detection', () => {
  it.each([
    [
      ['ties.csv'],
      /no recognisable file set in ties\.csv; expected organizations\.csv .*nodes\.csv and\/or edges\.csv, or one \.gexf or \.graphml file/,
    ],
    [
      ['people.csv', 'collaborations.csv'],
      /people\.csv, collaborations\.csv need organizations\.csv/,
    ],
    [['organizations.csv', 'edges.csv'], /mix several datasets/],
    [['a.gexf', 'b.graphml'], /mix several datasets/],
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
      /^no files were picked; expected organizations\.csv/,
    );
  });

  it('ignores stray files next to a recognised set, with a warning', async () => {
    const dataset = expectDataset(
      await importFiles([textFile('Organizations.CSV', ORGS), textFile('README.txt', 'notes')]),
    );
    expect(dataset.format).toBe('cluster');
    expect(dataset.report.problems).toMatchObject([
      {
        file: 'README.txt',
        row: null,
        severity: 'warning',
        reason: 'not part of the recognised file set; ignored',
      },
    ]);
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
