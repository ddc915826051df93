/**
 * What a key does in present mode. Presentation clickers send Page Down / Page Up (some
 * send arrows), keyboards add Space / Shift+Space, Home / End; Esc leaves.
 */
export type PresentCommand = 'next' | 'previous' | 'first' | 'last' | 'exit';

export function commandOf(key: string, shift: boolean): PresentCommand | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return shift ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** The slide a command leads to (clamped to 0 … count − 1); null for exit. */
export function slideAfter(command: PresentCommand, slide: number, count: number): number | null {
  const last = Math.max(0, count - 1);
  switch (command) {
    case 'next':
      return Math.min(last, slide + 1);
    case 'previous':
      return Math.max(0, slide - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
    default:
      return null;
  }
}
