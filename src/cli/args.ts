/**
 * Argument parsing for `npm run analyze`. Pure: returns a parsed command or a usage
 * error, so it is tested without spawning processes. Exit code 2 is a usage error.
 */
import { parseArgs } from 'node:util';
import { LEVELS, type Level, type TieFilter } from '../model/level.ts';
import { ROLE_COLUMNS, TABLE_ROLES, type TableMapping, type TableRole } from '../io/roles.ts';
import { tableKey } from '../io/tables.ts';
import { DEFAULT_PROJECTION_LIMITS, type ProjectionLimits } from '../io/projection.ts';
import { DEFAULT_MAX_ROWS } from '../io/limits.ts';
import { DEFAULT_METRIC_OPTIONS, type MetricOptions } from '../metrics/types.ts';

export const OUTPUT_FORMATS = ['json', 'csv', 'text'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * One input: a folder or a file (its format found from what it holds), or tables given by
 * role (`--edges FILE`, `--organizations FILE`…) with the columns `--map` names.
 */
export type InputSpec =
  | { kind: 'path'; path: string }
  | {
      kind: 'tables';
      tables: { role: TableRole; path: string }[];
      /** Each table's mapping (its role, the `--map` columns meant for it), by its path. */
      mappings: Map<string, TableMapping>;
    };

/** One `--map` entry: `[role:]column=Header` (role: the table role it applies to, else every table given). */
export interface ColumnMapEntry {
  tableRole?: TableRole;
  column: string;
  header: string;
}

export interface AnalyzeCommand {
  inputs: InputSpec[];
  /** How large a projection of memberships may grow (--max-projected-ties, --large-projects). */
  projection: ProjectionLimits;
  /** Rows (lines) a file may have (--max-rows). */
  maxRows: number;
  level: Level;
  filter: TieFilter;
  format: OutputFormat;
  out?: string;
  metrics: MetricOptions;
  compare: boolean;
}

export type ParseOutcome = { ok: true; command: AnalyzeCommand } | { ok: false; error: string };

export const USAGE = `usage: npm run analyze -- <input> [options]
       npm run analyze -- --edges FILE [--nodes FILE] [--map source=Org,target=Partner] [options]
       npm run analyze -- --organizations FILE [--people FILE] [--collaborations FILE]
                          [--memberships FILE] [--map ...] [options]
       npm run analyze -- --compare <input> <input> ... [options]

<input>  a cluster dataset folder (organizations.csv, people.csv, collaborations.csv,
         memberships.csv), a folder with nodes.csv/edges.csv, an Excel workbook, or one
         graph file: .gexf, .graphml, Pajek .net, .gml, UCINET .dl, an edge list (.txt…)

tables of any name:
  --edges FILE, --nodes FILE         a generic graph's ties and nodes
  --organizations FILE, --people FILE, --collaborations FILE, --memberships FILE
                                     a cluster dataset's tables
  --map [role:]column=Header,...     which header holds a column the aliases do not find
                                     (e.g. source=Org,target=Partner, or
                                     organizations:name=組織名); repeatable
  --max-rows N                       lines a file may have (default 1000000; each tie takes
                                     about 1 KB of memory)
  --max-projected-ties N             ties a projection of memberships may make (default 1000000)
  --large-projects stop|star         above that: stop (default), or draw the largest
                                     projects as a star around a project node

options:
  --level people|organizations|all   level of a cluster dataset (default organizations)
  --years 2004-2007                  fiscal-year range, inclusive (a single year also works)
  --types joint_research,patent      collaboration types to include
  --weighted                         weights for strength-like metrics, 1/weight as distance
  --seed N                           seed for communities and small-world references (default 42)
  --communities leiden|louvain       community detection (default leiden)
  --resolution R                     modularity resolution (default 1)
  --small-world                      compute small-world omega and sigma (slow)
  --compare                          compare several inputs side by side
  --format json|csv|text             output format (default text)
  --out FILE                         write the output to FILE instead of standard output
  -h, --help                         this help`;

export function parseAnalyzeArgs(argv: string[]): ParseOutcome {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        nodes: { type: 'string' },
        edges: { type: 'string' },
        organizations: { type: 'string' },
        people: { type: 'string' },
        collaborations: { type: 'string' },
        memberships: { type: 'string' },
        map: { type: 'string', multiple: true },
        'max-projected-ties': { type: 'string' },
        'max-rows': { type: 'string' },
        'large-projects': { type: 'string' },
        level: { type: 'string' },
        years: { type: 'string' },
        types: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        weighted: { type: 'boolean' },
        seed: { type: 'string' },
        communities: { type: 'string' },
        resolution: { type: 'string' },
        'small-world': { type: 'boolean' },
        compare: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  if (values.help) return { ok: false, error: '' };

  const inputs: InputSpec[] = positionals.map((path) => ({ kind: 'path', path }));
  const tables: { role: TableRole; path: string }[] = [];
  for (const role of TABLE_ROLES) {
    const path = values[role];
    if (path !== undefined) tables.push({ role, path });
  }
  const map = parseColumnMap(values.map ?? []);
  if (typeof map === 'string') return { ok: false, error: map };
  if (map.length > 0 && tables.length === 0)
    return {
      ok: false,
      error: '--map needs tables given by role (--edges FILE, --organizations FILE, …)',
    };
  for (const entry of map) {
    if (entry.tableRole !== undefined && !tables.some((t) => t.role === entry.tableRole))
      return {
        ok: false,
        error: `--map ${entry.tableRole}:${entry.column}=${entry.header}: no --${entry.tableRole} FILE was given`,
      };
  }
  if (tables.length > 0) {
    const mappings = tableMappings(tables, map);
    if (typeof mappings === 'string') return { ok: false, error: mappings };
    inputs.push({ kind: 'tables', tables, mappings });
  }
  const compare = values.compare === true;
  if (inputs.length === 0) return { ok: false, error: 'no input given' };
  if (!compare && inputs.length > 1) {
    return {
      ok: false,
      error: `one input expected, got ${inputs.length} (use --compare for several)`,
    };
  }
  if (compare && inputs.length < 2) {
    return { ok: false, error: '--compare needs at least two inputs' };
  }

  const level = values.level ?? 'organizations';
  if (!(LEVELS as readonly string[]).includes(level)) {
    return { ok: false, error: `--level must be one of ${LEVELS.join(', ')}, got "${level}"` };
  }
  const format = values.format ?? 'text';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    return {
      ok: false,
      error: `--format must be one of ${OUTPUT_FORMATS.join(', ')}, got "${format}"`,
    };
  }

  const filter: TieFilter = {};
  if (values.years !== undefined) {
    const years = parseYearRange(values.years);
    if (!years)
      return {
        ok: false,
        error: `--years must look like 2004-2007 or 2005, got "${values.years}"`,
      };
    filter.years = years;
  }
  if (values.types !== undefined) {
    const types = values.types
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    if (types.length === 0) return { ok: false, error: '--types needs at least one type' };
    filter.types = types;
  }

  let maxRows = DEFAULT_MAX_ROWS;
  if (values['max-rows'] !== undefined) {
    maxRows = Number(values['max-rows']);
    if (!Number.isSafeInteger(maxRows) || maxRows < 1)
      return {
        ok: false,
        error: `--max-rows must be a positive integer, got "${values['max-rows']}"`,
      };
  }
  const projection: ProjectionLimits = { ...DEFAULT_PROJECTION_LIMITS };
  if (values['max-projected-ties'] !== undefined) {
    const limit = Number(values['max-projected-ties']);
    if (!Number.isSafeInteger(limit) || limit < 1)
      return {
        ok: false,
        error: `--max-projected-ties must be a positive integer, got "${values['max-projected-ties']}"`,
      };
    projection.maxProjectedTies = limit;
  }
  if (values['large-projects'] !== undefined) {
    const choice = values['large-projects'];
    if (choice !== 'stop' && choice !== 'star')
      return { ok: false, error: `--large-projects must be stop or star, got "${choice}"` };
    projection.largeGroups = choice;
  }

  const metrics: MetricOptions = { ...DEFAULT_METRIC_OPTIONS };
  metrics.weighted = values.weighted === true;
  metrics.smallWorld = values['small-world'] === true;
  if (values.seed !== undefined) {
    const seed = Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0) {
      return { ok: false, error: `--seed must be a non-negative integer, got "${values.seed}"` };
    }
    metrics.seed = seed;
  }
  if (values.communities !== undefined) {
    if (values.communities !== 'leiden' && values.communities !== 'louvain') {
      return {
        ok: false,
        error: `--communities must be leiden or louvain, got "${values.communities}"`,
      };
    }
    metrics.communities = values.communities;
  }
  if (values.resolution !== undefined) {
    const resolution = Number(values.resolution);
    if (!Number.isFinite(resolution) || resolution <= 0) {
      return {
        ok: false,
        error: `--resolution must be a positive number, got "${values.resolution}"`,
      };
    }
    metrics.resolution = resolution;
  }

  return {
    ok: true,
    command: {
      inputs,
      projection,
      maxRows,
      level: level as Level,
      filter,
      format: format as OutputFormat,
      out: values.out,
      metrics,
      compare,
    },
  };
}

/**
 * `--map source=Org,target=Partner` (repeatable; `organizations:name=組織名` for one table
 * role) → entries; a malformed entry gives the usage error text.
 */
export function parseColumnMap(values: readonly string[]): ColumnMapEntry[] | string {
  const entries: ColumnMapEntry[] = [];
  for (const value of values) {
    for (const part of value.split(',')) {
      const text = part.trim();
      if (text === '') continue;
      const match = /^(?:([a-z]+):)?([a-z_]+)=(.+)$/i.exec(text);
      if (match === null)
        return `--map entries look like column=Header or role:column=Header, got "${text}"`;
      const [, tableRole, column, header] = match;
      if (tableRole !== undefined && !(TABLE_ROLES as readonly string[]).includes(tableRole))
        return `--map: "${tableRole}" is not a table role (${TABLE_ROLES.join(', ')})`;
      const entry: ColumnMapEntry = { column: column.toLowerCase(), header: header.trim() };
      if (tableRole !== undefined) entry.tableRole = tableRole as TableRole;
      entries.push(entry);
    }
  }
  return entries;
}

/**
 * The mapping of each table given by role: its role, and the `--map` columns meant for it
 * (an entry without a role prefix goes to the one table whose role has that column).
 */
export function tableMappings(
  tables: readonly { role: TableRole; path: string }[],
  map: readonly ColumnMapEntry[],
): Map<string, TableMapping> | string {
  const columns = new Map<string, Record<string, string>>(
    tables.map((t) => [t.path, Object.create(null) as Record<string, string>]),
  );
  for (const entry of map) {
    const fits = tables.filter(
      (t) =>
        (entry.tableRole === undefined || t.role === entry.tableRole) &&
        ROLE_COLUMNS[t.role].some((spec) => spec.role === entry.column),
    );
    const written = `${entry.tableRole ? entry.tableRole + ':' : ''}${entry.column}=${entry.header}`;
    if (fits.length === 0) {
      const known = [...new Set(tables.flatMap((t) => ROLE_COLUMNS[t.role].map((s) => s.role)))];
      return `--map ${written}: no table given has a column "${entry.column}" (columns: ${known.join(', ')})`;
    }
    if (fits.length > 1)
      return `--map ${written}: "${entry.column}" is a column of ${fits.map((t) => t.role).join(' and ')}; write ${fits[0].role}:${entry.column}=${entry.header}`;
    columns.get(fits[0].path)![entry.column] = entry.header;
  }
  return new Map(
    tables.map((t) => {
      const mapping: TableMapping = { role: t.role };
      const named = columns.get(t.path)!;
      if (Object.keys(named).length > 0) mapping.columns = named;
      return [tableKey(t.path), mapping];
    }),
  );
}

/** "2004-2007", "2004–2007", "FY2004-FY2007" or "2005" → inclusive range; null when malformed. */
export function parseYearRange(text: string): { from: number; to: number } | null {
  const match = /^\s*(?:FY)?(\d{4})\s*(?:[-–~〜]\s*(?:FY)?(\d{4}))?\s*$/i.exec(text);
  if (!match) return null;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  return from <= to ? { from, to } : null;
}
