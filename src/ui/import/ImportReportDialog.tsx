/**
 * The import report of a dataset that was loaded: per file, rows read / imported /
 * skipped; then every problem with its file, row and reason, the severity shown as a
 * badge. Downloadable as CSV. Names and reasons are shown as text, never as markup.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { ImportProblem, Severity } from '../../model/index.ts';
import { downloadText } from '../export/download.ts';
import { localDate } from '../export/fileName.ts';
import { slug } from '../../io/datasetGraph.ts';
import { setImportPhase, useImportPhase } from './importState.ts';
import { reportCsv } from './reportCsv.ts';

const TEXT = {
  title: (name: string) => `Import report: ${name}`,
  summary: (problems: number) =>
    problems === 0
      ? 'Every row was imported.'
      : `${problems} problem${problems === 1 ? '' : 's'}; valid rows were loaded.`,
  file: 'File',
  read: 'Rows read',
  imported: 'Imported',
  skipped: 'Skipped',
  row: 'Row',
  severity: 'Severity',
  reason: 'Reason',
  wholeFile: '—',
  download: 'Download report (CSV)',
  close: 'Close',
  problems: 'Problems',
};

const SEVERITY_LABEL: Record<Severity, string> = {
  fatal: 'Fatal',
  error: 'Error',
  warning: 'Warning',
};
/** At most this many problems are drawn; the CSV always holds all of them. */
const SHOWN_PROBLEMS = 500;

function ProblemRow({ problem }: { problem: ImportProblem }) {
  return (
    <tr>
      <td>{problem.file}</td>
      <td className="number">{problem.row ?? TEXT.wholeFile}</td>
      <td>
        <span className={`severity severity-${problem.severity}`}>
          {SEVERITY_LABEL[problem.severity]}
        </span>
      </td>
      <td>{problem.reason}</td>
    </tr>
  );
}

export function ImportReportDialog() {
  const phase = useImportPhase();
  const closeRef = useRef<HTMLButtonElement>(null);
  const shown = phase.kind === 'report' ? phase : null;
  useEffect(() => {
    if (shown) closeRef.current?.focus();
  }, [shown]);
  const problems = useMemo(() => shown?.report.problems.slice(0, SHOWN_PROBLEMS) ?? [], [shown]);
  if (shown === null) return null;
  const { report, datasetName } = shown;
  const close = () => setImportPhase({ kind: 'idle' });
  const download = () =>
    downloadText(
      reportCsv(report),
      `${slug(datasetName)}-import-report-${localDate(new Date())}.csv`,
      'text/csv;charset=utf-8',
    );
  return (
    <div className="dialog-backdrop" onKeyDown={(event) => event.key === 'Escape' && close()}>
      <section
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="import-report-title"
        data-testid="import-report"
      >
        <header className="dialog-header">
          <h2 id="import-report-title">{TEXT.title(datasetName)}</h2>
          <p>{TEXT.summary(report.problems.length)}</p>
        </header>
        <div className="dialog-body">
          <table className="report-table" data-testid="import-report-files">
            <thead>
              <tr>
                <th>{TEXT.file}</th>
                <th className="number">{TEXT.read}</th>
                <th className="number">{TEXT.imported}</th>
                <th className="number">{TEXT.skipped}</th>
              </tr>
            </thead>
            <tbody>
              {report.files.map((file) => (
                <tr key={file.file}>
                  <td>{file.file}</td>
                  <td className="number">{file.rowsRead.toLocaleString('en')}</td>
                  <td className="number">{file.rowsImported.toLocaleString('en')}</td>
                  <td className="number">{file.rowsSkipped.toLocaleString('en')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.problems.length > 0 && (
            <>
              <h3>{TEXT.problems}</h3>
              <table className="report-table" data-testid="import-report-problems">
                <thead>
                  <tr>
                    <th>{TEXT.file}</th>
                    <th className="number">{TEXT.row}</th>
                    <th>{TEXT.severity}</th>
                    <th>{TEXT.reason}</th>
                  </tr>
                </thead>
                <tbody>
                  {problems.map((problem, index) => (
                    <ProblemRow key={index} problem={problem} />
                  ))}
                </tbody>
              </table>
              {report.problems.length > SHOWN_PROBLEMS && (
                <p className="menu-note">
                  {`First ${SHOWN_PROBLEMS} of ${report.problems.length.toLocaleString('en')} problems; the CSV has all.`}
                </p>
              )}
            </>
          )}
        </div>
        <footer className="dialog-footer">
          <button type="button" data-testid="import-report-download" onClick={download}>
            {TEXT.download}
          </button>
          <button type="button" className="primary" ref={closeRef} onClick={close}>
            {TEXT.close}
          </button>
        </footer>
      </section>
    </div>
  );
}
