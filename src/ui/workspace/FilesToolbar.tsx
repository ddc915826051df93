/** The header's file and edit tools: open files, export, workspace file, undo/redo/delete. */
import type { SimpleGraph } from '../../model/index.ts';
import type { LookLegend } from '../appearance/look.ts';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { OpenFilesButton } from '../import/OpenFilesButton.tsx';
import { HistoryButtons } from './HistoryButtons.tsx';
import { WorkspaceMenu } from './WorkspaceMenu.tsx';
import './files.css';

export function FilesToolbar({
  graph,
  legend = null,
}: {
  graph: SimpleGraph | null;
  /** The legend of what the canvas shows, for image exports. */
  legend?: LookLegend | null;
}) {
  return (
    <div className="files-toolbar" data-testid="files-toolbar">
      <div className="tool-group">
        <OpenFilesButton />
        <ExportMenu graph={graph} legend={legend} />
      </div>
      <WorkspaceMenu />
      <HistoryButtons />
    </div>
  );
}
