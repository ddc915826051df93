/** A folded list of checkboxes for one "keep these" filter (undefined: all kept). */
import { toggleInList } from '../../store/filterSlice.ts';

export interface ChecklistProps<T extends string | number> {
  title: string;
  testId: string;
  options: readonly T[];
  kept: readonly T[] | null | undefined;
  label?: (value: T) => string;
  onChange: (kept: T[] | undefined) => void;
}

export function Checklist<T extends string | number>({
  title,
  testId,
  options,
  kept,
  label = String,
  onChange,
}: ChecklistProps<T>) {
  if (options.length === 0) return null;
  const count = kept == null ? options.length : kept.length;
  return (
    <details className="filter-group">
      <summary>
        {title}{' '}
        <span className="filter-count">
          {count}/{options.length}
        </span>
      </summary>
      <ul className="filter-checklist">
        {options.map((option) => (
          <li key={option}>
            <label>
              <input
                type="checkbox"
                data-testid={testId}
                data-value={option}
                checked={kept == null || kept.includes(option)}
                onChange={() => onChange(toggleInList(kept, option, options))}
              />
              {label(option)}
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
