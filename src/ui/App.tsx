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

export function App() {
  useSampleRegions();
  const graph = useShownGraph();
  const appearance = useAppearance();
  const [drawn, setDrawn] = useState<DrawnGraph | null>(null);
  return (
    <div className="app">
      <Header />
      <LoadProgress />
      <main className="workspace">
        <div className="canvas-area">
          <GraphCanvas graph={graph} appearance={appearance} onDrawn={setDrawn} />
          <GraphStats drawn={drawn} />
        </div>
        <aside className="side-panel">
          <RegionDescription />
          <Legend />
          <RegionTable />
        </aside>
      </main>
    </div>
  );
}
