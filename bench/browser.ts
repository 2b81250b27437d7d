// Headless Debian chromium for the browser benchmarks, launched as the browser tests launch it
// (test/browser/browser.ts, which imports vitest and so cannot serve a bench).
import { chromium } from 'playwright-core';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Chromium 156 builds its omnibox popup (a web page of ~1,000 scripts) for a new window
      // about every other time one opens: ~370 ms of CPU beside the page under test, on two cores
      // (docs/benchmarks.md, "The browser's own omnibox").
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
    ],
  });
}
