/** Shared helpers of the importer tests: building InputFiles and checking the report invariant. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ImportOutcome, InputFile } from '../../../src/io/index.ts';
import type { Dataset } from '../../../src/model/dataset.ts';
import type { ImportProblem, ImportReport } from '../../../src/model/report.ts';

export const IO_FIXTURE_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'io');

export function textFile(name: string, text: string): InputFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

export function fixtureFiles(folder: string, names?: string[]): InputFile[] {
  const dir = join(IO_FIXTURE_DIR, folder);
  return (names ?? readdirSync(dir).sort()).map((name) => ({
    name: `${folder}/${name}`,
    bytes: new Uint8Array(readFileSync(join(dir, name))),
  }));
}

/** rowsRead = rowsImported + rowsSkipped for every file, and one error per skipped row. */
export function expectReportInvariant(report: ImportReport): void {
  for (const file of report.files) {
    expect(file.rowsRead, file.file).toBe(file.rowsImported + file.rowsSkipped);
    const errors = report.problems.filter(
      (p) => p.file === file.file && p.sheet === file.sheet && p.severity === 'error',
    ).length;
    expect(errors, `errors of ${file.file}`).toBe(file.rowsSkipped);
  }
}

export function expectDataset(outcome: ImportOutcome): Dataset {
  if (!outcome.ok) throw new Error(`expected a dataset, got: ${outcome.error}`);
  expectReportInvariant(outcome.dataset.report);
  return outcome.dataset;
}

export function expectFatal(outcome: ImportOutcome): { error: string; report: ImportReport } {
  if (outcome.ok) throw new Error('expected a fatal outcome, got a dataset');
  expect(outcome.report.problems.some((p) => p.severity === 'fatal')).toBe(true);
  return outcome;
}

/** Problems of one file as [row, severity] pairs, in report order. */
export function rowsWithProblems(
  problems: ImportProblem[],
  file: string,
): [number | null, string][] {
  return problems.filter((p) => p.file === file).map((p) => [p.row, p.severity]);
}
