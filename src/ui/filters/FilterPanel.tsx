/**
 * The filter panel: a summary of what is filtered with a reset, then the tie filters
 * (fiscal-year range, collaboration types) and the view filters (sectors, node types,
 * communities, minimum weight/degree, k-core, largest component, isolates). Every change
 * goes through the filter slice, so it is undoable; the graph stats follow the drawing.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hasFilters } from '../../store/filterSlice.ts';
import { useWorkbench, workbench } from '../workbench.ts';
import { Checklist } from './Checklist.tsx';
import { communitiesOf, filterOptionsOf } from './filterOptions.ts';
import { describeFilterParts, nodeTypeName, sectorName } from './describe.ts';
import './filters.css';

function NumberFilter({
  label,
  testId,
  value,
  step = 1,
  onChange,
}: {
  label: string;
  testId: string;
  value: number | undefined;
  step?: number;
  onChange: (value: number | undefined) => void;
}) {
  return (
    <label className="filter-number">
      <span>{label}</span>
      <input
        type="number"
        min={0}
        step={step}
        data-testid={testId}
        value={value ?? 0}
        onChange={(event) => {
          const v = Number(event.target.value);
          onChange(Number.isFinite(v) && v > 0 ? v : undefined);
        }}
      />
    </label>
  );
}

export function FilterPanel() {
  const { t } = useTranslation('filters');
  const regionId = useWorkbench((state) => state.regionId);
  const version = useWorkbench((state) =>
    state.regionId === null ? 0 : (state.datasets[state.regionId]?.version ?? 0),
  );
  const level = useWorkbench((state) => state.level);
  const filters = useWorkbench((state) => state.filters);
  const result = useWorkbench((state) => state.metrics.result);
  const setYearRange = useWorkbench((state) => state.setYearRange);
  const setTieTypes = useWorkbench((state) => state.setTieTypes);
  const setViewFilter = useWorkbench((state) => state.setViewFilter);
  const setCommunities = useWorkbench((state) => state.setCommunities);
  const resetFilters = useWorkbench((state) => state.resetFilters);

  const options = useMemo(() => {
    const dataset =
      regionId === null || version === 0 ? undefined : workbench.registry.get(regionId);
    return dataset === undefined ? null : filterOptionsOf(dataset, level);
  }, [regionId, version, level]);
  const communities = useMemo(() => (result === null ? null : communitiesOf(result)), [result]);
  const parts = describeFilterParts(filters);
  const view = filters.view;

  if (options === null) return null;
  const years = options.years;
  const from = filters.years?.from ?? years[0];
  const to = filters.years?.to ?? years[years.length - 1];
  const pickYears = (a: number, b: number) =>
    setYearRange(
      a <= years[0] && b >= years[years.length - 1]
        ? null
        : { from: Math.min(a, b), to: Math.max(a, b) },
    );

  return (
    <section
      className="panel filter-panel"
      data-testid="filter-panel"
      aria-labelledby="filters-title"
    >
      <div className="filter-head">
        <h2 id="filters-title">{t('title')}</h2>
        <button
          type="button"
          data-testid="filter-reset"
          disabled={!hasFilters(filters)}
          onClick={resetFilters}
        >
          {t('reset')}
        </button>
      </div>
      <p className="filter-summary" data-testid="filter-summary" data-active={parts.length}>
        {parts.length === 0
          ? t('none')
          : t('active', { parts: parts.join(t('summary.separator')) })}
      </p>

      {years.length > 1 && (
        <div className="filter-years">
          <span>{t('years')}</span>
          <select
            aria-label={t('yearsFrom')}
            data-testid="year-from"
            value={from}
            onChange={(event) => pickYears(Number(event.target.value), to)}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {t('common:fiscalYear', { year: y })}
              </option>
            ))}
          </select>
          <span>{t('to')}</span>
          <select
            aria-label={t('yearsTo')}
            data-testid="year-to"
            value={to}
            onChange={(event) => pickYears(from, Number(event.target.value))}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {t('common:fiscalYear', { year: y })}
              </option>
            ))}
          </select>
        </div>
      )}

      <Checklist
        title={t('tieTypes')}
        testId="filter-tie-type"
        options={options.tieTypes}
        kept={filters.tieTypes}
        onChange={(kept) => setTieTypes(kept ?? null)}
      />
      <Checklist
        title={t('sectors')}
        testId="filter-sector"
        options={options.sectors}
        kept={view.sectors}
        label={sectorName}
        onChange={(kept) => setViewFilter('sectors', kept)}
      />
      <Checklist
        title={t('nodeTypes')}
        testId="filter-node-type"
        options={options.nodeTypes}
        kept={view.nodeTypes}
        label={nodeTypeName}
        onChange={(kept) => setViewFilter('nodeTypes', kept)}
      />
      {communities === null ? (
        <p className="filter-hint">{t('communitiesHint')}</p>
      ) : (
        <Checklist
          title={t('communities')}
          testId="filter-community"
          options={communities.numbers}
          kept={view.communities}
          label={(n) => t('community', { number: n + 1 })}
          onChange={(kept) => setCommunities(kept ?? null, kept ? communities.map : null)}
        />
      )}

      <div className="filter-numbers">
        <NumberFilter
          label={t('minWeight')}
          testId="filter-min-weight"
          value={view.minWeight}
          onChange={(v) => setViewFilter('minWeight', v)}
        />
        <NumberFilter
          label={t('minDegree')}
          testId="filter-min-degree"
          value={view.minDegree}
          onChange={(v) => setViewFilter('minDegree', v === undefined ? v : Math.round(v))}
        />
        <NumberFilter
          label={t('kCore')}
          testId="filter-k-core"
          value={view.kCore}
          onChange={(v) => setViewFilter('kCore', v === undefined ? v : Math.round(v))}
        />
      </div>
      <label className="filter-toggle">
        <input
          type="checkbox"
          data-testid="filter-largest"
          checked={view.largestComponentOnly === true}
          onChange={(event) =>
            setViewFilter('largestComponentOnly', event.target.checked ? true : undefined)
          }
        />
        {t('largest')}
      </label>
      <label className="filter-toggle">
        <input
          type="checkbox"
          data-testid="filter-isolates"
          checked={view.hideIsolates === true}
          onChange={(event) =>
            setViewFilter('hideIsolates', event.target.checked ? true : undefined)
          }
        />
        {t('isolates')}
      </label>
    </section>
  );
}
