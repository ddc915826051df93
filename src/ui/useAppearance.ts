/** The appearance settings of the view slice, as one object that changes only with them. */
import { useMemo } from 'react';
import type { Appearance } from '../view/stylesheet.ts';
import { useWorkbench } from './workbench.ts';

export function useAppearance(): Appearance {
  const colourBy = useWorkbench((state) => state.colourBy);
  const sizeBy = useWorkbench((state) => state.sizeBy);
  return useMemo(() => ({ colourBy, sizeBy }), [colourBy, sizeBy]);
}
