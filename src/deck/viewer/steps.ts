/**
 * Which scene a key press leads to. Presentation clickers send PageUp/PageDown (some
 * send arrows), so those step as the arrows and Space do; Home and End jump to the ends.
 * Pure, tested in Node.
 */

export type Step = 'next' | 'previous' | 'first' | 'last';

/** The step a keyboard key means, or null for keys the viewer leaves alone. */
export function stepForKey(key: string, shiftKey: boolean): Step | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** The scene index after a step, staying within 0..count−1 (no wrap-around). */
export function applyStep(index: number, step: Step, count: number): number {
  if (count <= 0) return 0;
  switch (step) {
    case 'next':
      return Math.min(count - 1, index + 1);
    case 'previous':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
  }
}

/** "2 / 5" from a template with {{n}} and {{total}} (1-based n). */
export function counterText(template: string, index: number, count: number): string {
  return template
    .replace(/\{\{\s*n\s*\}\}/g, String(index + 1))
    .replace(/\{\{\s*total\s*\}\}/g, String(count));
}
