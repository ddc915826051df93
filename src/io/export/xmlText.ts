/**
 * Escaping for the XML writers. Characters XML 1.0 does not allow (C0 controls other
 * than tab, LF, CR; lone surrogates; U+FFFE/U+FFFF) become U+FFFD; in attribute values,
 * tab, LF and CR are written as character references so they survive attribute-value
 * normalisation, and in text CR is, so it survives end-of-line normalisation.
 */
/* eslint-disable no-control-regex -- removing the characters XML forbids is the point */
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */
const TEXT_SPECIAL = /[&<>\r]/g;
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r]/g;
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

export function escapeText(value: string): string {
  return value.replace(INVALID_XML, '\uFFFD').replace(TEXT_SPECIAL, (c) => ENTITY[c]);
}

export function escapeAttribute(value: string): string {
  return value.replace(INVALID_XML, '\uFFFD').replace(ATTRIBUTE_SPECIAL, (c) => ENTITY[c]);
}
