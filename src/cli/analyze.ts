/**
 * `npm run analyze -- <input> [options]`: import a dataset, derive the simple graph of
 * a level, compute every metric and write JSON, CSV or a text summary.
 *
 * Exit codes: 0 success (warnings on stderr as `file:row: reason`), 1 the input cannot
 * be loaded (reason on stderr), 2 usage error.
 */
import { writeFile } from 'node:fs/promises';
import { parseAnalyzeArgs, USAGE, type AnalyzeCommand, type InputSpec } from './args.ts';
import { readInput } from './readInput.ts';
import { importFiles } from '../io/index.ts';
import { deriveGraph } from '../graph/levels.ts';
import { deriveParticipations } from '../graph/participations.ts';
import { computeAllMetrics } from '../metrics/index.ts';
import { computePathMetricsParallel } from '../workers/pathsPool.node.ts';
import { buildAnalysis, type AnalysisDocument } from './analysis.ts';
import { formatAnalysis } from './format.ts';
import { buildComparison, formatComparison } from './compare.ts';

export interface RunResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

type AnalyzeOutcome = { ok: true; doc: AnalysisDocument } | { ok: false; error: string };

async function analyzeInput(spec: InputSpec, command: AnalyzeCommand): Promise<AnalyzeOutcome> {
  const read = await readInput(spec);
  if (!read.ok) return { ok: false, error: read.error };
  const outcome = await importFiles(read.files, {
    datasetName: read.name,
    mappings: read.mappings,
    projection: command.projection,
    maxRows: command.maxRows,
  });
  // The outcome's error is its fatal problem, written out: printed once.
  if (!outcome.ok) return { ok: false, error: outcome.error };
  const { dataset } = outcome;
  const graph = deriveGraph(dataset, command.level, command.filter);
  const participations = deriveParticipations(dataset, command.filter);
  const metrics = await computeAllMetrics(graph, command.metrics, {
    participations,
    pathRunner: (csr, options, hooks) => computePathMetricsParallel(csr, options, hooks),
  });
  return { ok: true, doc: buildAnalysis(dataset, command.level, command.filter, graph, metrics) };
}

export async function runAnalyze(argv: string[]): Promise<RunResult> {
  const parsed = parseAnalyzeArgs(argv);
  if (!parsed.ok) {
    const message = parsed.error === '' ? USAGE : `analyze: ${parsed.error}\n\n${USAGE}`;
    return {
      exitCode: parsed.error === '' ? 0 : 2,
      stdout: parsed.error === '' ? USAGE + '\n' : '',
      stderr: parsed.error === '' ? '' : message + '\n',
    };
  }
  const { command } = parsed;
  const docs: AnalysisDocument[] = [];
  for (const spec of command.inputs) {
    const result = await analyzeInput(spec, command);
    if (!result.ok) return { exitCode: 1, stdout: '', stderr: `analyze: ${result.error}\n` };
    docs.push(result.doc);
  }
  const stderr = docs
    .flatMap((doc) =>
      docs.length > 1 ? doc.warnings.map((w) => `${doc.dataset}/${w}`) : doc.warnings,
    )
    .map((w) => w + '\n')
    .join('');
  const stdout = command.compare
    ? formatComparison(buildComparison(docs), command.format)
    : formatAnalysis(docs[0], command.format);
  if (command.out !== undefined) {
    try {
      await writeFile(command.out, stdout, 'utf8');
    } catch (error) {
      return {
        exitCode: 1,
        stdout: '',
        stderr: stderr + `analyze: cannot write ${command.out}: ${(error as Error).message}\n`,
      };
    }
    return { exitCode: 0, stdout: '', stderr };
  }
  return { exitCode: 0, stdout, stderr };
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  runAnalyze(process.argv.slice(2)).then(
    (result) => {
      process.stdout.write(result.stdout);
      process.stderr.write(result.stderr);
      process.exitCode = result.exitCode;
    },
    (error: unknown) => {
      process.stderr.write(`analyze: internal error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
