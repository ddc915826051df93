/**
 * The filter panel: a summary of what is filtered with a reset, then the tie filters
 * (fiscal-year range, collaboration types) and the view filters (sectors, node types,
 * communities, minimum weight/degree, k-core, largest component, isolates). Every change
 * goes through the filter slice, so it is undoable; the graph stats follow the drawing.
 */
import { useMemo } from 'react';
import { SECTOR_LABELS } from '../../view/palette.ts';
import { describeFilters, hasFilters } from '../../store/filterSlice.ts';
import { useWorkbench, workbench } from '../workbench.ts';
import { Checklist } from './Checklist.tsx';
import { communitiesOf, filterOptionsOf } from './filterOptions.ts';
import { FILTER_STRINGS as S } from './strings.ts';
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
  const parts = describeFilters(filters);
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
        <h2 id="filters-title">{S.title}</h2>
        <button
          type="button"
          data-testid="filter-reset"
          disabled={!hasFilters(filters)}
          onClick={resetFilters}
        >
          {S.reset}
        </button>
      </div>
      <p className="filter-summary" data-testid="filter-summary" data-active={parts.length}>
        {parts.length === 0 ? S.none : `${S.active}: ${parts.join(' · ')}`}
      </p>

      {years.length > 1 && (
        <div className="filter-years">
          <span>{S.years}</span>
          <select
            aria-label={`${S.years} from`}
            data-testid="year-from"
            value={from}
            onChange={(event) => pickYears(Number(event.target.value), to)}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                FY{y}
              </option>
            ))}
          </select>
          <span>{S.to}</span>
          <select
            aria-label={`${S.years} to`}
            data-testid="year-to"
            value={to}
            onChange={(event) => pickYears(from, Number(event.target.value))}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                FY{y}
              </option>
            ))}
          </select>
        </div>
      )}

      <Checklist
        title={S.tieTypes}
        testId="filter-tie-type"
        options={options.tieTypes}
        kept={filters.tieTypes}
        onChange={(kept) => setTieTypes(kept ?? null)}
      />
      <Checklist
        title={S.sectors}
        testId="filter-sector"
        options={options.sectors}
        kept={view.sectors}
        label={(s) => SECTOR_LABELS[s].split(' — ')[0]}
        onChange={(kept) => setViewFilter('sectors', kept)}
      />
      <Checklist
        title={S.nodeTypes}
        testId="filter-node-type"
        options={options.nodeTypes}
        kept={view.nodeTypes}
        onChange={(kept) => setViewFilter('nodeTypes', kept)}
      />
      {communities === null ? (
        <p className="filter-hint">{S.communitiesHint}</p>
      ) : (
        <Checklist
          title={S.communities}
          testId="filter-community"
          options={communities.numbers}
          kept={view.communities}
          label={S.community}
          onChange={(kept) => setCommunities(kept ?? null, kept ? communities.map : null)}
        />
      )}

      <div className="filter-numbers">
        <NumberFilter
          label={S.minWeight}
          testId="filter-min-weight"
          value={view.minWeight}
          onChange={(v) => setViewFilter('minWeight', v)}
        />
        <NumberFilter
          label={S.minDegree}
          testId="filter-min-degree"
          value={view.minDegree}
          onChange={(v) => setViewFilter('minDegree', v === undefined ? v : Math.round(v))}
        />
        <NumberFilter
          label={S.kCore}
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
        {S.largest}
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
        {S.isolates}
      </label>
    </section>
  );
}
