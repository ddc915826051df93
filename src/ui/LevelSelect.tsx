/** Picks the level: people, organizations, or both with affiliation edges. */
import { LEVELS, type Level } from '../model/index.ts';
import { useWorkbench } from './workbench.ts';

export const LEVEL_LABELS: Record<Level, string> = {
  organizations: 'Organizations',
  people: 'People',
  all: 'People and organizations',
};

export function LevelSelect() {
  const level = useWorkbench((state) => state.level);
  const setLevel = useWorkbench((state) => state.setLevel);
  return (
    <label className="picker">
      <span>Level</span>
      <select
        data-testid="level-select"
        value={level}
        onChange={(event) => setLevel(event.target.value as Level)}
      >
        {LEVELS.map((option) => (
          <option key={option} value={option}>
            {LEVEL_LABELS[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
