/**
 * Composes the workbench: header with pickers, the canvas in the centre, a side panel;
 * in present mode the same canvas with the present view around it and nothing else.
 */
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
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
import { AppearancePanel } from './appearance/AppearancePanel.tsx';
import { useLookOnCanvas } from './appearance/useLookOnCanvas.ts';
import { FilterPanel } from './filters/FilterPanel.tsx';
import { LayoutPanel } from './layout/LayoutPanel.tsx';
import { useLayouts } from './layout/useLayouts.ts';
import { isLarge, ownLayerFor, rendererOptionsFor } from '../view/layouts/renderer.ts';
import { ScenesPanel } from './scenes/ScenesPanel.tsx';
import { setCurrentLegend } from './scenes/currentLegend.ts';
import { reportDrawn } from './scenes/drawnSignal.ts';
import { PresentView } from './present/PresentView.tsx';
import { usePresentStyle } from './present/usePresentStyle.ts';
import { useWorkbench } from './workbench.ts';

// The compare view (its charts, periods and picture export) is fetched when first opened.
const CompareView = lazy(() =>
  import('./compare/CompareView.tsx').then((module) => ({ default: module.CompareView })),
);

export function App() {
  useSampleRegions();
  const graph = useShownGraph();
  const appearance = useAppearance();
  const [drawn, setDrawn] = useState<DrawnGraph | null>(null);
  // Scenes wait for drawings outside React (applyScene): forwarded to them as well.
  const onDrawn = useCallback((next: DrawnGraph | null) => {
    setDrawn(next);
    reportDrawn(next);
  }, []);
  // Large graphs get WebGL and viewport shortcuts; the canvas is remounted to switch.
  const large = graph !== null && isLarge(graph.order, graph.size);
  // A large graph's metrics start once it is drawn (the first picture comes sooner).
  useShownGraphMetrics(graph, undefined, !large || drawn?.graph === graph);
  useFocusHighlight(graph);
  const canvasSelection = useSelectionForCanvas();
  const legendLook = useLookOnCanvas(graph, drawn);
  useEffect(() => setCurrentLegend(legendLook), [legendLook]);
  const placeNodes = useLayouts(graph, drawn);
  const rendererOptions = useMemo(() => rendererOptionsFor(large), [large]);
  // Present mode keeps the one canvas mounted (same place in the tree) and hides the rest.
  const presenting = useWorkbench((state) => state.presenting !== null);
  const presentStyle = usePresentStyle(presenting, appearance.colourBy);
  const workbenchOnly = !presenting;
  const comparing = useWorkbench((state) => state.compare.open);
  return (
    <div className={presenting ? 'app presenting' : 'app'}>
      {workbenchOnly && <Header />}
      {workbenchOnly && <FilesToolbar graph={graph} legend={legendLook} />}
      {workbenchOnly && <LoadProgress />}
      <WorkspaceLayer />
      <main className="workspace">
        <div className="canvas-area">
          <GraphCanvas
            key={large ? 'large' : 'normal'}
            placeNodes={placeNodes}
            rendererOptions={rendererOptions}
            ownLayer={ownLayerFor(large, rendererOptions)}
            graph={graph}
            appearance={appearance}
            onDrawn={onDrawn}
            extraStyle={presentStyle}
            selection={canvasSelection.selection}
            // In present mode a click names the node (PresentView) instead of selecting it.
            onSelectNode={presenting ? undefined : canvasSelection.onSelectNode}
          />
          {workbenchOnly && <GraphStats drawn={drawn} />}
          {workbenchOnly && <NodeTable graph={graph} />}
        </div>
        {workbenchOnly && (
          <aside className="side-panel">
            <SearchBox graph={graph} />
            <DetailsPanel graph={graph} />
            <ScenesPanel />
            <RegionDescription />
            <Legend look={legendLook} />
            <Scorecard />
            <AppearancePanel graph={graph} />
            <LayoutPanel />
            <FilterPanel />
            <RegionTable />
          </aside>
        )}
      </main>
      {workbenchOnly && comparing && (
        <Suspense fallback={null}>
          <CompareView />
        </Suspense>
      )}
      {presenting && <PresentView graph={graph} drawn={drawn} legend={legendLook} />}
    </div>
  );
}
