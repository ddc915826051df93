/**
 * What each picked file is, found by what it holds as much as by its name, and which
 * files form the dataset.
 *
 * A file is one of:
 *  - a workbook (.xlsx/.xls by name, or a zip / OLE container by its first bytes): its
 *    sheets are tables;
 *  - a graph file, read alone: GEXF or GraphML (by name or root element), Pajek (`.net`,
 *    or a first line `*Vertices`/`*Network`/`*Arcs`/`*Edges`), UCINET DL (`.dl`, or a first
 *    word `DL`), GML (`.gml`, or `graph [` after optional `key value` lines such as
 *    Newman's `Creator "…"`), an edge list (`.edges`/`.el`, or text whose first line is a
 *    `#`/`%` comment or holds only numbers: SNAP's files, headerless lists of ids);
 *  - a table (any other text: CSV, TSV, semicolon-separated), whose role comes from its
 *    name (`organizations.csv`…), its sheet name, or the user (src/io/roles.ts).
 * A graph file goes alone; tables go together. Picking a graph file with tables, or two
 * graph files, is fatal with a message listing what can be picked.
 */
import { because, type Reason } from './reasons.ts';
import { roleOfFileName, type TableRole } from './roles.ts';

export const GRAPH_FILE_KINDS = ['gexf', 'graphml', 'pajek', 'gml', 'dl', 'edgelist'] as const;
export type GraphFileKind = (typeof GRAPH_FILE_KINDS)[number];
export type FileKind = GraphFileKind | 'table' | 'workbook';

export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1];
}

export function folderName(path: string): string | null {
  const parts = path.split(/[\\/]/).filter((p) => p !== '');
  return parts.length >= 2 ? parts[parts.length - 2] : null;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

const WORKBOOK_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xls']);

/** A zip (`PK\x03\x04`, as .xlsx are) or an OLE compound file (`D0 CF 11 E0`, as .xls are). */
export function hasWorkbookMagic(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

/** Whether the file is a workbook: by its name, or by its first bytes whatever its name. */
export function isWorkbook(name: string, bytes: Uint8Array): boolean {
  return WORKBOOK_EXTENSIONS.has(extensionOf(baseName(name))) || hasWorkbookMagic(bytes);
}

/** How much of a text file the sniffing looks at. */
const HEAD_CHARACTERS = 16_384;

/** The first lines of `text` that are neither blank nor, when `comment` matches, comments. */
function firstLines(text: string, count: number, comment?: RegExp): string[] {
  const head = text.slice(0, HEAD_CHARACTERS).replace(/^\uFEFF/, '');
  const out: string[] = [];
  for (const line of head.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || (comment !== undefined && comment.test(trimmed))) continue;
    out.push(trimmed);
    if (out.length === count) break;
  }
  return out;
}

const XML_ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([\w:.-]+)/;
const PAJEK_FIRST_LINE = /^\*(?:vertices|network|arcs|edges|arcslist|edgeslist|matrix)\b/i;
const DL_FIRST_WORD = /^dl(?:\s|$|\W)/i;
const GML_TOKEN = /\s*(?:#[^\n]*|"[^"]*"|\[|\]|[^\s[\]"]+)/y;
const GML_KEY = /^[A-Za-z_]\w*$/;

/**
 * Whether the text opens as GML: `graph [` after any number of `key value` pairs and `#`
 * comments (Newman's `Creator "…"`, Gephi's `Creator Gephi`), scanned token by token.
 */
function opensAsGml(head: string): boolean {
  GML_TOKEN.lastIndex = 0;
  const tokens: string[] = [];
  while (tokens.length < 64) {
    const match = GML_TOKEN.exec(head);
    if (match === null) break;
    const token = match[0].trim();
    if (token === '') break;
    if (!token.startsWith('#')) tokens.push(token);
  }
  for (let i = 0; i + 1 < tokens.length; i += 2) {
    if (!GML_KEY.test(tokens[i])) return false;
    if (tokens[i].toLowerCase() === 'graph' && tokens[i + 1] === '[') return true;
    if (tokens[i + 1] === '[' || tokens[i + 1] === ']') return false;
  }
  return false;
}
const EDGE_LIST_COMMENT = /^[#%]/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The kind of a text file, from its name and its first lines. */
export function sniffTextKind(name: string, text: string): Exclude<FileKind, 'workbook'> {
  const extension = extensionOf(baseName(name));
  if (extension === 'gexf') return 'gexf';
  if (extension === 'graphml') return 'graphml';
  if (extension === 'net' || extension === 'paj') return 'pajek';
  if (extension === 'gml') return 'gml';
  if (extension === 'dl') return 'dl';
  if (extension === 'edges' || extension === 'el') return 'edgelist';

  const head = text.slice(0, HEAD_CHARACTERS).replace(/^\uFEFF/, '');
  const root = XML_ROOT.exec(head)?.[1]?.toLowerCase();
  if (root === 'gexf' || root?.endsWith(':gexf')) return 'gexf';
  if (root === 'graphml' || root?.endsWith(':graphml')) return 'graphml';

  const [first] = firstLines(text, 1, /^%/);
  if (first === undefined) return 'table'; // empty: the table reader says so
  if (PAJEK_FIRST_LINE.test(first)) return 'pajek';
  if (DL_FIRST_WORD.test(first)) return 'dl';
  if (opensAsGml(head)) return 'gml';

  const [raw] = firstLines(text, 1);
  if (raw !== undefined && EDGE_LIST_COMMENT.test(raw)) return 'edgelist';
  // A first line of two or three numbers is a tie, not a header: a headerless edge list.
  const fields = first.split(/[\s,;]+/).filter((f) => f !== '');
  if (fields.length >= 2 && fields.length <= 3 && fields.every((f) => NUMBER.test(f)))
    return 'edgelist';
  return 'table';
}

export interface PickedFile<F> {
  file: F;
  /** Base name, as messages show it. */
  name: string;
  kind: FileKind;
  /** The role its name gives a table (`organizations.csv`), else null. */
  role: TableRole | null;
}

export type FileSet<F> =
  | { kind: 'graph'; format: GraphFileKind; file: PickedFile<F>; ignored: PickedFile<F>[] }
  | { kind: 'tables'; files: PickedFile<F>[] }
  | { kind: 'fatal'; reason: Reason };

/**
 * Which of the classified files form the dataset. A graph file must come alone (files
 * of no use beside it — none is a table with a role — are ignored with a warning); two
 * files named alike for one role (`a/people.csv`, `b/people.csv`) are fatal.
 */
export function chooseFileSet<F>(picked: readonly PickedFile<F>[]): FileSet<F> {
  if (picked.length === 0) return { kind: 'fatal', reason: because('noFilesPicked') };
  const names = picked.map((p) => p.name).join(', ');
  const byRole = new Map<TableRole, PickedFile<F>>();
  for (const p of picked) {
    if (p.role === null) continue;
    const previous = byRole.get(p.role);
    if (previous !== undefined)
      return {
        kind: 'fatal',
        reason: because('sameNameTwice', {
          name: p.name.toLowerCase(),
          first: previous.name,
          second: p.name,
        }),
      };
    byRole.set(p.role, p);
  }
  const graphs = picked.filter((p) => (GRAPH_FILE_KINDS as readonly string[]).includes(p.kind));
  if (graphs.length > 1 || (graphs.length === 1 && byRole.size > 0))
    return { kind: 'fatal', reason: because('mixedDatasets', { names }) };
  if (graphs.length === 1) {
    const [file] = graphs;
    return {
      kind: 'graph',
      format: file.kind as GraphFileKind,
      file,
      ignored: picked.filter((p) => p !== file),
    };
  }
  return { kind: 'tables', files: [...picked] };
}

/** The role a picked file's name gives, for `PickedFile.role`. */
export function roleOfName(name: string): TableRole | null {
  return roleOfFileName(baseName(name));
}
