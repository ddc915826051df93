/**
 * Which values of a node or an edge the GEXF/GraphML writers write, as text columns.
 *
 * Works for the dataset multigraph (NodeAttributes/EdgeAttributes) and the simple graph
 * (SimpleNodeAttributes/SimpleEdgeAttributes, metric values added by later steps):
 *  - nodes: `label` and `x`/`y` are written natively (GEXF label and viz:position,
 *    GraphML data `label`, `x`, `y`); `kind` only when person/organization and `sector`
 *    only when known (the importers' defaults otherwise); every other top-level string,
 *    number or boolean; arrays joined with `;`;
 *  - edges: `weight` natively; `kind`, `type` (when not empty), `year` (when not null),
 *    `project` and the rest as for nodes;
 *  - then every key of `attributes`; a key equal to a top-level column (or to a column the
 *    format uses natively) is written as `<key> (attribute)` so neither value is lost.
 * The importers read these columns back into the same fields (src/io/xml/fields.ts).
 */
type Row = Record<string, unknown>;

const NODE_NATIVE = new Set(['label', 'x', 'y', 'attributes']);
const EDGE_NATIVE = new Set(['weight', 'attributes']);
const NONE: ReadonlySet<string> = new Set();

function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => String(v)).join(';');
  return null;
}

function skipDefault(scope: 'node' | 'edge', key: string, value: unknown): boolean {
  if (scope === 'node') {
    if (key === 'kind') return value !== 'person' && value !== 'organization';
    if (key === 'sector') return value === 'unknown';
  } else {
    if (key === 'type') return value === '';
    if (key === 'year') return value === null;
  }
  return false;
}

/**
 * Columns of one node or edge: [name, text] pairs, in a stable order. `clashing` names
 * the columns the format itself uses for native fields (GraphML's data `label`, `x`, `y`,
 * `weight`); an `attributes` key equal to one of them is renamed too.
 */
export function columnsOf(
  scope: 'node' | 'edge',
  attributes: Row,
  clashing: ReadonlySet<string> = NONE,
): [string, string][] {
  const native = scope === 'node' ? NODE_NATIVE : EDGE_NATIVE;
  const out: [string, string][] = [];
  const topLevel = new Set<string>();
  for (const key of Object.keys(attributes)) {
    if (native.has(key)) continue;
    const value = attributes[key];
    if (skipDefault(scope, key, value)) continue;
    const text = cellText(value);
    if (text === null) continue;
    out.push([key, text]);
    topLevel.add(key);
  }
  const nested = attributes.attributes;
  if (nested && typeof nested === 'object') {
    for (const key of Object.keys(nested)) {
      const text = cellText((nested as Row)[key]);
      if (text === null) continue;
      out.push([topLevel.has(key) || clashing.has(key) ? `${key} (attribute)` : key, text]);
    }
  }
  return out;
}

/** Numeric value of a field, or undefined. */
export function numberField(attributes: Row, key: string): number | undefined {
  const value = attributes[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
