/** Title bar with the region and level pickers. */
import { LevelSelect } from './LevelSelect.tsx';
import { RegionSelect } from './RegionSelect.tsx';

export function Header() {
  return (
    <header className="app-header">
      <h1>Cluster Network Workbench</h1>
      <div className="pickers">
        <RegionSelect />
        <LevelSelect />
      </div>
    </header>
  );
}
