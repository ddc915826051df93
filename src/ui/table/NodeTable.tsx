/**
 * The node table, a drawer under the canvas: every actor of the shown graph with label,
 * sector and every metric; sortable by any column (click a header), filterable by text,
 * virtualised (@tanstack/react-virtual: only visible rows are in the DOM, so 20,000 rows
 * scroll smoothly), synchronised with the selection both ways, exported as CSV.
 *
 * It follows a new graph or new metrics a render later (useDeferredValue): building its
 * columns for 5,000 nodes took 20–25 ms of the task that draws a new graph, and the
 * deferred render is one React can split and put off for input.
 */
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../i18n/format.ts';
import { NODE_METRICS, type NodeMetricName } from '../../metrics/types.ts';
import type { SimpleGraph } from '../../model/index.ts';
import { SECTOR_COLOURS } from '../../view/palette.ts';
import { formatValue } from '../scorecard/format.ts';
import { currentMetrics } from '../../store/metricsSlice.ts';
import { useWorkbench } from '../workbench.ts';
import {
  filterRows,
  sortRows,
  tableCsv,
  type TableColumn,
  type TableData,
  type TableSort,
} from './tableModel.ts';
import './table.css';

const ROW_HEIGHT = 26;

/** Communities are numbered from 1 on screen, as in the filters; the CSV keeps the data. */
function shownValue(name: NodeMetricName, value: number | undefined): number | undefined {
  return name === 'community' && value !== undefined ? value + 1 : value;
}

function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function NodeTable({ graph: shownGraph }: { graph: SimpleGraph | null }) {
  const graph = useDeferredValue(shownGraph);
  const { t } = useTranslation('table');
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<TableSort | null>(null);
  const selected = useWorkbench((state) => state.selectedNode);
  const selectNode = useWorkbench((state) => state.selectNode);
  const scrollRef = useRef<HTMLDivElement>(null);
  const result = useDeferredValue(useWorkbench(currentMetrics));

  const data = useMemo<TableData>(() => {
    const ids = graph === null ? [] : graph.nodes();
    const labels = ids.map((id) => graph?.getNodeAttribute(id, 'label') || id);
    const sectors = ids.map((id) => graph?.getNodeAttribute(id, 'sector') ?? 'unknown');
    if (result === null) return { ids, labels, sectors, metrics: null };
    const at = new Map(result.ids.map((id, i) => [id, i]));
    const columns = {} as Record<NodeMetricName, Float64Array>;
    for (const name of NODE_METRICS) {
      const source = result.nodes[name];
      columns[name] = Float64Array.from(ids, (id) => source[at.get(id) ?? -1] ?? NaN);
    }
    return { ids, labels, sectors, metrics: columns };
  }, [graph, result]);
  const rows = useMemo(() => sortRows(data, filterRows(data, query), sort), [data, query, sort]);

  const virtualizer = useVirtualizer({
    count: open ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  useEffect(() => {
    if (!open || selected === null) return;
    const position = rows.findIndex((row) => data.ids[row] === selected);
    if (position >= 0) virtualizer.scrollToIndex(position, { align: 'center' });
  }, [open, selected, rows, data, virtualizer]);

  const columns: TableColumn[] = ['label', 'sector', ...(data.metrics ? NODE_METRICS : [])];
  const toggleSort = (column: TableColumn) =>
    setSort((current) =>
      current?.column === column
        ? { column, descending: !current.descending }
        : { column, descending: column !== 'label' && column !== 'sector' },
    );
  const headerLabel = (column: TableColumn) =>
    column === 'label'
      ? t('label')
      : column === 'sector'
        ? t('sector')
        : t(`metrics:${column}.label`);

  return (
    <section
      className={`node-table-drawer${open ? ' open' : ''}`}
      data-testid="node-table"
      data-rows={rows.length}
      data-total={data.ids.length}
    >
      <div className="node-table-bar">
        <button
          type="button"
          className="drawer-toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          data-testid="node-table-toggle"
        >
          {open ? '▾' : '▸'} {t('title')}
        </button>
        <span className="node-table-count" data-testid="node-table-count">
          {t('count', {
            count: data.ids.length,
            shown: formatCount(rows.length),
            total: formatCount(data.ids.length),
          })}
        </span>
        {open && (
          <>
            <input
              type="search"
              placeholder={t('filter')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              data-testid="node-table-filter"
              aria-label={t('filter')}
            />
            <button
              type="button"
              onClick={() => downloadText('nodes.csv', tableCsv(data, rows))}
              data-testid="node-table-export"
            >
              {t('exportCsv')}
            </button>
            {data.metrics === null && <span className="node-table-note">{t('noMetrics')}</span>}
          </>
        )}
      </div>
      {open && (
        <div
          className="node-table-scroll"
          ref={scrollRef}
          role="table"
          aria-rowcount={rows.length + 1}
        >
          <div className="node-table-row node-table-head" role="row">
            {columns.map((column) => (
              <button
                key={column}
                type="button"
                role="columnheader"
                className={`cell cell-${column === 'label' ? 'label' : column === 'sector' ? 'sector' : 'number'}`}
                title={
                  column === 'label' || column === 'sector'
                    ? undefined
                    : t(`metrics:${column}.explanation`)
                }
                aria-sort={
                  sort?.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'
                }
                data-column={column}
                onClick={() => toggleSort(column)}
              >
                {headerLabel(column)}
                {sort?.column === column ? (sort.descending ? ' ↓' : ' ↑') : ''}
              </button>
            ))}
          </div>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              const id = data.ids[row];
              const sector = data.sectors[row] as keyof typeof SECTOR_COLOURS;
              return (
                <div
                  key={id}
                  role="row"
                  className={`node-table-row${id === selected ? ' selected' : ''}`}
                  aria-selected={id === selected}
                  data-testid="node-row"
                  data-node={id}
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                  onClick={() => selectNode(id)}
                >
                  <span role="cell" className="cell cell-label" title={data.labels[row]}>
                    {data.labels[row]}
                  </span>
                  <span role="cell" className="cell cell-sector">
                    <span className="swatch" style={{ backgroundColor: SECTOR_COLOURS[sector] }} />
                    {t(`common:sector.${sector}.name`)}
                  </span>
                  {data.metrics &&
                    NODE_METRICS.map((name) => (
                      <span key={name} role="cell" className="cell cell-number">
                        {formatValue(shownValue(name, data.metrics?.[name][row]))}
                      </span>
                    ))}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}
