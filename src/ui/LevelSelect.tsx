/** Picks the level: people, organizations, or both with affiliation edges. */
import { useTranslation } from 'react-i18next';
import { LEVELS, type Level } from '../model/index.ts';
import { useWorkbench } from './workbench.ts';

export function LevelSelect() {
  const { t } = useTranslation('workbench');
  const level = useWorkbench((state) => state.level);
  const setLevel = useWorkbench((state) => state.setLevel);
  return (
    <label className="picker">
      <span>{t('level.label')}</span>
      <select
        data-testid="level-select"
        value={level}
        onChange={(event) => setLevel(event.target.value as Level)}
      >
        {LEVELS.map((option) => (
          <option key={option} value={option}>
            {t(`level.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
