/**
 * Composes the workbench: header with pickers, the canvas in the centre, a side panel;
 * in present mode the same canvas with the present view around it and nothing else.
 */
import { Suspense, lazy, memo, useCallback, useEffect, useMemo, useState } from 'react';
import { GraphCanvas, type DrawnGraph } from '../view/GraphCanvas.tsx';
import { GraphStats as GraphStatsView } from './GraphStats.tsx';
import { Header as HeaderView } from './Header.tsx';
import { Legend as LegendView } from './Legend.tsx';
import { LoadProgress } from './LoadProgress.tsx';
import { RegionDescription as RegionDescriptionView } from './RegionDescription.tsx';
import { RegionTable as RegionTableView } from './RegionTable.tsx';
import { useSampleRegions } from './useSampleRegions.ts';
import { useShownGraph } from './useShownGraph.ts';
import { useAppearance } from './useAppearance.ts';
import { DetailsPanel as DetailsPanelView } from './details/DetailsPanel.tsx';
import { useSelectionForCanvas } from './details/useSelectionForCanvas.ts';
import { useFocusHighlight } from './paths/useFocusHighlight.ts';
import { Scorecard as ScorecardView } from './scorecard/Scorecard.tsx';
import { useShownGraphMetrics } from './scorecard/useShownGraphMetrics.ts';
import { SearchBox as SearchBoxView } from './search/SearchBox.tsx';
import { NodeTable as NodeTableView } from './table/NodeTable.tsx';
import { FilesToolbar as FilesToolbarView } from './workspace/FilesToolbar.tsx';
import { WorkspaceLayer } from './workspace/WorkspaceLayer.tsx';
import { AppearancePanel as AppearancePanelView } from './appearance/AppearancePanel.tsx';
import { useLookOnCanvas } from './appearance/useLookOnCanvas.ts';
import { FilterPanel as FilterPanelView } from './filters/FilterPanel.tsx';
import { LayoutPanel as LayoutPanelView } from './layout/LayoutPanel.tsx';
import { useLayouts } from './layout/useLayouts.ts';
import { isLarge, ownLayerFor, rendererOptionsFor } from '../view/layouts/renderer.ts';
import { ScenesPanel as ScenesPanelView } from './scenes/ScenesPanel.tsx';
import { setCurrentLegend } from './scenes/currentLegend.ts';
import { reportDrawn } from './scenes/drawnSignal.ts';
import { PresentView } from './present/PresentView.tsx';
import { usePresentStyle } from './present/usePresentStyle.ts';
import { useWorkbench } from './workbench.ts';

// App renders again on every drawing, look and metrics change; each panel renders only
// when its own props change (each reads the store itself). Without this a large graph's
// metrics arriving rendered every panel again, 150–200 ms in one task for 5,000 nodes.
const GraphStats = memo(GraphStatsView);
const Header = memo(HeaderView);
const Legend = memo(LegendView);
const RegionDescription = memo(RegionDescriptionView);
const RegionTable = memo(RegionTableView);
const DetailsPanel = memo(DetailsPanelView);
const Scorecard = memo(ScorecardView);
const SearchBox = memo(SearchBoxView);
const NodeTable = memo(NodeTableView);
const FilesToolbar = memo(FilesToolbarView);
const AppearancePanel = memo(AppearancePanelView);
const FilterPanel = memo(FilterPanelView);
const LayoutPanel = memo(LayoutPanelView);
const ScenesPanel = memo(ScenesPanelView);

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
  useShownGraphMetrics(graph, { ready: !large || drawn?.graph === graph });
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
