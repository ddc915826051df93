/**
 * The import report of a dataset that was loaded: per file, rows read / imported /
 * skipped; then every problem with its file, row and reason, the severity shown as a
 * badge. Downloadable as CSV. Names and reasons are shown as text, never as markup.
 * The dialog's words and the problem reasons follow the interface language (reasons by
 * their code, problemText.ts); the CSV keeps the importer's English, as the CLI prints it.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../i18n/format.ts';
import type { ImportProblem } from '../../model/index.ts';
import { downloadText } from '../export/download.ts';
import { localDate } from '../export/fileName.ts';
import { slug } from '../../io/datasetGraph.ts';
import { setImportPhase, useImportPhase } from './importState.ts';
import { reasonText } from './problemText.ts';
import { reportCsv } from './reportCsv.ts';

/** At most this many problems are drawn; the CSV always holds all of them. */
const SHOWN_PROBLEMS = 500;

function ProblemRow({ problem }: { problem: ImportProblem }) {
  const { t } = useTranslation('import');
  return (
    <tr>
      <td>{problem.file}</td>
      <td className="number">
        {problem.row === null
          ? (problem.sheet ?? t('report.wholeFile'))
          : problem.sheet !== undefined
            ? `${problem.sheet}!${problem.row}`
            : formatCount(problem.row)}
      </td>
      <td>
        <span className={`severity severity-${problem.severity}`}>
          {t(`report.severities.${problem.severity}`)}
        </span>
      </td>
      <td>{reasonText(problem)}</td>
    </tr>
  );
}

export function ImportReportDialog() {
  const { t } = useTranslation('import');
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
          <h2 id="import-report-title">{t('report.title', { name: datasetName })}</h2>
          <p>
            {report.problems.length === 0
              ? t('report.allImported')
              : t('report.problems', { count: report.problems.length })}
          </p>
        </header>
        <div className="dialog-body">
          <table className="report-table" data-testid="import-report-files">
            <thead>
              <tr>
                <th>{t('report.file')}</th>
                <th className="number">{t('report.read')}</th>
                <th className="number">{t('report.imported')}</th>
                <th className="number">{t('report.skipped')}</th>
              </tr>
            </thead>
            <tbody>
              {report.files.map((file) => (
                <tr key={`${file.file}\u0000${file.sheet ?? ''}`}>
                  <td>{file.sheet === undefined ? file.file : `${file.file} · ${file.sheet}`}</td>
                  <td className="number">{formatCount(file.rowsRead)}</td>
                  <td className="number">{formatCount(file.rowsImported)}</td>
                  <td className="number">{formatCount(file.rowsSkipped)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.problems.length > 0 && (
            <>
              <h3>{t('report.problemsTitle')}</h3>
              <table className="report-table" data-testid="import-report-problems">
                <thead>
                  <tr>
                    <th>{t('report.file')}</th>
                    <th className="number">{t('report.row')}</th>
                    <th>{t('report.severity')}</th>
                    <th>{t('report.reason')}</th>
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
                  {t('report.truncated', {
                    shown: formatCount(SHOWN_PROBLEMS),
                    total: formatCount(report.problems.length),
                  })}
                </p>
              )}
            </>
          )}
        </div>
        <footer className="dialog-footer">
          <button type="button" data-testid="import-report-download" onClick={download}>
            {t('report.download')}
          </button>
          <button type="button" className="primary" ref={closeRef} onClick={close}>
            {t('report.close')}
          </button>
        </footer>
      </section>
    </div>
  );
}
