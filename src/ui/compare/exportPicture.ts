/**
 * The DOM side of the one-picture export (the composition itself is pure:
 * ./picture.ts). Collects the compare view's drawn parts — the region panels, the
 * recharts charts and the mixing heatmaps — as standalone SVG: each element is cloned, the
 * computed presentation styles that come from CSS (stroke, fill, font…) are written onto
 * the clone as attributes so the picture looks the same outside the page, and the clone is
 * serialised with XMLSerializer (which escapes text). The PNG is that SVG drawn into a
 * canvas at 2× on white through a blob URL, then canvas.toBlob.
 */
import { i18n } from '../../i18n/index.ts';
import type { PictureKey, PicturePart } from './picture.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
];

function serialise(svg: SVGSVGElement, caption: string): PicturePart {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [clone, ...clone.querySelectorAll('*')];
  sources.forEach((source, i) => {
    const style = getComputedStyle(source);
    for (const property of STYLE_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value) targets[i].setAttribute(property, value);
    }
  });
  clone.setAttribute('xmlns', SVG_NS);
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width')) || box.width;
  const height = Number(svg.getAttribute('height')) || box.height;
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  return { caption, svg: new XMLSerializer().serializeToString(clone), width, height };
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The caption of a chart: its heading, plus the picked option of a chooser beside it. */
function chartCaption(svg: Element): string {
  const holder = svg.closest('figure, section');
  const heading = clean(holder?.querySelector('figcaption, h3')?.textContent);
  const section = svg.closest('section');
  // A chooser of the chart's own section (indicator, period kind), not of the whole view.
  const own = section && !section.classList.contains('compare-view');
  const select = own ? section.querySelector('select') : null;
  const picked = select ? clean(select.selectedOptions[0]?.textContent) : '';
  return picked && !heading.includes(picked)
    ? i18n.t('compare:captionWithChoice', { heading, choice: picked })
    : heading;
}

/** The region panels of the view (not the before/after ones), with name and counts. */
export function collectPanels(view: HTMLElement): PicturePart[] {
  return [
    ...view.querySelectorAll<HTMLElement>(
      '[data-testid="compare-panels"] > [data-testid="compare-panel"]',
    ),
  ]
    .map((panel) => {
      const svg = panel.querySelector('svg');
      const caption = [...panel.querySelectorAll('figcaption > *')].map((e) =>
        clean(e.textContent),
      );
      return svg ? serialise(svg, caption.join(' · ')) : null;
    })
    .filter((p): p is PicturePart => p !== null);
}

/** The charts of the view outside the before/after section, in page order. */
export function collectCharts(view: HTMLElement): PicturePart[] {
  const charts: PicturePart[] = [];
  for (const svg of view.querySelectorAll<SVGSVGElement>(
    'svg.recharts-surface, [data-testid="compare-mixing"] svg',
  )) {
    if (svg.closest('[data-testid="before-after"]')) continue;
    charts.push(serialise(svg, chartCaption(svg)));
  }
  return charts;
}

/** The colour keys: sectors (node colours) and the timeline charts' region lines. */
export function collectKey(view: HTMLElement): PictureKey[] {
  const items = view.querySelectorAll<HTMLElement>(
    '.compare-sector-key li, .compare-timeline-legend li',
  );
  return [...items].map((li) => ({
    shape: li.closest('.compare-sector-key') ? ('dot' as const) : ('line' as const),
    name: clean(li.textContent),
    colour: li.querySelector('span')
      ? getComputedStyle(li.querySelector('span')!).backgroundColor
      : '',
  }));
}

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The SVG document drawn at `scale`× on white, encoded as PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2) {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('No 2D canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
