/**
 * The sector mixing matrix as a heatmap: one sequential colour scale (white → the
 * accent blue, by share of the largest cell), each cell showing its tie count; row and
 * column headers carry the sector colour swatch of the one palette.
 */
import type { SectorMixing } from '../../metrics/types.ts';
import { SECTOR_COLOURS } from '../../view/palette.ts';

const ROW: Record<string, string> = {
  academia: 'Academia',
  industry: 'Industry',
  government: 'Government',
  intermediary: 'Intermed.',
  unknown: 'Unknown',
};
const COLUMN: Record<string, string> = {
  academia: 'Acad.',
  industry: 'Ind.',
  government: 'Gov.',
  intermediary: 'Int.',
  unknown: 'Unk.',
};

/** White (0) to #0b5cad (max), linear in each RGB channel. */
export function heatColour(share: number): string {
  const t = Math.min(1, Math.max(0, share));
  const channel = (to: number) => Math.round(255 + (to - 255) * t);
  return `rgb(${channel(0x0b)}, ${channel(0x5c)}, ${channel(0xad)})`;
}

export function MixingHeatmap({ mixing }: { mixing: SectorMixing }) {
  const max = Math.max(0, ...mixing.counts.flat());
  return (
    <table className="mixing-heatmap" data-testid="mixing-heatmap">
      <thead>
        <tr>
          <th scope="col" aria-label="Sector" />
          {mixing.sectors.map((sector) => (
            <th key={sector} scope="col" title={sector}>
              <span className="swatch" style={{ backgroundColor: SECTOR_COLOURS[sector] }} />
              {COLUMN[sector] ?? sector}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {mixing.sectors.map((row, i) => (
          <tr key={row}>
            <th scope="row">
              <span className="swatch" style={{ backgroundColor: SECTOR_COLOURS[row] }} />
              {ROW[row] ?? row}
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
                  title={`${row} – ${mixing.sectors[j]}: ${count} ties, weight ${mixing.weights[i][j]}`}
                >
                  {count.toLocaleString('en')}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
