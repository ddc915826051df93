/**
 * The legend of what the canvas shows now (LookLegend of src/ui/appearance/look.ts), kept
 * by App for code outside React: the scene picture exporters draw it into the image.
 */
import type { LookLegend } from '../appearance/look.ts';

let current: LookLegend | null = null;

export function setCurrentLegend(legend: LookLegend | null): void {
  current = legend;
}

export function currentLegend(): LookLegend | null {
  return current;
}
