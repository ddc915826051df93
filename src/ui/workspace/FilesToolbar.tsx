/** The header's file and edit tools: open files, export, workspace file, undo/redo/delete. */
import type { SimpleGraph } from '../../model/index.ts';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { OpenFilesButton } from '../import/OpenFilesButton.tsx';
import { HistoryButtons } from './HistoryButtons.tsx';
import { WorkspaceMenu } from './WorkspaceMenu.tsx';
import './files.css';

export function FilesToolbar({ graph }: { graph: SimpleGraph | null }) {
  return (
    <div className="files-toolbar" data-testid="files-toolbar">
      <div className="tool-group">
        <OpenFilesButton />
        <ExportMenu graph={graph} />
      </div>
      <WorkspaceMenu />
      <HistoryButtons />
    </div>
  );
}
