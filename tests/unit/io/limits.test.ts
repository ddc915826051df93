/** Files too large to hold are refused before they are parsed, with the limit named. */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/index.ts';
import { MAX_TEXT_BYTES, hasMoreLinesThan } from '../../../src/io/limits.ts';
import { expectDataset, expectFatal, textFile } from './helpers.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('hasMoreLinesThan', () => {
  it.each([
    ['', 0, false],
    ['a', 0, true],
    ['a', 1, false],
    ['a\nb', 1, true],
    ['a\nb\n', 2, false],
    ['a\r\nb\r\n', 2, false],
    ['a\r\nb\r\nc', 2, true],
    ['a\rb\rc\r', 2, true],
    ['a\rb\r', 2, false],
    ['a\n\r\nb', 3, false],
  ])('%j has more than %d lines: %s', (text, limit, more) => {
    expect(hasMoreLinesThan(bytes(text), limit)).toBe(more);
  });

  it('stops at the limit on a long file without CRs (no quadratic scan)', () => {
    const big = bytes('x,y\n'.repeat(2_000_000));
    expect(hasMoreLinesThan(big, 1_000_000)).toBe(true);
    expect(hasMoreLinesThan(big, 2_000_000)).toBe(false);
  });
});

describe('import limits', () => {
  it('a file with more rows than the limit is refused before parsing, the header not counted', async () => {
    const text = 'source,target\na,b\nb,c\nc,d\n';
    expectDataset(await importFiles([textFile('edges.csv', text)], { maxRows: 3 }));
    const outcome = expectFatal(await importFiles([textFile('edges.csv', text)], { maxRows: 2 }));
    expect(outcome.error).toBe(
      'edges.csv: the file has more than 2 lines; the workbench reads at most 2 rows of a file, as each tie takes about 1 KB of memory (on the command line, --max-rows raises the limit)',
    );
  });

  it('a text file larger than a string can hold is refused unread', async () => {
    const huge = new Uint8Array(MAX_TEXT_BYTES + 1); // zeros: never decoded
    const outcome = expectFatal(await importFiles([{ name: 'edges.csv', bytes: huge }]));
    expect(outcome.error).toMatch(
      /^edges\.csv: the file is 500 MB; text files above 500 MB cannot be read/,
    );
  });
});
