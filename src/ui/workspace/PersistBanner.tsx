/**
 * Says when the saved workspace could not be restored (the app started without it) and
 * offers to reset it; says when saving in this browser fails.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resetAndSave, usePersistStatus } from './usePersistence.ts';

export function PersistBanner() {
  const { t } = useTranslation('workspace');
  const status = usePersistStatus();
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (status.kind !== 'corrupt' && status.kind !== 'saving-failed') return null;
  if (dismissed === status.error) return null;
  return (
    <div className="persist-banner" data-testid="persist-banner" role="alert">
      {status.kind === 'corrupt' && <strong>{t('corrupt')}</strong>}
      <span>{t(`messages.${status.message.key}`, { detail: status.message.detail })}</span>
      {status.kind === 'corrupt' && <span>{t('started')}</span>}
      {status.kind === 'corrupt' && (
        <button type="button" data-testid="persist-reset" onClick={() => void resetAndSave()}>
          {t('reset')}
        </button>
      )}
      <button type="button" onClick={() => setDismissed(status.error)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
