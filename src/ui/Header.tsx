/** Title bar with the region and level pickers. */
import { LevelSelect } from './LevelSelect.tsx';
import { RegionSelect } from './RegionSelect.tsx';
import { CompareButton } from './compare/CompareButton.tsx';

export function Header() {
  return (
    <header className="app-header">
      <h1>Cluster Network Workbench</h1>
      <div className="pickers">
        <RegionSelect />
        <LevelSelect />
        <CompareButton />
      </div>
    </header>
  );
}
