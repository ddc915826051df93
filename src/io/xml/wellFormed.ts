/**
 * Tag balance, the one well-formedness rule xmldom does not enforce (it closes a
 * mismatched element silently). Scans the text once: comments, CDATA, processing
 * instructions and the DOCTYPE are skipped, quoted attribute values may hold `>`.
 * Returns a message naming the line, or null when every element is closed in order.
 * Run before xmldom so that a cut-off file gets a plain message ("never closed").
 */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const NAME_END = /[\s/>]/;

export function checkTagBalance(text: string): string | null {
  const open: { name: string; at: number }[] = [];
  let i = text.indexOf('<');
  while (i !== -1) {
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end === -1) return `comment opened on line ${lineAt(text, i)} is never closed`;
      i = text.indexOf('<', end + 3);
      continue;
    }
    if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i + 9);
      if (end === -1) return `CDATA section opened on line ${lineAt(text, i)} is never closed`;
      i = text.indexOf('<', end + 3);
      continue;
    }
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end === -1) return `processing instruction on line ${lineAt(text, i)} is never closed`;
      i = text.indexOf('<', end + 2);
      continue;
    }
    if (text.startsWith('<!', i)) {
      const bracket = text.indexOf('[', i);
      const close = text.indexOf('>', i);
      const end = bracket !== -1 && bracket < close ? text.indexOf(']>', bracket) : close;
      if (end === -1) return `declaration on line ${lineAt(text, i)} is never closed`;
      i = text.indexOf('<', end + 1);
      continue;
    }
    // An element tag: find its end, skipping quoted attribute values.
    let j = i + 1;
    let quote = '';
    for (; j < text.length; j++) {
      const c = text[j];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    if (j >= text.length)
      return `the tag on line ${lineAt(text, i)} is never finished (is the file cut off?)`;
    const closing = text[i + 1] === '/';
    const start = closing ? i + 2 : i + 1;
    const rest = text.slice(start, Math.min(j + 1, start + 200));
    const nameEnd = rest.search(NAME_END);
    const name = nameEnd === -1 ? rest : rest.slice(0, nameEnd);
    if (closing) {
      const top = open.pop();
      if (top === undefined)
        return `end tag </${name}> on line ${lineAt(text, i)} closes no open element`;
      if (top.name !== name)
        return `end tag </${name}> on line ${lineAt(text, i)} does not match <${top.name}> opened on line ${lineAt(text, top.at)}`;
    } else if (text[j - 1] !== '/') {
      open.push({ name, at: i });
    }
    i = text.indexOf('<', j + 1);
  }
  const unclosed = open.pop();
  if (unclosed)
    return `<${unclosed.name}> opened on line ${lineAt(text, unclosed.at)} is never closed (is the file cut off?)`;
  return null;
}
