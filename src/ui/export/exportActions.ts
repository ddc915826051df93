/**
 * The export menu's actions: each one reads the shown graph, the view's positions and
 * the metrics (when computed for this graph), writes one file and downloads it under
 * `<region>-<level>-<date>[-what].<ext>`. Errors are returned as a message, never thrown.
 */
import { i18n } from '../../i18n/index.ts';
import { exportGexf } from '../../io/export/gexf.ts';
import { exportGraphml } from '../../io/export/graphml.ts';
import type { MetricsResult } from '../../metrics/result.ts';
import type { SimpleGraph } from '../../model/index.ts';
import { drawnPositions, getCy } from '../../view/cyRegistry.ts';
import { exportPng, type PngOptions } from '../../view/exportImage.ts';
import type { LookLegend } from '../appearance/look.ts';
import { exportSvg } from '../../view/exportSvg.ts';
import { workbench } from '../workbench.ts';
import { downloadBlob, downloadText } from './download.ts';
import { cytoscapeJson, edgesCsv, graphWithPositions, nodesCsv } from './exportTables.ts';
import { exportFileName } from './fileName.ts';
import { imageLegend } from './imageLegend.ts';

export type ExportKind = 'png' | 'svg' | 'nodes' | 'edges' | 'gexf' | 'graphml' | 'cytoscape';

export interface ExportRequest {
  kind: ExportKind;
  graph: SimpleGraph;
  png: PngOptions;
  /** The legend of what the canvas shows (appearance panel), when known. */
  legend: LookLegend | null;
}

function metricsOf(): MetricsResult | null {
  // The metrics slice may not be part of every build of the store; read it defensively.
  const state = workbench.store.getState() as unknown as {
    metrics?: { result?: MetricsResult | null };
  };
  return state.metrics?.result ?? null;
}

function context() {
  const state = workbench.store.getState();
  const entry = state.regionId === null ? undefined : state.datasets[state.regionId];
  const region = entry?.name ?? 'network';
  return { region, level: state.level, sizeBy: state.sizeBy };
}

export async function runExport({
  kind,
  graph,
  png,
  legend,
}: ExportRequest): Promise<string | null> {
  const { region, level, sizeBy } = context();
  const date = new Date();
  const name = (ext: string, what?: string) => exportFileName({ region, level, date, ext, what });
  const cy = getCy();
  try {
    if (kind === 'png' || kind === 'svg') {
      if (cy === null || cy.nodes().length === 0) return i18n.t('export:nothingDrawn');
      if (kind === 'png') {
        const blob = await exportPng(cy, png, imageLegend(legend, sizeBy));
        downloadBlob(blob, name('png', png.scale === 1 ? undefined : `png@${png.scale}x`));
      } else {
        const key = png.legend ? imageLegend(legend, sizeBy) : null;
        downloadBlob(await exportSvg(cy, png.background, key), name('svg'));
      }
      return null;
    }
    const positions = drawnPositions(cy);
    const metrics = metricsOf();
    if (kind === 'nodes')
      downloadText(
        nodesCsv(graph, positions, metrics),
        name('csv', 'nodes'),
        'text/csv;charset=utf-8',
      );
    else if (kind === 'edges')
      downloadText(edgesCsv(graph), name('csv', 'edges'), 'text/csv;charset=utf-8');
    else if (kind === 'gexf')
      downloadText(
        exportGexf(graphWithPositions(graph, positions), { title: `${region} (${level})` }),
        name('gexf'),
        'application/xml',
      );
    else if (kind === 'graphml')
      downloadText(
        exportGraphml(graphWithPositions(graph, positions), { title: `${region} (${level})` }),
        name('graphml'),
        'application/xml',
      );
    else
      downloadText(
        JSON.stringify(cytoscapeJson(graph, positions, `${region} (${level})`, metrics), null, 1),
        name('cyjs'),
        'application/json',
      );
    return null;
  } catch (error) {
    return i18n.t('export:failed', {
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
