/**
 * The present mode's theme for GraphCanvas's `extraStyle` (src/view/presentStyle.ts):
 * undefined outside present mode; while presenting, rebuilt when the zoom has changed by
 * a step (labels stay LABEL_PX on screen) — read from the canvas a moment after the
 * viewport stops moving, so a gliding transition restyles once, at its end.
 */
import { useEffect, useMemo, useState } from 'react';
import type { StylesheetJson } from 'cytoscape';
import type { ColourBy } from '../../store/index.ts';
import { onCy } from '../../view/cyRegistry.ts';
import { buildPresentStyle, quantiseZoom } from '../../view/presentStyle.ts';

const SETTLE_MS = 150;

export function usePresentStyle(
  presenting: boolean,
  colourBy: ColourBy,
): StylesheetJson | undefined {
  const [zoom, setZoom] = useState(1);
  useEffect(() => {
    if (!presenting) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let detach = () => undefined as void;
    const unsubscribe = onCy((cy) => {
      detach();
      if (cy === null) return;
      const read = () => {
        clearTimeout(timer);
        timer = setTimeout(() => setZoom(quantiseZoom(cy.zoom())), SETTLE_MS);
      };
      read();
      cy.on('viewport', read);
      detach = () => void cy.off('viewport', read);
    });
    return () => {
      clearTimeout(timer);
      detach();
      unsubscribe();
    };
  }, [presenting]);
  const bySector = colourBy === 'sector';
  return useMemo(
    () => (presenting ? buildPresentStyle({ zoom, bySector }) : undefined),
    [presenting, zoom, bySector],
  );
}
