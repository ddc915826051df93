/**
 * The year slider of the compare view: every panel shows the network up to a fiscal year
 * (cumulative) or within one year; "All years" lifts the period; Play steps through the
 * years once (one step per PLAY_STEP_MS, stopping at the last year). Positions do not move
 * (the panels lay out the all-years graph once).
 */
import { useEffect, useMemo } from 'react';
import { datasetYears } from '../../graph/periods.ts';
import { nextPlayYear, periodAt } from '../../store/compareSlice.ts';
import { useWorkbench, workbench } from '../workbench.ts';
import { useTranslation } from 'react-i18next';

export const PLAY_STEP_MS = 1200;

export function YearSlider({ regionIds }: { regionIds: readonly string[] }) {
  const { t } = useTranslation('compare');
  const period = useWorkbench((s) => s.compare.period);
  const playing = useWorkbench((s) => s.compare.playing);
  const datasets = useWorkbench((s) => s.datasets);
  const actions = workbench.store.getState();
  const years = useMemo(() => {
    const all = new Set<number>();
    for (const id of regionIds) {
      const dataset = datasets[id] ? workbench.registry.get(id) : undefined;
      if (dataset) for (const y of datasetYears(dataset)) all.add(y);
    }
    return [...all].sort((a, b) => a - b);
  }, [regionIds, datasets]);

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      const state = workbench.store.getState();
      const next = nextPlayYear(state.compare.period, years);
      if (next === null) state.setComparePlaying(false);
      else state.setComparePeriod(periodAt(state.compare.period, next));
    }, PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, period, years]);

  if (years.length === 0) return null;
  const first = years[0];
  const last = years[years.length - 1];
  const year = period?.to ?? last;
  return (
    <div className="year-slider" data-testid="year-slider">
      <label>
        <input
          type="checkbox"
          checked={period === null}
          onChange={(e) => actions.setComparePeriod(e.target.checked ? null : periodAt(null, last))}
        />{' '}
        {t('allYears')}
      </label>
      <select
        aria-label={t('periodKind')}
        value={period?.kind ?? 'cumulative'}
        disabled={period === null}
        onChange={(e) =>
          actions.setComparePeriod(
            e.target.value === 'window'
              ? { kind: 'window', from: year, to: year }
              : { kind: 'cumulative', to: year },
          )
        }
      >
        <option value="cumulative">{t('upTo')}</option>
        <option value="window">{t('inYear')}</option>
      </select>
      <input
        type="range"
        aria-label={t('year')}
        min={first}
        max={last}
        step={1}
        value={year}
        onChange={(e) => actions.setComparePeriod(periodAt(period, Number(e.target.value)))}
      />
      <output className="year-slider-year">
        {period === null
          ? t('common:yearRange', { from: first, to: last })
          : t('common:fiscalYear', { year })}
      </output>
      <button
        type="button"
        data-testid="year-play"
        onClick={() => {
          if (playing) actions.setComparePlaying(false);
          else {
            if (period === null || period.to >= last)
              actions.setComparePeriod(periodAt(period, first));
            actions.setComparePlaying(true);
          }
        }}
      >
        {playing ? t('pause') : t('play')}
      </button>
    </div>
  );
}
