/** Composes the workbench: header with pickers, the canvas in the centre, a side panel. */
import { useState } from 'react';
import { GraphCanvas, type DrawnGraph } from '../view/GraphCanvas.tsx';
import { GraphStats } from './GraphStats.tsx';
import { Header } from './Header.tsx';
import { Legend } from './Legend.tsx';
import { LoadProgress } from './LoadProgress.tsx';
import { RegionDescription } from './RegionDescription.tsx';
import { RegionTable } from './RegionTable.tsx';
import { useSampleRegions } from './useSampleRegions.ts';
import { useShownGraph } from './useShownGraph.ts';
import { useAppearance } from './useAppearance.ts';
import { DetailsPanel } from './details/DetailsPanel.tsx';
import { useSelectionForCanvas } from './details/useSelectionForCanvas.ts';
import { useFocusHighlight } from './paths/useFocusHighlight.ts';
import { Scorecard } from './scorecard/Scorecard.tsx';
import { useShownGraphMetrics } from './scorecard/useShownGraphMetrics.ts';
import { SearchBox } from './search/SearchBox.tsx';
import { NodeTable } from './table/NodeTable.tsx';
import { FilesToolbar } from './workspace/FilesToolbar.tsx';
import { WorkspaceLayer } from './workspace/WorkspaceLayer.tsx';

export function App() {
  useSampleRegions();
  const graph = useShownGraph();
  const appearance = useAppearance();
  const [drawn, setDrawn] = useState<DrawnGraph | null>(null);
  useShownGraphMetrics(graph);
  useFocusHighlight(graph);
  const canvasSelection = useSelectionForCanvas();
  return (
    <div className="app">
      <Header />
      <FilesToolbar graph={graph} />
      <LoadProgress />
      <WorkspaceLayer />
      <main className="workspace">
        <div className="canvas-area">
          <GraphCanvas
            graph={graph}
            appearance={appearance}
            onDrawn={setDrawn}
            {...canvasSelection}
          />
          <GraphStats drawn={drawn} />
          <NodeTable graph={graph} />
        </div>
        <aside className="side-panel">
          <SearchBox graph={graph} />
          <DetailsPanel graph={graph} />
          <RegionDescription />
          <Legend />
          <Scorecard />
          <RegionTable />
        </aside>
      </main>
    </div>
  );
}
