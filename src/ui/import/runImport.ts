/**
 * What happens to files the user drops or picks: a workspace file (.json) replaces the
 * workspace's settings and adds its datasets; anything else goes to the importer in the
 * worker. A dataset that loads (even with skipped rows) is added beside the sample
 * regions under an id of its own and shown, and its report opens; a fatal problem or a
 * cancel leaves the workspace exactly as it was. Never throws.
 */
import { i18n } from '../../i18n/index.ts';
import type { ImportOptions, ImportOutcome, InputFile, TableMapping } from '../../io/index.ts';
import type { Workbench } from '../../store/index.ts';
import { applyWorkspace } from '../../store/persistence/applyWorkspace.ts';
import { parseWorkspaceText, type Workspace } from '../../store/workspaceFile.ts';
import { nextTask } from '../../view/largeDrawing.ts';
import { levelGraph } from '../derivedGraphs.ts';
import { headerSignature } from '../../io/roles.ts';
import { setImportPhase } from './importState.ts';
import { loadRemembered, remember } from './rememberedMappings.ts';

export type ImportRunner = (
  files: InputFile[],
  options: Pick<
    ImportOptions,
    'onProgress' | 'signal' | 'mappings' | 'askForRoles' | 'remembered' | 'projection'
  >,
) => Promise<ImportOutcome>;

/** `base`, or `base-2`, `base-3`, … — the first that is not taken. */
export function uniqueDatasetId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

async function readFiles(files: readonly File[]): Promise<InputFile[]> {
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

function isWorkspaceFile(files: readonly File[]): boolean {
  return files.length === 1 && /\.json$/i.test(files[0].name);
}

async function openWorkspaceFile(
  workbench: Workbench,
  file: File,
  onWorkspaceOpened?: (workspace: Workspace) => void,
): Promise<void> {
  const text = await file.text().catch(() => '');
  const parsed = parseWorkspaceText(text);
  if (!parsed.ok) {
    const report = {
      files: [],
      problems: [{ file: file.name, row: null, severity: 'fatal' as const, reason: parsed.error }],
    };
    setImportPhase({
      kind: 'failed',
      files: [file.name],
      error: i18n.t(`workspace:messages.${parsed.problem}`, { detail: parsed.detail }),
      report,
      cancelled: false,
    });
    return;
  }
  applyWorkspace(workbench, parsed.workspace);
  onWorkspaceOpened?.(parsed.workspace);
  setImportPhase({ kind: 'idle' });
}

export async function importUserFiles(
  workbench: Workbench,
  files: readonly File[],
  runner: ImportRunner,
  /** Called after a workspace file was applied (the view restores its positions). */
  onWorkspaceOpened?: (workspace: Workspace) => void,
  /**
   * What the user said since the first try: the import step's mappings of tables whose
   * names say nothing, and the choice to draw large projects as stars.
   */
  said: Pick<ImportOptions, 'mappings' | 'projection'> = {},
): Promise<void> {
  if (files.length === 0) return;
  const names = files.map((file) => file.name);
  if (isWorkspaceFile(files)) return openWorkspaceFile(workbench, files[0], onWorkspaceOpened);
  const aborter = new AbortController();
  const running = (fraction: number, step: string) =>
    setImportPhase({
      kind: 'running',
      files: names,
      fraction,
      step,
      cancel: () => aborter.abort(),
    });
  running(0, i18n.t('import:readingFiles'));
  let outcome: ImportOutcome;
  try {
    outcome = await runner(await readFiles(files), {
      onProgress: running,
      signal: aborter.signal,
      askForRoles: true,
      remembered: loadRemembered(),
      ...said,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    outcome = {
      ok: false,
      error: i18n.t('import:unreadable', { reason }),
      report: { files: [], problems: [] },
    };
  }
  if (!outcome.ok && outcome.needsMapping !== undefined) {
    const previews = outcome.needsMapping;
    setImportPhase({
      kind: 'mapping',
      files: names,
      previews,
      confirm: (given) => {
        // Remembered by the headers they were given for, offered for the next such table.
        const bySignature = new Map<string, TableMapping>();
        for (const preview of previews) {
          const mapping = given.get(preview.key);
          if (mapping !== undefined) bySignature.set(headerSignature(preview.header), mapping);
        }
        remember(bySignature);
        void importUserFiles(workbench, files, runner, onWorkspaceOpened, {
          ...said,
          mappings: given,
        });
      },
    });
    return;
  }
  if (!outcome.ok) {
    const tooLarge = outcome.report.problems.some((p) => p.code === 'projectionTooLarge');
    setImportPhase({
      kind: 'failed',
      files: names,
      error: outcome.error,
      report: outcome.report,
      cancelled: outcome.cancelled === true,
      // The way out of a projection too large to hold: large projects as stars.
      ...(tooLarge && {
        retry: {
          label: 'import:asStars',
          run: () =>
            void importUserFiles(workbench, files, runner, onWorkspaceOpened, {
              ...said,
              projection: { ...said.projection, largeGroups: 'star' },
            }),
        },
      }),
    });
    return;
  }
  const { dataset } = outcome;
  const state = workbench.store.getState();
  const id = uniqueDatasetId(
    `file-${dataset.id}`,
    (candidate) => state.datasets[candidate] !== undefined,
  );
  const name = state.datasetIds.some((other) => state.datasets[other].name === dataset.name)
    ? `${dataset.name} (${id})`
    : dataset.name;
  state.addDataset(
    id,
    { ...dataset, id, name },
    { name, description: i18n.t('import:loadedFrom', { files: names.join(', ') }) },
  );
  workbench.store.getState().markUserDataset(id);
  // The graph to show is derived in a task of its own (kept by derivedGraph), not in the
  // render that shows it: together they were one task of 250–300 ms for 5,000 nodes.
  await nextTask();
  const added = workbench.registry.get(id);
  if (added !== undefined) levelGraph(added, workbench.store.getState());
  await nextTask();
  workbench.store.getState().selectRegion(id);
  setImportPhase({ kind: 'report', datasetName: name, report: dataset.report });
}
