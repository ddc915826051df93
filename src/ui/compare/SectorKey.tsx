/** The sector colours of the compare panels (the one palette of src/view/palette.ts). */
import { PALETTE_SECTORS, SECTOR_COLOURS, SECTOR_LABELS } from '../../view/palette.ts';

export function SectorKey() {
  return (
    <ul className="compare-sector-key">
      {PALETTE_SECTORS.filter((s) => s !== 'unknown').map((sector) => (
        <li key={sector}>
          <span style={{ background: SECTOR_COLOURS[sector] }} />
          {SECTOR_LABELS[sector]}
        </li>
      ))}
    </ul>
  );
}
