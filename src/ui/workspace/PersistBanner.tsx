/**
 * Says when the saved workspace could not be restored (the app started without it) and
 * offers to reset it; says when saving in this browser fails.
 */
import { useState } from 'react';
import { resetAndSave, usePersistStatus } from './usePersistence.ts';

const TEXT = {
  corrupt: 'Your saved workspace could not be restored.',
  started: 'The workbench started with the sample regions only.',
  reset: 'Reset saved workspace',
  dismiss: 'Dismiss',
};

export function PersistBanner() {
  const status = usePersistStatus();
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (status.kind !== 'corrupt' && status.kind !== 'saving-failed') return null;
  if (dismissed === status.error) return null;
  return (
    <div className="persist-banner" data-testid="persist-banner" role="alert">
      {status.kind === 'corrupt' && <strong>{TEXT.corrupt}</strong>}
      <span>{status.error}</span>
      {status.kind === 'corrupt' && <span>{TEXT.started}</span>}
      {status.kind === 'corrupt' && (
        <button type="button" data-testid="persist-reset" onClick={() => void resetAndSave()}>
          {TEXT.reset}
        </button>
      )}
      <button type="button" onClick={() => setDismissed(status.error)}>
        {TEXT.dismiss}
      </button>
    </div>
  );
}
