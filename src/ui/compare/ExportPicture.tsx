/**
 * "Export picture (SVG)" / "(PNG)": the whole compare view — region panels, comparison
 * table and charts — as one picture for a report (composition: ./picture.ts; DOM
 * collection and PNG encoding: ./exportPicture.ts). File names compare-<regions>-<level>-<date>.
 */
import { useState, type RefObject } from 'react';
import type { Comparison } from '../../metrics/compare/table.ts';
import {
  collectCharts,
  collectKey,
  collectPanels,
  downloadBlob,
  svgToPng,
} from './exportPicture.ts';
import { composePicture, pictureFileName } from './picture.ts';
import { useTranslation } from 'react-i18next';
import { formatValue } from './tableSort.ts';

interface Props {
  view: RefObject<HTMLElement | null>;
  comparison: Comparison | null;
  regions: readonly string[];
  title: string;
  subtitle: string;
  level: string;
}

export function ExportPicture({ view, comparison, regions, title, subtitle, level }: Props) {
  const { t } = useTranslation('compare');
  const [error, setError] = useState<string | null>(null);
  const run = async (kind: 'svg' | 'png') => {
    if (view.current === null) return;
    setError(null);
    try {
      const picture = composePicture({
        title,
        subtitle,
        key: collectKey(view.current),
        panels: collectPanels(view.current),
        table: comparison,
        charts: collectCharts(view.current),
        format: formatValue,
        metricHeader: t('metric'),
      });
      const name = pictureFileName(regions, level, new Date(), kind);
      const blob =
        kind === 'svg'
          ? new Blob([picture.svg], { type: 'image/svg+xml;charset=utf-8' })
          : await svgToPng(picture.svg, picture.width, picture.height);
      downloadBlob(blob, name);
    } catch (e) {
      setError(t('exportFailed', { error: (e as Error).message }));
    }
  };
  return (
    <span className="compare-export">
      <button
        type="button"
        data-testid="export-picture-svg"
        disabled={comparison === null}
        onClick={() => void run('svg')}
      >
        {t('exportSvg')}
      </button>
      <button
        type="button"
        data-testid="export-picture-png"
        disabled={comparison === null}
        onClick={() => void run('png')}
      >
        {t('exportPng')}
      </button>
      {error && <span className="compare-error">{error}</span>}
    </span>
  );
}
