/**
 * Argument parsing for `npm run analyze`. Pure: returns a parsed command or a usage
 * error, so it is tested without spawning processes. Exit code 2 is a usage error.
 */
import { parseArgs } from 'node:util';
import { LEVELS, type Level, type TieFilter } from '../model/level.ts';
import { DEFAULT_METRIC_OPTIONS, type MetricOptions } from '../metrics/types.ts';

export const OUTPUT_FORMATS = ['json', 'csv', 'text'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** One input: a cluster dataset folder, a .gexf/.graphml file, or generic nodes/edges files. */
export type InputSpec =
  { kind: 'path'; path: string } | { kind: 'generic'; nodes?: string; edges?: string };

export interface AnalyzeCommand {
  inputs: InputSpec[];
  level: Level;
  filter: TieFilter;
  format: OutputFormat;
  out?: string;
  metrics: MetricOptions;
  compare: boolean;
}

export type ParseOutcome = { ok: true; command: AnalyzeCommand } | { ok: false; error: string };

export const USAGE = `usage: npm run analyze -- <input> [options]
       npm run analyze -- --nodes nodes.csv --edges edges.csv [options]
       npm run analyze -- --compare <input> <input> ... [options]

<input>  a cluster dataset folder (organizations.csv, people.csv, collaborations.csv,
         memberships.csv), a .gexf or .graphml file, or a folder with nodes.csv/edges.csv

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
  if (values.nodes !== undefined || values.edges !== undefined) {
    inputs.push({ kind: 'generic', nodes: values.nodes, edges: values.edges });
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
      level: level as Level,
      filter,
      format: format as OutputFormat,
      out: values.out,
      metrics,
      compare,
    },
  };
}

/** "2004-2007", "2004–2007", "FY2004-FY2007" or "2005" → inclusive range; null when malformed. */
export function parseYearRange(text: string): { from: number; to: number } | null {
  const match = /^\s*(?:FY)?(\d{4})\s*(?:[-–~〜]\s*(?:FY)?(\d{4}))?\s*$/i.exec(text);
  if (!match) return null;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  return from <= to ? { from, to } : null;
}
