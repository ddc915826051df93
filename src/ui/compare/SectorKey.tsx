/** The sector colours of the compare panels (the one palette of src/view/palette.ts). */
import { useTranslation } from 'react-i18next';
import { PALETTE_SECTORS, SECTOR_COLOURS } from '../../view/palette.ts';

export function SectorKey() {
  const { t } = useTranslation('common');
  return (
    <ul className="compare-sector-key">
      {PALETTE_SECTORS.filter((s) => s !== 'unknown').map((sector) => (
        <li key={sector}>
          <span style={{ background: SECTOR_COLOURS[sector] }} />
          {t(`sector.${sector}.name`)}
        </li>
      ))}
    </ul>
  );
}
