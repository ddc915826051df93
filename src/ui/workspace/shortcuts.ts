/**
 * Keyboard commands of the workspace: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z or Ctrl+Y redo,
 * Delete/Backspace deletes the selected nodes from the view. Keys typed into a text
 * field, a select or an editable element belong to that element, not to these commands.
 */
export type WorkspaceCommand = 'undo' | 'redo' | 'delete';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** Whether focus is in an input, textarea, select or contenteditable element. */
  inEditable: boolean;
}

export function commandOf(press: KeyPress): WorkspaceCommand | null {
  if (press.inEditable || press.altKey) return null;
  const key = press.key.toLowerCase();
  const mod = press.ctrlKey || press.metaKey;
  if (mod && key === 'z') return press.shiftKey ? 'redo' : 'undo';
  if (press.ctrlKey && !press.metaKey && !press.shiftKey && key === 'y') return 'redo';
  if (!mod && !press.shiftKey && (key === 'delete' || key === 'backspace')) return 'delete';
  return null;
}

export function isEditable(target: EventTarget | null): boolean {
  if (target === null || typeof (target as Element).closest !== 'function') return false;
  return (
    (target as Element).closest(
      'input, textarea, select, [contenteditable=""], [contenteditable="true"]',
    ) !== null
  );
}
