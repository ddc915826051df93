/**
 * Bytes → text for every importer, so that what a spreadsheet saved comes through intact.
 *
 * Order of the checks (first match wins):
 *  1. empty file (0 bytes, or only whitespace once decoded) → fatal;
 *  2. UTF-16 byte-order mark (Excel's "Unicode text" export) → decoded as UTF-16;
 *  3. a NUL byte anywhere → binary content, fatal;
 *  4. strict UTF-8 (a UTF-8 BOM is dropped) → text;
 *  5. strict Shift_JIS (`new TextDecoder('shift_jis', { fatal: true })`, as saved by
 *     Japanese Excel) → text;
 *  6. otherwise → not valid text, fatal.
 * Decoded text with C0 control characters other than tab, LF, CR and form feed is
 * treated as binary too (Shift_JIS accepts almost any byte soup, the control
 * characters give binary files away).
 */

import { because, type Reason } from './reasons.ts';

export type TextEncodingName = 'utf-8' | 'shift_jis' | 'utf-16le' | 'utf-16be';

export type DecodedText =
  { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: Reason };

const ONLY_WHITESPACE = /^[\s\uFEFF]*$/;

function strictDecode(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Index of the first C0 control character other than tab, LF, FF, CR (or DEL), or -1. */
function firstControlCharacter(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) return i;
  }
  return -1;
}

function checked(text: string, encoding: TextEncodingName): DecodedText {
  if (ONLY_WHITESPACE.test(text)) return { ok: false, reason: because('fileEmpty') };
  const control = firstControlCharacter(text);
  if (control >= 0) {
    const code = text.charCodeAt(control).toString(16).padStart(4, '0').toUpperCase();
    return {
      ok: false,
      reason: because('binaryControl', { code, at: control }),
    };
  }
  return { ok: true, text, encoding };
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: because('fileEmpty') };
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = strictDecode(encoding, bytes);
    if (text === null)
      return {
        ok: false,
        reason: because('badUnicodeMark', { encoding: encoding.toUpperCase() }),
      };
    return checked(text, encoding);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    return {
      ok: false,
      reason: because('binaryNul', { at: nul }),
    };
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return checked(utf8, 'utf-8');
  const sjis = strictDecode('shift_jis', bytes);
  if (sjis !== null) return checked(sjis, 'shift_jis');
  return {
    ok: false,
    reason: because('notUtf8OrShiftJis'),
  };
}
