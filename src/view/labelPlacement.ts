/**
 * Which labels to draw so that none covers another: labels are taken in priority order
 * (the caller sorts them: hovered node, its partners, the selection, then bigger nodes)
 * and a label is kept only when its box, grown by `gap` on every side, meets no box kept
 * before it. Greedy, as VOSviewer and Gephi's label adjust do it: a high-priority label
 * is never hidden by a lower one.
 *
 * A uniform grid (cells of `cell` units) holds the kept boxes, so each label is tested
 * against the few kept boxes near it: O(n · k) for n labels and k boxes per cell, rather
 * than O(n²). Pure: runs in Node for tests; the canvas binding is labelDeclutter.ts.
 */

export interface LabelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** `kept[i]` says whether the i-th box (in priority order) is drawn. */
export function placeLabels(boxes: readonly LabelBox[], gap: number): boolean[] {
  const kept: boolean[] = new Array<boolean>(boxes.length).fill(false);
  if (boxes.length === 0) return kept;
  const cell = gridCell(boxes, gap);
  const grid = new Map<string, LabelBox[]>();
  const cellsOf = (box: LabelBox, visit: (key: string) => boolean | void): boolean => {
    const cx1 = Math.floor((box.x1 - gap) / cell);
    const cx2 = Math.floor((box.x2 + gap) / cell);
    const cy1 = Math.floor((box.y1 - gap) / cell);
    const cy2 = Math.floor((box.y2 + gap) / cell);
    for (let cx = cx1; cx <= cx2; cx++)
      for (let cy = cy1; cy <= cy2; cy++) if (visit(`${cx},${cy}`) === true) return true;
    return false;
  };
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i];
    if (!isUsable(box)) continue;
    const clash = cellsOf(box, (key) => grid.get(key)?.some((other) => meet(box, other, gap)));
    if (clash) continue;
    kept[i] = true;
    cellsOf(box, (key) => {
      const list = grid.get(key);
      if (list === undefined) grid.set(key, [box]);
      else list.push(box);
    });
  }
  return kept;
}

/** Whether two boxes come closer than `gap` (touching at exactly `gap` is apart). */
export function meet(a: LabelBox, b: LabelBox, gap: number): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

function isUsable(box: LabelBox): boolean {
  return (
    Number.isFinite(box.x1) &&
    Number.isFinite(box.x2) &&
    Number.isFinite(box.y1) &&
    Number.isFinite(box.y2) &&
    box.x2 > box.x1 &&
    box.y2 > box.y1
  );
}

/** Cells about twice a typical label's height: labels are wide, so they span a few. */
function gridCell(boxes: readonly LabelBox[], gap: number): number {
  let heights = 0;
  let counted = 0;
  for (const box of boxes) {
    if (!isUsable(box)) continue;
    heights += box.y2 - box.y1;
    counted++;
  }
  const typical = counted === 0 ? 1 : heights / counted;
  return Math.max(2 * (typical + gap), Number.EPSILON);
}
