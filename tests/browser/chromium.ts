/**
 * How the browser tests and the browser bench start Debian's Chromium: its path
 * (CHROMIUM_PATH overrides /usr/bin/chromium) and the flags this sandbox needs.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
