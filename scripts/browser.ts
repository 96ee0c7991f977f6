// Starts Debian's Chromium through playwright-core (never a downloaded
// browser), with the flags this sandbox needs.
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium is; CHROMIUM_PATH overrides the Debian default. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      // No --user-data-dir: playwright gives every launch a fresh temporary profile itself.
      '--disable-component-update', '--disable-sync',
    ],
  });
}
