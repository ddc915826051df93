/**
 * Bytes → text: encodings as spreadsheets save them (UTF-8 with and without BOM,
 * Shift_JIS from Japanese Excel, UTF-16 "Unicode text"), and what is not text.
 * Expected strings come from Python's codecs (the Shift_JIS fixture is written by
 * tests/fixtures/io/make_fixtures.py), not from the decoder under test.
 */
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/io/text.ts';
import { englishReason } from '../../../src/io/reasons.ts';
import { importFiles } from '../../../src/io/index.ts';
import { expectDataset, expectFatal, fixtureFiles } from './helpers.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(decodeText(utf8('id,名称\n'))).toEqual({
      ok: true,
      text: 'id,名称\n',
      encoding: 'utf-8',
    });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('id\n')]))).toEqual({
      ok: true,
      text: 'id\n',
      encoding: 'utf-8',
    });
  });

  it('falls back to Shift_JIS when the bytes are not UTF-8', () => {
    // '北海道大学' in Shift_JIS, as Python's 'shift_jis' codec writes it.
    const bytes = new Uint8Array([0x96, 0x6b, 0x8a, 0x43, 0x93, 0xb9, 0x91, 0xe5, 0x8a, 0x77]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: '北海道大学', encoding: 'shift_jis' });
    // Half-width katakana are single bytes in Shift_JIS: ｺｰﾄﾞ = b3 b0 c4 de.
    expect(decodeText(new Uint8Array([0xba, 0xb0, 0xc4, 0xde]))).toMatchObject({
      ok: true,
      text: 'ｺｰﾄﾞ',
    });
  });

  it('reads UTF-16 with a byte-order mark (Excel "Unicode text")', () => {
    const le = new Uint8Array([
      0xff, 0xfe, 0x69, 0x00, 0x64, 0x00, 0x09, 0x00, 0x0d, 0x54, 0x0a, 0x00,
    ]); // "id\t名\n"
    expect(decodeText(le)).toEqual({ ok: true, text: 'id\t名\n', encoding: 'utf-16le' });
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x69, 0x00, 0x64]);
    expect(decodeText(be)).toEqual({ ok: true, text: 'id', encoding: 'utf-16be' });
  });

  it.each([
    ['no bytes', new Uint8Array(0), 'the file is empty'],
    ['only whitespace', utf8(' \r\n\t\n'), 'the file is empty'],
    [
      'a NUL byte (binary)',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
      'binary content (NUL byte at offset 4); expected a text file',
    ],
    [
      'control characters',
      new Uint8Array([0x47, 0x49, 0x46, 0x01, 0x02]),
      'binary content (control character U+0001 at character 3); expected a text file',
    ],
    [
      'neither UTF-8 nor Shift_JIS',
      new Uint8Array([0x41, 0x80, 0xff, 0xfd]),
      'not valid text: neither UTF-8 nor Shift_JIS; save the file as "CSV UTF-8"',
    ],
  ])('refuses %s', (_, bytes, reason) => {
    const decoded = decodeText(bytes);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(englishReason(decoded.reason)).toBe(reason);
  });
});

describe('Shift_JIS cluster dataset (sapporo-sjis fixture, Japanese headers)', async () => {
  const { graph, report } = expectDataset(await importFiles(fixtureFiles('sapporo-sjis')));

  it('brings Japanese names through intact', () => {
    expect(graph.getNodeAttributes('S-HU')).toMatchObject({
      kind: 'organization',
      label: '北海道大学',
      sector: 'academia',
      type: '国立大学',
    });
    expect(graph.getNodeAttributes('S-CO')).toMatchObject({
      label: '株式会社札幌バイオ',
      sector: 'industry',
    });
    expect(graph.getNodeAttributes('S-PR')).toMatchObject({
      label: '北海道立工業試験場',
      sector: 'government',
    });
    expect(graph.getNodeAttributes('S-NF')).toMatchObject({
      label: 'ノーステック財団',
      sector: 'intermediary',
    });
    expect({ ...graph.getNodeAttributes('S-HU').attributes }).toEqual({ 所在地: '札幌市' });
    expect(graph.getNodeAttributes('SP-3')).toMatchObject({
      kind: 'person',
      label: '鈴木一郎',
      role: 'ｺｰﾃﾞｨﾈｰﾀ',
      sector: 'intermediary',
      organization: 'S-NF',
    });
  });

  it('reads Japanese fiscal-year forms', () => {
    const years = graph
      .filterEdges((_, a) => a.kind === 'collaboration')
      .map((e) => [graph.getEdgeAttribute(e, 'type'), graph.getEdgeAttribute(e, 'year')]);
    expect(years).toEqual([
      ['共同研究', 2004], // 平成16年度
      ['フォーラム', 2005], // ２００５年度
      ['共同研究', 2006], // FY2006
    ]);
  });

  it('imports every row without a problem', () => {
    expect(report.problems).toEqual([]);
    expect(report.files.map((f) => [f.file, f.rowsRead, f.rowsImported])).toEqual([
      ['organizations.csv', 4, 4],
      ['people.csv', 3, 3],
      ['collaborations.csv', 3, 3],
    ]);
  });
});

describe('fatal file problems', () => {
  it('names the file and says why', async () => {
    const outcome = expectFatal(
      await importFiles([{ name: 'data/organizations.csv', bytes: new Uint8Array([1, 2, 0, 4]) }]),
    );
    expect(outcome.error).toBe(
      'organizations.csv: binary content (NUL byte at offset 2); expected a text file',
    );
    expect(outcome.report.problems).toEqual([
      {
        file: 'organizations.csv',
        row: null,
        severity: 'fatal',
        reason: 'binary content (NUL byte at offset 2); expected a text file',
        code: 'binaryNul',
        values: { at: 2 },
      },
    ]);
    expect(outcome.report.files).toEqual([]);
  });
});
