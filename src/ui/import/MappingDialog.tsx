/**
 * The import step: tables whose names say nothing of what they hold are shown with their
 * first rows, and the user says what each is (ties, nodes, organizations, …) and which
 * column holds what, pre-filled from the headers (or from a mapping remembered for the
 * same headers). Import runs the import again with these mappings; they are remembered
 * for the next file with the same headers. Cells are shown as text, never as markup.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../i18n/format.ts';
import { ROLE_COLUMNS, TABLE_ROLES, type TableRole } from '../../io/roles.ts';
import type { TablePreview } from '../../io/index.ts';
import { setImportPhase, useImportPhase } from './importState.ts';
import {
  columnsFor,
  initialChoice,
  mappingsOf,
  setProblem,
  shownHeader,
  shownRows,
  tableProblem,
  type ChoiceProblem,
  type TableChoice,
} from './mappingChoices.ts';
import './mapping.css';

function ProblemLine({ problem }: { problem: ChoiceProblem }) {
  const { t } = useTranslation('import');
  if (problem === null) return null;
  const values = { ...problem.values };
  if (values.column !== undefined) values.column = t(`mapping.columns.${values.column}`);
  if (values.first !== undefined) values.first = t(`mapping.columns.${values.first}`);
  if (values.second !== undefined) values.second = t(`mapping.columns.${values.second}`);
  if (values.role !== undefined) values.role = t(`mapping.roles.${values.role}`);
  return (
    <p className="mapping-problem" role="alert">
      {t(`mapping.problems.${problem.key}`, { replace: values })}
    </p>
  );
}

function TableMappingForm({
  preview,
  choice,
  onChange,
  index,
}: {
  preview: TablePreview;
  choice: TableChoice;
  onChange: (choice: TableChoice) => void;
  index: number;
}) {
  const { t } = useTranslation('import');
  const header = shownHeader(preview, choice.header);
  const rows = shownRows(preview, choice.header);
  const roleOfHeader = new Map<string, string>();
  for (const [column, cell] of Object.entries(choice.columns))
    if (cell !== '') roleOfHeader.set(cell, column);
  const setRole = (value: string) => {
    const role = value === '' ? null : (value as TableRole);
    onChange({
      ...choice,
      role,
      columns: role === null ? {} : columnsFor(role, header, choice.columns),
    });
  };
  const setHeader = (hasHeader: boolean) => {
    const next = shownHeader(preview, hasHeader);
    onChange({
      ...choice,
      header: hasHeader,
      columns: choice.role === null ? {} : columnsFor(choice.role, next),
    });
  };
  const title = preview.sheet === undefined ? preview.file : `${preview.file} · ${preview.sheet}`;
  return (
    <section
      className="mapping-table"
      data-testid="mapping-table"
      aria-labelledby={`mapping-${index}`}
    >
      <h3 id={`mapping-${index}`}>
        {title}{' '}
        <span className="mapping-rows">
          {t('mapping.rowCount', {
            count: preview.rowCount,
            formatted: formatCount(preview.rowCount),
          })}
        </span>
      </h3>
      <div className="mapping-controls">
        <label>
          {t('mapping.thisTableIs')}{' '}
          <select
            data-testid="mapping-role"
            value={choice.role ?? ''}
            onChange={(event) => setRole(event.target.value)}
          >
            {TABLE_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`mapping.roles.${role}`)}
              </option>
            ))}
            <option value="">{t('mapping.leaveOut')}</option>
          </select>
        </label>
        <label className="mapping-check">
          <input
            type="checkbox"
            data-testid="mapping-header"
            checked={choice.header}
            onChange={(event) => setHeader(event.target.checked)}
          />{' '}
          {t('mapping.firstRowIsHeader')}
        </label>
      </div>
      {choice.role !== null && (
        <div className="mapping-columns">
          {ROLE_COLUMNS[choice.role].map((spec) => (
            <label key={spec.role}>
              <span>
                {t(`mapping.columns.${spec.role}`)}
                {spec.required ? ' *' : ''}
              </span>
              <select
                data-testid={`mapping-column-${spec.role}`}
                value={choice.columns[spec.role] ?? ''}
                onChange={(event) =>
                  onChange({
                    ...choice,
                    columns: { ...choice.columns, [spec.role]: event.target.value },
                  })
                }
              >
                <option value="">{t('mapping.none')}</option>
                {header.map((cell) => (
                  <option key={cell} value={cell}>
                    {cell}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
      <ProblemLine problem={tableProblem(choice)} />
      <div className="mapping-preview">
        <table className="report-table">
          <thead>
            <tr>
              {header.map((cell) => (
                <th key={cell}>
                  {cell}
                  {roleOfHeader.has(cell) && (
                    <span className="mapping-badge">
                      {t(`mapping.columns.${roleOfHeader.get(cell)}`)}
                    </span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {header.map((_, c) => (
                  <td key={c}>{row[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function MappingForm({
  previews,
  confirm,
}: {
  previews: TablePreview[];
  confirm: (mappings: ReturnType<typeof mappingsOf>) => void;
}) {
  const { t } = useTranslation('import');
  const [choices, setChoices] = useState<TableChoice[]>(() => previews.map(initialChoice));
  const importRef = useRef<HTMLButtonElement>(null);
  useEffect(() => importRef.current?.focus(), []);
  const problem = useMemo(
    () => choices.map(tableProblem).find((p) => p !== null) ?? setProblem(choices),
    [choices],
  );
  const cancel = () => setImportPhase({ kind: 'idle' });
  return (
    <div className="dialog-backdrop" onKeyDown={(event) => event.key === 'Escape' && cancel()}>
      <section
        className="dialog mapping-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="mapping-title"
        data-testid="mapping-dialog"
      >
        <header className="dialog-header">
          <h2 id="mapping-title">{t('mapping.title', { count: previews.length })}</h2>
          <p>{t('mapping.intro', { count: previews.length })}</p>
        </header>
        <div className="dialog-body">
          {previews.map((preview, i) => (
            <TableMappingForm
              key={preview.key}
              index={i}
              preview={preview}
              choice={choices[i]}
              onChange={(choice) => setChoices((all) => all.map((c, k) => (k === i ? choice : c)))}
            />
          ))}
        </div>
        <footer className="dialog-footer">
          {problem !== null && previews.length > 1 && <ProblemLine problem={setProblem(choices)} />}
          <button type="button" onClick={cancel}>
            {t('cancel')}
          </button>
          <button
            ref={importRef}
            type="button"
            className="primary"
            data-testid="mapping-import"
            disabled={problem !== null}
            onClick={() => confirm(mappingsOf(previews, choices))}
          >
            {t('mapping.import')}
          </button>
        </footer>
      </section>
    </div>
  );
}

export function MappingDialog() {
  const phase = useImportPhase();
  if (phase.kind !== 'mapping') return null;
  // Keyed by the previews, so a new step starts from its own suggestions.
  return (
    <MappingForm
      key={phase.previews.map((p) => p.key).join('\u0000')}
      previews={phase.previews}
      confirm={phase.confirm}
    />
  );
}
