/**
 * Everything about files and keeping work that is not a header button: restore/autosave,
 * keyboard shortcuts, the drop overlay, the import progress or failure, the import report
 * and the banner about an unreadable saved workspace.
 */
import { DropOverlay } from '../import/DropOverlay.tsx';
import { ImportReportDialog } from '../import/ImportReportDialog.tsx';
import { ImportStatus } from '../import/ImportStatus.tsx';
import { MappingDialog } from '../import/MappingDialog.tsx';
import { useWorkspaceShortcuts } from './HistoryButtons.tsx';
import { PersistBanner } from './PersistBanner.tsx';
import { usePersistence } from './usePersistence.ts';
import './files.css';

export function WorkspaceLayer() {
  usePersistence();
  useWorkspaceShortcuts();
  return (
    <>
      <PersistBanner />
      <ImportStatus />
      <ImportReportDialog />
      <MappingDialog />
      <DropOverlay />
    </>
  );
}
