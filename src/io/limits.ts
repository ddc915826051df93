/**
 * How large a file the importer takes, and why. Every tie becomes an object of the
 * dataset multigraph (graphology), about 1 KB of memory with its attributes once the
 * worker has handed it to the page: 1,000,000 rows of an edge list took 1.2 GB in Node
 * (2026-12-08, this project's machine). So a file is refused before it is parsed when it
 * has more lines than the row limit (counted on the bytes, a newline at a time, stopping
 * as soon as the limit is passed), and unread when it is larger than a JavaScript string
 * can hold. The command line can raise the row limit (--max-rows).
 */
export const DEFAULT_MAX_ROWS = 1_000_000;

/** Bytes of one text file; V8 strings hold at most 2^29 − 24 characters. */
export const MAX_TEXT_BYTES = 500 * 2 ** 20;

/**
 * Whether `bytes` holds more than `limit` lines: LF, CRLF or a lone CR each end a line; a
 * last line without an ending counts. Stops reading once the limit is passed.
 */
export function hasMoreLinesThan(bytes: Uint8Array, limit: number): boolean {
  const n = bytes.length;
  let lines = 0;
  let i = 0;
  // Next LF and CR at or after i, searched again only once passed (a file without CRs
  // is scanned for them once, not once per line).
  let lf = bytes.indexOf(0x0a);
  let cr = bytes.indexOf(0x0d);
  while (i < n) {
    if (lf >= 0 && lf < i) lf = bytes.indexOf(0x0a, i);
    if (cr >= 0 && cr < i) cr = bytes.indexOf(0x0d, i);
    if (lf < 0 && cr < 0) return lines + 1 > limit; // the last line, unterminated
    const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    lines++;
    if (lines > limit) return true;
    i = end === cr && lf === end + 1 ? end + 2 : end + 1;
  }
  return lines > limit;
}
