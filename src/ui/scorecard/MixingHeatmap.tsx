/**
 * The sector mixing matrix as a heatmap: one sequential colour scale (white → the
 * accent blue, by share of the largest cell), each cell showing its tie count; row and
 * column headers carry the sector colour swatch of the one palette.
 */
import { useTranslation } from 'react-i18next';
import { formatCount, formatNumber } from '../../i18n/format.ts';
import type { SectorMixing } from '../../metrics/types.ts';
import { SECTOR_COLOURS } from '../../view/palette.ts';

/** White (0) to #0b5cad (max), linear in each RGB channel. */
export function heatColour(share: number): string {
  const t = Math.min(1, Math.max(0, share));
  const channel = (to: number) => Math.round(255 + (to - 255) * t);
  return `rgb(${channel(0x0b)}, ${channel(0x5c)}, ${channel(0xad)})`;
}

export function MixingHeatmap({ mixing }: { mixing: SectorMixing }) {
  const { t, i18n } = useTranslation('scorecard');
  const name = (part: 'rows' | 'columns', sector: string) =>
    i18n.exists(`scorecard:heatmap.${part}.${sector}`) ? t(`heatmap.${part}.${sector}`) : sector;
  const max = Math.max(0, ...mixing.counts.flat());
  return (
    <table className="mixing-heatmap" data-testid="mixing-heatmap">
      <thead>
        <tr>
          <th scope="col" aria-label={t('heatmap.sector')} />
          {mixing.sectors.map((sector) => (
            <th key={sector} scope="col" title={name('rows', sector)}>
              <span className="swatch" style={{ backgroundColor: SECTOR_COLOURS[sector] }} />
              {name('columns', sector)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {mixing.sectors.map((row, i) => (
          <tr key={row}>
            <th scope="row">
              <span className="swatch" style={{ backgroundColor: SECTOR_COLOURS[row] }} />
              {name('rows', row)}
            </th>
            {mixing.counts[i].map((count, j) => {
              const share = max > 0 ? count / max : 0;
              return (
                <td
                  key={mixing.sectors[j]}
                  style={{
                    backgroundColor: heatColour(share),
                    color: share > 0.55 ? '#fff' : undefined,
                  }}
                  title={t('heatmap.cell', {
                    row: name('rows', row),
                    column: name('rows', mixing.sectors[j]),
                    count: formatCount(count),
                    weight: formatNumber(mixing.weights[i][j]),
                  })}
                >
                  {formatCount(count)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
