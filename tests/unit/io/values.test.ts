/** Sector synonyms, fiscal-year forms and number cells, as docs/data-format.md lists them. */
import { describe, expect, it } from 'vitest';
import {
  normaliseName,
  parseFiscalYear,
  parseNumber,
  parseSector,
} from '../../../src/io/values.ts';

describe('parseSector', () => {
  it.each([
    ['academia', 'academia'],
    ['University', 'academia'],
    ['COLLEGE', 'academia'],
    ['大学', 'academia'],
    ['学', 'academia'],
    ['industry', 'industry'],
    ['Company', 'industry'],
    ['firm', 'industry'],
    ['企業', 'industry'],
    ['産', 'industry'],
    ['government', 'government'],
    ['Public Research Institute', 'government'],
    ['public_research-institute', 'government'],
    ['prefecture', 'government'],
    ['公設試', 'government'],
    ['自治体', 'government'],
    ['官', 'government'],
    ['intermediary', 'intermediary'],
    ['Headquarters', 'intermediary'],
    ['HQ', 'intermediary'],
    ['ＨＱ', 'intermediary'], // full-width letters
    ['foundation', 'intermediary'],
    ['財団', 'intermediary'],
    ['本部', 'intermediary'],
    ['  academia  ', 'academia'],
  ])('%s → %s', (text, sector) => {
    expect(parseSector(text)).toBe(sector);
  });

  it.each([
    'bank',
    'universities and companies',
    '大学院生',
    '',
    'unknown',
    'constructor',
    '__proto__',
    'toString',
  ])('%j is no sector', (text) => {
    expect(parseSector(text)).toBeNull();
  });
});

describe('parseFiscalYear', () => {
  it.each([
    ['2005', 2005],
    ['FY2005', 2005],
    ['fy 2005', 2005],
    ['2005年度', 2005],
    ['２００５', 2005],
    ['２００５年度', 2005],
    ['ＦＹ２００５', 2005],
    ['平成17年度', 2005], // Heisei 17 = 2005
    ['平成14年度', 2002],
    ['平成元年度', 1989],
    ['令和元年度', 2019],
    ['令和5年', 2023],
    [' 2009 ', 2009],
    // Dates give the Japanese fiscal year (April to March) they fall in.
    ['2005-04-01', 2005],
    ['2006-03-31', 2005],
    ['2005/4/1', 2005],
    ['2005.12.24', 2005],
    ['2005-01-15T09:30:00', 2004],
    ['2005-06-01 00:00', 2005],
    ['2005年4月1日', 2005],
    ['平成17年3月31日', 2004],
    ['令和元年5月1日', 2019],
    ['２００５／４／１', 2005],
  ])('%s → %d', (text, year) => {
    expect(parseFiscalYear(text)).toBe(year);
  });

  it('gives null for an empty cell', () => {
    expect(parseFiscalYear('')).toBeNull();
    expect(parseFiscalYear('  ')).toBeNull();
  });

  it.each(['05', 'FY05', 'sometime', '2005-2006', '20055', '2005-02-30', '2005/13/1', '2005-4/1'])(
    '%s is not a year (NaN)',
    (text) => {
      expect(parseFiscalYear(text)).toBeNaN();
    },
  );
});

describe('parseNumber', () => {
  it.each(['1e400', '-1e400', '１e400', '1,5e999'])(
    '%s overflows a double: not a number (NaN)',
    (text) => {
      expect(parseNumber(text)).toBeNaN();
    },
  );

  it.each([
    ['1', 1],
    ['2.5', 2.5],
    ['.5', 0.5],
    ['-3', -3],
    ['1e3', 1000],
    ['1,5', 1.5],
    ['１０', 10],
    [' 7 ', 7],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['abc', '0x10', 'Infinity', 'NaN', '1,000,000', '1.2.3', '--1'])(
    '%s is not a number (NaN)',
    (text) => {
      expect(parseNumber(text)).toBeNaN();
    },
  );

  it('gives null for an empty cell', () => {
    expect(parseNumber('')).toBeNull();
  });
});

describe('normaliseName', () => {
  it('folds case, width and separators', () => {
    expect(normaliseName(' Source_ID ')).toBe('source id');
    expect(normaliseName('Fiscal-Year')).toBe('fiscal year');
    expect(normaliseName('ＩＤ')).toBe('id');
  });
});
