/** Picks the shown region among the loaded datasets. */
import { useShallow } from 'zustand/shallow';
import { useWorkbench } from './workbench.ts';

export function RegionSelect() {
  const regionId = useWorkbench((state) => state.regionId);
  const options = useWorkbench(
    useShallow((state) =>
      state.datasetIds.map((id) => {
        const entry = state.datasets[id];
        return `${id}\u0000${entry.name}${entry.nameJa ? ` (${entry.nameJa})` : ''}`;
      }),
    ),
  );
  const selectRegion = useWorkbench((state) => state.selectRegion);
  return (
    <label className="picker">
      <span>Region</span>
      <select
        data-testid="region-select"
        value={regionId ?? ''}
        disabled={options.length === 0}
        onChange={(event) => selectRegion(event.target.value)}
      >
        {options.length === 0 && <option value="">Loading…</option>}
        {options.map((option) => {
          const [id, label] = option.split('\u0000');
          return (
            <option key={id} value={id}>
              {label}
            </option>
          );
        })}
      </select>
    </label>
  );
}
