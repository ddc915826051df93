/** The header button that opens the compare view. */
import { workbench, useWorkbench } from '../workbench.ts';
import { TEXT } from './strings.ts';

export function CompareButton() {
  const count = useWorkbench((s) => s.datasetIds.length);
  return (
    <button
      type="button"
      className="compare-open"
      data-testid="compare-open"
      title={TEXT.openTitle}
      disabled={count < 2}
      onClick={() => workbench.store.getState().openCompare()}
    >
      {TEXT.open}
    </button>
  );
}
