/** The header button that opens the compare view. */
import { useTranslation } from 'react-i18next';
import { workbench, useWorkbench } from '../workbench.ts';

export function CompareButton() {
  const { t } = useTranslation('compare');
  const count = useWorkbench((s) => s.datasetIds.length);
  return (
    <button
      type="button"
      className="compare-open"
      data-testid="compare-open"
      title={t('openTitle')}
      disabled={count < 2}
      onClick={() => workbench.store.getState().openCompare()}
    >
      {t('open')}
    </button>
  );
}
