/**
 * What a key does in present mode: the same steps as the offline deck's viewer
 * (src/deck/viewer/steps.ts — clickers send Page Down / Page Up, keyboards add arrows,
 * Space / Shift+Space, Home / End), plus Esc, which leaves. One rule for both, so a
 * presenter's clicker behaves the same in the workbench and in the exported deck.
 */
import { applyStep, stepForKey, type Step } from '../../deck/viewer/steps.ts';

export type PresentCommand = Step | 'exit';

export function commandOf(key: string, shift: boolean): PresentCommand | null {
  return key === 'Escape' ? 'exit' : stepForKey(key, shift);
}

/** The slide a command leads to (clamped to 0 … count − 1); null for exit. */
export function slideAfter(command: PresentCommand, slide: number, count: number): number | null {
  return command === 'exit' ? null : applyStep(slide, command, count);
}
