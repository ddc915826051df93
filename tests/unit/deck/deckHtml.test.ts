/**
 * The deck HTML with the real viewer bundle (bundleDeckViewer, as the Vite plugin makes
 * it): data that would close the <script> element stays inside it, labels never become
 * markup, nothing in the file points at the network, and the viewer stays small.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { deckHtml, escapeHtml, scriptSafeJson } from '../../../src/deck/deckHtml.ts';
import { unpackDeck } from '../../../src/deck/pack.ts';
import type { Deck } from '../../../src/deck/types.ts';
import { DECK_STRINGS } from './deckStrings.ts';
import { bundleDeckViewer, type DeckViewerBundle } from '../../../src/deck/viewerBundle.ts';

const XSS = '<img src=x onerror=alert(1)>';
const CLOSER = '</script><script>alert(2)</script>';

function deck(): Deck {
  return {
    title: 'Forum </title><b>deck</b>',
    language: 'en',
    created: '2026-11-27T08:00:00.000Z',
    strings: DECK_STRINGS,
    scenes: [
      {
        title: CLOSER,
        caption: 'see https://example.org/cluster <!-- not a comment',
        nodes: [
          {
            key: 'a',
            label: XSS,
            x: 0,
            y: 0,
            size: 20,
            colour: '#0072B2',
            shape: 'ellipse',
            labelled: true,
            dimmed: false,
          },
          {
            key: 'b',
            label: CLOSER,
            x: 50,
            y: 10,
            size: 10,
            colour: 'rgb(230,159,0)',
            shape: 'round-rectangle',
            labelled: false,
            dimmed: false,
          },
        ],
        edges: [{ source: 0, target: 1, width: 2, colour: '#9aa5b1', opacity: 0.55 }],
        legend: null,
        viewport: { x: -20, y: -20, width: 100, height: 60 },
      },
    ],
  };
}

/** The text of the deck-data block, up to the first `</script`. */
function dataBlock(html: string): string {
  const start = html.indexOf('<script type="application/json" id="deck-data">');
  expect(start).toBeGreaterThan(0);
  const open = html.indexOf('>', start) + 1;
  return html.slice(open, html.indexOf('</script', open));
}

let viewer: DeckViewerBundle;
beforeAll(async () => {
  viewer = await bundleDeckViewer();
});

describe('deckHtml', () => {
  it('keeps a script-closing label inside the data block and reads back the same deck', () => {
    const html = deckHtml(deck(), viewer);
    const block = dataBlock(html);
    expect(block).not.toContain('<');
    expect(unpackDeck(JSON.parse(block))).toEqual(deck());
    // Exactly two script elements: the data block and the viewer.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  it('writes no markup from the data outside the data block', () => {
    const html = deckHtml(deck(), viewer);
    const outside = html.replace(dataBlock(html), '');
    expect(outside).not.toContain('<img');
    expect(outside).not.toContain('<b>deck');
    expect(outside).toContain('<title>Forum &lt;/title&gt;&lt;b&gt;deck&lt;/b&gt;</title>');
  });

  it('references nothing on the network: no link, no src, no URL but the SVG namespace', () => {
    const html = deckHtml(deck(), viewer);
    const outside = html.replace(dataBlock(html), '');
    expect(outside).not.toMatch(/<link/i);
    expect(outside).not.toMatch(/\ssrc\s*=/i);
    expect(outside).not.toMatch(/@import|url\(/i);
    const urls = outside.match(/https?:\/\/[^\s"'`)]*/g) ?? [];
    expect(urls.every((url) => url === 'http://www.w3.org/2000/svg')).toBe(true);
    // The caption's URL is data, inside the block only.
    expect(dataBlock(html)).toContain('https://example.org/cluster');
  });

  it('allows only the viewer script by its hash and no connections', () => {
    const html = deckHtml(deck(), viewer);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/
      .exec(html)![1]
      .replace(/&#39;/g, "'");
    expect(csp).toContain("default-src 'none'");
    const hash = `'sha256-${createHash('sha256').update(viewer.script, 'utf8').digest('base64')}'`;
    expect(csp).toContain(`script-src ${hash}`);
    expect(html).toContain(`<script>${viewer.script}</script>`);
  });

  it('sets the page language from the deck', () => {
    expect(deckHtml({ ...deck(), language: 'ja' }, viewer)).toContain('<html lang="ja">');
    expect(deckHtml(deck(), viewer)).toContain('<html lang="en">');
  });

  it('refuses a viewer script that would close its element', () => {
    expect(() => deckHtml(deck(), { script: 'x="</script>"', scriptHash: "'sha256-x'" })).toThrow(
      /bundleDeckViewer/,
    );
  });

  it('bundles a small viewer (well under 50 kB minified)', () => {
    const bytes = Buffer.byteLength(viewer.script, 'utf8');
    console.log(`deck viewer: ${bytes} bytes minified`);
    expect(bytes).toBeLessThan(50_000);
    expect(viewer.script).not.toMatch(/<\/script/i);
  });

  it('bundles the viewer alone: no workbench, React, Cytoscape or i18n code', () => {
    expect(viewer.files.length).toBeGreaterThan(0);
    // Its own folder, and the deck's unpacking (pure, no imports).
    const outside = viewer.files.filter(
      (file) => !/[/\\]src[/\\]deck[/\\](viewer[/\\]|pack\.ts$)/.test(file),
    );
    expect(outside).toEqual([]);
  });
});

describe('scriptSafeJson and escapeHtml', () => {
  it('escapes every < and the JS line separators, and parses back', () => {
    const value = { a: '</script>', b: '<!--', c: '\u2028\u2029', d: 'a & b' };
    const text = scriptSafeJson(value);
    expect(text).not.toMatch(/[<\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
