/** Starts an import of the user's files in the import worker, into the app's workbench. */
import { importInWorker } from '../../workers/importClient.ts';
import { workbench } from '../workbench.ts';
import { restoreSavedPositions } from '../workspace/positionsKeeper.ts';
import { importUserFiles } from './runImport.ts';

export function openUserFiles(files: readonly File[]): void {
  void importUserFiles(
    workbench,
    files,
    (inputs, options) => importInWorker(inputs, options),
    (workspace) => restoreSavedPositions(workspace.positions),
  );
}
