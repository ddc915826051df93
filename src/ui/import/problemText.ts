/**
 * An import problem in the interface language. The importer (src/io) gives each problem a
 * code and values beside its English text; the text shown is the `reasons` catalogue's
 * entry for that code (English: src/io/reasons.ts, Japanese: locales/ja/reasons.json),
 * filled with the values. A problem without a known code (a report saved before codes
 * existed) shows its stored English text.
 */
import { i18n } from '../../i18n/index.ts';
import type { ImportProblem } from '../../model/index.ts';

type ProblemReason = Pick<ImportProblem, 'reason' | 'code' | 'values'>;

export function reasonText(problem: ProblemReason): string {
  const key = `reasons:${problem.code}`;
  if (problem.code === undefined || !i18n.exists(key)) return problem.reason;
  // Values go in `replace`, so that a value's name can never be read as an i18next option;
  // as a copy, because i18next writes into it while nesting ($t(reasons:expectedFiles)).
  return i18n.t(key, { replace: { ...problem.values } });
}

/** `people.csv row 14: …` / `people.csv 14 行目: …`, as formatProblem (src/io) in English. */
export function problemText(problem: ImportProblem): string {
  const reason = reasonText(problem);
  if (problem.file === '') return reason;
  const { file, row, sheet } = problem;
  const where =
    sheet !== undefined
      ? row === null
        ? i18n.t('import:sheet', { file, sheet })
        : i18n.t('import:whereSheet', { file, sheet, row })
      : row === null
        ? file
        : i18n.t('import:where', { file, row });
  return `${where}: ${reason}`;
}

/**
 * The message of an import that loaded nothing: its fatal problem when the importer gave
 * it a code, else the error given (already in the interface language: a workspace file
 * that cannot be used, a file that could not be read).
 */
export function failureText(error: string, problems: readonly ImportProblem[]): string {
  const fatal = problems.find((problem) => problem.severity === 'fatal');
  return fatal?.code === undefined ? error : problemText(fatal);
}
