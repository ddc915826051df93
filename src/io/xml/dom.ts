/**
 * XML text → DOM, with @xmldom/xmldom (pure JavaScript, so it also runs in Web Workers,
 * which have no DOMParser). Any message of the parser, warning included, makes the file
 * fatal as malformed XML: the files Gephi, graphology, networkx or yEd write produce none;
 * tag balance, which xmldom does not check, is checked first (wellFormed.ts).
 *
 * Rows of XML files: each <node> and <edge> element counts as one row, and problems give
 * the element's line in the file as their row.
 */
import { DOMParser } from '@xmldom/xmldom';
import { because } from '../reasons.ts';
import { FatalImportError } from '../tally.ts';
import { checkTagBalance } from './wellFormed.ts';

const XMLDOM_MESSAGE = /^\[xmldom [a-zA-Z]+\]\s*/;
const XMLDOM_POSITION = /\s*@#\[line:(\d+),col:(\d+)\]\s*$/;

function cleanMessage(message: string): string {
  const text = String(message).replace(XMLDOM_MESSAGE, '').trim();
  const position = XMLDOM_POSITION.exec(text);
  const body = text.replace(XMLDOM_POSITION, '').replace(/\s+/g, ' ');
  return position ? `${body} (line ${position[1]}, column ${position[2]})` : body;
}

export function parseXml(file: string, text: string, expectedRoot: string): Document {
  const unbalanced = checkTagBalance(text);
  if (unbalanced !== null)
    throw new FatalImportError(file, because('malformedXml', { message: unbalanced }));
  const messages: string[] = [];
  const record = (message: unknown) => void messages.push(String(message));
  let document: Document | null = null;
  try {
    document = new DOMParser({
      locator: {},
      errorHandler: { warning: record, error: record, fatalError: record },
    }).parseFromString(text, 'application/xml');
  } catch (error) {
    messages.push(error instanceof Error ? error.message : String(error));
  }
  if (messages.length > 0)
    throw new FatalImportError(
      file,
      because('malformedXml', { message: cleanMessage(messages[0]) }),
    );
  const root = document?.documentElement;
  if (!document || !root)
    throw new FatalImportError(file, because('noXmlRoot', { root: expectedRoot }));
  if (localName(root) !== expectedRoot) {
    throw new FatalImportError(
      file,
      because('wrongXmlRoot', {
        found: root.tagName,
        root: expectedRoot,
        format: expectedRoot === 'gexf' ? 'GEXF' : 'GraphML',
      }),
    );
  }
  return document;
}

export function localName(element: Element): string {
  return element.localName || element.tagName;
}

/** Line of an element in the file (xmldom's locator), null when unknown. */
export function lineOf(element: Element): number | null {
  const line = (element as unknown as { lineNumber?: number }).lineNumber;
  return typeof line === 'number' ? line : null;
}

/** Child elements with a given local name (namespace prefix ignored). */
export function childElements(parent: Element, name?: string): Element[] {
  const out: Element[] = [];
  const nodes = parent.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.nodeType === 1 && (name === undefined || localName(node as Element) === name))
      out.push(node as Element);
  }
  return out;
}

/** Elements with a given local name anywhere below `root`, in document order. */
export function elementsByName(root: Document | Element, name: string): Element[] {
  const out: Element[] = [];
  const all = root.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) if (localName(all[i]) === name) out.push(all[i]);
  return out;
}

/** Value of an attribute, or null when the element does not have it. */
export function attribute(element: Element, name: string): string | null {
  return element.hasAttribute(name) ? element.getAttribute(name) : null;
}

/** Value of an attribute, '' when absent. */
export function attributeText(element: Element, name: string): string {
  return element.getAttribute(name) ?? '';
}
