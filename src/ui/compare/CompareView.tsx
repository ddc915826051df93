/**
 * The compare view (an overlay over the workspace while open): 2–4 picked regions drawn
 * side by side at the workbench's level and tie filter, with one node-size scale for
 * every panel, the comparison table and a bar chart of one indicator across regions.
 */
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { sharedSizeScale } from '../../metrics/compare/sharedScale.ts';
import { buildComparison, figuresOf } from '../../metrics/compare/table.ts';
import { COMPARE_SIZE_METRICS, MAX_COMPARED, MIN_COMPARED } from '../../store/compareSlice.ts';
import { tieFilterOf, sharedViewFilters } from '../../store/filterSlice.ts';
import { describeFilterParts } from '../filters/describe.ts';
import { useWorkbench, workbench } from '../workbench.ts';
import { CompareTable } from './CompareTable.tsx';
import { ComparePanel } from './ComparePanel.tsx';
import { IndicatorBars } from './IndicatorBars.tsx';
import { levelText, localizeComparison, metricLabel, periodText, tieFilterText } from './text.ts';
import { regionName } from '../regionName.ts';
import { formatValue } from './tableSort.ts';
import { useCompareMetrics } from './useCompareMetrics.ts';
import { YearSlider } from './YearSlider.tsx';
import { TimelineCharts } from './TimelineCharts.tsx';
import { BeforeAfterPanel } from './BeforeAfterPanel.tsx';
import { ProfileChart } from './ProfileChart.tsx';
import { DegreeChart } from './DegreeChart.tsx';
import { MixingHeatmaps } from './MixingHeatmaps.tsx';
import { SectorKey } from './SectorKey.tsx';
import { ExportPicture } from './ExportPicture.tsx';
import './compare.css';

export function CompareView() {
  const open = useWorkbench((s) => s.compare.open);
  return open ? <CompareContent /> : null;
}

function CompareContent() {
  const { t, i18n } = useTranslation('compare');
  const settings = useWorkbench((s) => s.compare);
  const datasetIds = useWorkbench((s) => s.datasetIds);
  const datasets = useWorkbench((s) => s.datasets);
  const level = useWorkbench((s) => s.level);
  const filters = useWorkbench((s) => s.filters);
  const regions = useCompareMetrics(settings.regionIds, settings.period);
  const actions = workbench.store.getState();
  const viewRef = useRef<HTMLElement>(null);
  // Panels share the workbench's tie filter (or the chosen period) and its view filters.
  const filterText = [
    settings.period ? periodText(settings.period) : tieFilterText(tieFilterOf(filters)),
    ...describeFilterParts({
      ...filters,
      years: null,
      tieTypes: null,
      view: sharedViewFilters(filters),
    }),
  ].join(t('separator'));
  const levelName = levelText(level);
  const sizeName = metricLabel(settings.sizeMetric);

  const done = regions.every((r) => r.result !== null) && regions.length >= MIN_COMPARED;
  const scale = useMemo(() => {
    const columns = regions.flatMap((r) => (r.result ? [r.result.nodes[settings.sizeMetric]] : []));
    return columns.length === regions.length ? sharedSizeScale(columns) : null;
  }, [regions, settings.sizeMetric]);
  // Row labels follow the interface language: rebuilt when it changes.
  const language = i18n.language;
  const comparison = useMemo(
    () =>
      done && language
        ? localizeComparison(
            buildComparison(regions.map((r) => ({ name: r.name, figures: figuresOf(r.result!) }))),
          )
        : null,
    [regions, done, language],
  );

  return (
    <section
      ref={viewRef}
      className="compare-view"
      data-testid="compare-view"
      data-status={done ? 'done' : 'computing'}
    >
      <header className="compare-bar">
        <h2>{t('title')}</h2>
        <fieldset className="compare-pickers">
          <legend>{t('pick')}</legend>
          {datasetIds.map((id) => {
            const picked = settings.regionIds.includes(id);
            return (
              <label key={id}>
                <input
                  type="checkbox"
                  data-testid="compare-pick"
                  value={id}
                  checked={picked}
                  disabled={!picked && settings.regionIds.length >= MAX_COMPARED}
                  onChange={() => actions.toggleCompareRegion(id)}
                />{' '}
                {regionName(datasets[id], id)}
              </label>
            );
          })}
        </fieldset>
        <label>
          {t('sizeBy')}{' '}
          <select
            value={settings.sizeMetric}
            onChange={(e) =>
              actions.setCompareSizeMetric(e.target.value as (typeof COMPARE_SIZE_METRICS)[number])
            }
          >
            {COMPARE_SIZE_METRICS.map((m) => (
              <option key={m} value={m}>
                {metricLabel(m)}
              </option>
            ))}
          </select>
        </label>
        <YearSlider regionIds={settings.regionIds} />
        <ExportPicture
          view={viewRef}
          comparison={comparison}
          regions={regions.map((r) => r.name)}
          title={t('pictureTitle', {
            regions: regions.map((r) => r.name).join(t('regionSeparator')),
          })}
          subtitle={t('pictureSubtitle', {
            level: levelName,
            filter: filterText,
            metric: sizeName,
            note: t('sizeNote'),
          })}
          level={level}
        />
        <button type="button" onClick={() => actions.closeCompare()}>
          {t('close')}
        </button>
      </header>
      <p className="panel-caption">
        {[
          t('level', { level: levelName }),
          t('filter', { filter: filterText }),
          t('sizeNote'),
        ].join(t('separator'))}
        {scale && t('sizeRange', { max: formatValue(scale.domain[1]) })}
      </p>
      <SectorKey />
      {regions.length < MIN_COMPARED && <p className="panel-caption">{t('tooFew')}</p>}
      <div className="compare-panels" data-testid="compare-panels">
        {regions.map((region) => (
          <ComparePanel
            key={region.id}
            region={region}
            scale={scale}
            sizeMetric={settings.sizeMetric}
          />
        ))}
      </div>
      {regions.length >= MIN_COMPARED && <TimelineCharts regionIds={settings.regionIds} />}
      {comparison ? (
        <div className="compare-results">
          <CompareTable comparison={comparison} />
          <IndicatorBars comparison={comparison} />
          <ProfileChart comparison={comparison} />
          <DegreeChart regions={regions} />
          <MixingHeatmaps regions={regions} />
        </div>
      ) : (
        regions.length >= MIN_COMPARED && <p className="panel-caption">{t('waiting')}</p>
      )}
      {regions.length >= 1 && <BeforeAfterPanel regionIds={settings.regionIds} />}
    </section>
  );
}
