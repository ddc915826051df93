/**
 * The viewer's stylesheet, inlined into the deck's <style> element. A high-contrast
 * presentation look for a projector: near-black ground, light text, large type (title
 * 36 px, caption 24 px, legend 18 px, labels 20–22 px with a dark halo), and a font stack
 * that covers Japanese on Linux, macOS and Windows forum PCs (no web fonts: the deck is
 * offline). Ground and text colours are present mode's (src/view/presentStyle.ts), so a
 * deck looks like the workbench's present mode. Imported by deckHtml.ts only, never by
 * the viewer bundle.
 */
import { PRESENT_BACKGROUND as BG } from '../presentLook.ts';

const TEXT = '#f5f7fa';
export const DECK_FONT_STACK =
  '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", "YuGothic", "Meiryo", system-ui, sans-serif';

export const DECK_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;background:${BG};color:${TEXT};font-family:${DECK_FONT_STACK}}
.deck{display:flex;flex-direction:column;height:100vh;overflow:hidden}
.deck-head{padding:18px 28px 6px}
.deck-title{margin:0;font-size:36px;font-weight:700;line-height:1.2}
.deck-main{flex:1;display:flex;min-height:0;gap:12px;padding:0 16px}
.deck-stage{flex:1;position:relative;min-width:0}
.deck-svg{position:absolute;inset:0;width:100%;height:100%;display:block;cursor:grab;touch-action:none;user-select:none}
.deck-svg.panning{cursor:grabbing}
.deck-node{stroke:${BG};stroke-width:1.5px;vector-effect:non-scaling-stroke;transition:opacity .2s}
.deck-node.dimmed{opacity:.18}
.deck-edges line{stroke-linecap:round;transition:opacity .2s}
.deck-labels{pointer-events:none}
.deck-label{fill:${TEXT};stroke:${BG};stroke-width:5px;stroke-linejoin:round;paint-order:stroke;font-weight:600}
.hovering .deck-node:not(.hi){opacity:.12}
.hovering .deck-node.hi{opacity:1}
.hovering .deck-edges line:not(.hi){opacity:.06}
.hovering .deck-edges line.hi{stroke-opacity:.95}
.hovering .deck-label:not(.hi):not(.hover-label){opacity:.2}
.hover-label.hovered{fill:#ffe082}
.entering .deck-node.appearing{animation:deck-in .5s ease-out}
@keyframes deck-in{from{opacity:0}}
.deck-legend{width:280px;flex:none;overflow:auto;padding:8px 14px;font-size:18px;line-height:1.35;border-left:1px solid #2c333b}
.deck-legend[hidden]{display:none}
.deck-legend-title{margin:10px 0 6px;font-weight:700;color:#cfd6dd}
.deck-legend-list{list-style:none;margin:0;padding:0}
.deck-legend-list li{display:flex;align-items:center;gap:10px;margin:4px 0}
.deck-swatch{display:inline-block;flex:none;width:18px;height:18px;border-radius:50%}
.deck-line-swatch{height:5px;border-radius:2px;width:26px}
.deck-legend-sizes{display:flex;flex-wrap:wrap;align-items:flex-end;gap:12px}
.deck-legend-size{display:flex;flex-direction:column;align-items:center;gap:4px;font-size:16px}
.deck-disc{fill:#9aa5b1}
.deck-foot{padding:6px 28px 14px}
.deck-caption{margin:0 0 8px;font-size:24px;line-height:1.35;color:#e3e8ed;max-width:70em}
.deck-caption[hidden]{display:none}
.deck-controls{display:flex;align-items:center;gap:10px;flex-wrap:wrap}
.deck-button{font:inherit;font-size:20px;min-width:48px;height:44px;padding:0 14px;color:${TEXT};background:#232a31;border:1px solid #4a545e;border-radius:6px;cursor:pointer}
.deck-button:hover:not(:disabled){background:#2f3841}
.deck-button:focus-visible{outline:3px solid #ffe082;outline-offset:2px}
.deck-button:disabled{opacity:.35;cursor:default}
.deck-counter{font-size:20px;min-width:4.5em;text-align:center;font-variant-numeric:tabular-nums}
.deck-gap{flex:none;width:24px}
.deck-help{margin-left:auto;font-size:15px;color:#9aa5b1}
.deck-made{margin:2px 0 0;font-size:12px;color:#7b8794;text-align:right}
@media (prefers-reduced-motion: reduce){.deck-node,.deck-edges line{transition:none}.entering .deck-node.appearing{animation:none}}
`;
