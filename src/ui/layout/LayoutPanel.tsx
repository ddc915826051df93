/**
 * Layout controls: which layout places the nodes (ForceAtlas2 by default, fcose,
 * concentric by a metric, circle grouped by community or sector, grid), Run again, and
 * while ForceAtlas2 runs its progress and a Stop button that keeps the picture so far.
 */
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../i18n/format.ts';
import { LAYOUT_NAMES, type LayoutChoice, type LayoutName } from '../../store/appearanceSlice.ts';
import { SIZE_BY } from '../../store/viewSlice.ts';
import { sizeByLabel } from '../appearance/labels.ts';
import { useWorkbench } from '../workbench.ts';
import { stopLayout } from './useLayouts.ts';
import './layout.css';

export function LayoutPanel() {
  const { t } = useTranslation('layout');
  const layout = useWorkbench((state) => state.layout);
  const run = useWorkbench((state) => state.layoutRun);
  const setLayout = useWorkbench((state) => state.setLayout);
  const rerun = useWorkbench((state) => state.rerunLayout);
  const running = run.status === 'running';
  return (
    <section className="panel" data-testid="layout-panel" aria-labelledby="layout-title">
      <h2 id="layout-title">{t('title')}</h2>
      <div className="look-form">
        <label htmlFor="layout-select">{t('layout')}</label>
        <select
          id="layout-select"
          data-testid="layout-select"
          value={layout.name}
          onChange={(event) => setLayout({ name: event.target.value as LayoutName })}
        >
          {LAYOUT_NAMES.map((name) => (
            <option key={name} value={name}>
              {t(`names.${name}`)}
            </option>
          ))}
        </select>
        {layout.name === 'concentric' && (
          <>
            <label htmlFor="layout-metric">{t('ringsBy')}</label>
            <select
              id="layout-metric"
              data-testid="layout-metric"
              value={layout.metric}
              onChange={(event) => setLayout({ metric: event.target.value })}
            >
              {SIZE_BY.filter((m) => m !== 'uniform').map((m) => (
                <option key={m} value={m}>
                  {sizeByLabel(m)}
                </option>
              ))}
            </select>
          </>
        )}
        {layout.name === 'circle' && (
          <>
            <label htmlFor="layout-group">{t('groupBy')}</label>
            <select
              id="layout-group"
              data-testid="layout-group"
              value={layout.groupBy}
              onChange={(event) =>
                setLayout({ groupBy: event.target.value as LayoutChoice['groupBy'] })
              }
            >
              <option value="sector">{t('groups.sector')}</option>
              <option value="community">{t('groups.community')}</option>
            </select>
          </>
        )}
      </div>
      <div className="layout-actions">
        {running ? (
          <div className="layout-progress" data-testid="layout-progress" role="status">
            <span>{t('running', { step: run.step, percent: formatPercent(run.fraction, 0) })}</span>
            <progress max={1} value={run.fraction} />
            <button type="button" data-testid="layout-stop" onClick={stopLayout}>
              {t('stop')}
            </button>
          </div>
        ) : (
          <button type="button" data-testid="layout-run" onClick={rerun}>
            {t('again')}
          </button>
        )}
        {run.status === 'stopped' && <p className="panel-caption">{t('stopped')}</p>}
        {run.status === 'error' && <p className="panel-caption layout-error">{run.step}</p>}
      </div>
    </section>
  );
}
