// The portfolio page's largest contentful paint in headless Debian chromium, signed in as a
// principal manager: one load with an empty cache, then warm loads in new tabs. Falls back to
// the distributor list while the web app has no portfolio page (its heading decides).
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';

export type PageLoad = {
  /** Largest contentful paint, ms after navigation start. */
  paintMs: number;
  /** When the first table row was in the document, ms after navigation start. */
  firstRowMs: number | null;
  /** What the largest paint was: tag and the start of its text. */
  element: string;
};

export type PaintResult = {
  path: string;
  /** The first load, with an empty cache. */
  cold: PageLoad;
  warm: PageLoad[];
  /** Warm loads of the whole portfolio on one page (pageSize=2000), when /portfolio exists. */
  warmAll: PageLoad[];
};

// Records when the first table row appears; runs before the page's own scripts.
const firstRowScript = `window.__firstRow = null;
new MutationObserver((_, observer) => {
  if (document.querySelector('tbody tr')) {
    window.__firstRow = performance.now();
    observer.disconnect();
  }
}).observe(document, { subtree: true, childList: true });`;

// Read after the page has drawn its data; the entries are buffered. A string, as the bench
// compiles without the DOM's types.
const readPaint = `new Promise((resolve) => {
  new PerformanceObserver((list) => {
    const last = list.getEntries().at(-1);
    const element = last && last.element;
    resolve({
      startTime: last ? last.startTime : NaN,
      element: element
        ? element.tagName.toLowerCase() + ' "' + (element.textContent || '').trim().slice(0, 40) + '"'
        : '',
    });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})`;

async function load(page: Page, path: string): Promise<PageLoad> {
  await page.goto(path, { waitUntil: 'networkidle', timeout: 120_000 });
  await page.locator('h1').first().waitFor({ timeout: 60_000 });
  await page
    .locator('tbody tr')
    .first()
    .waitFor({ timeout: 60_000 })
    .catch(() => undefined);
  // Rows drawn after the last response still count: give the page two frames to paint them.
  await page.waitForTimeout(200);
  const paint = await page.evaluate<{ startTime: number; element: string }>(readPaint);
  const firstRowMs = await page.evaluate<number | null>('window.__firstRow');
  return { paintMs: paint.startTime, element: paint.element, firstRowMs };
}

/** Which page to measure: /portfolio once it has its own heading, the directory until then. */
async function choosePath(browser: Browser, baseUrl: string, cookie: string) {
  const context = await browser.newContext({ baseURL: baseUrl });
  await context.addCookies([{ ...parseCookie(cookie), url: baseUrl }]);
  const page = await context.newPage();
  await page.goto('/portfolio', { waitUntil: 'networkidle', timeout: 120_000 });
  const heading = await page
    .locator('h1')
    .first()
    .textContent({ timeout: 10_000 })
    .catch(() => '');
  await context.close();
  return /portfolio/i.test(heading ?? '') ? '/portfolio' : '/distributors';
}

function parseCookie(header: string) {
  const [pair = ''] = header.split(';');
  const separator = pair.indexOf('=');
  return { name: pair.slice(0, separator), value: pair.slice(separator + 1) };
}

export async function measurePortfolioPaint(
  baseUrl: string,
  credentials: { email: string; password: string },
  warmLoads: number,
): Promise<PaintResult> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  const cookie = response.headers.get('set-cookie');
  if (response.status !== 204 || !cookie) throw new Error(`sign-in answered ${response.status}`);
  const browser = await launchChromium();
  try {
    const path = await choosePath(browser, baseUrl, cookie);
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 1366, height: 860 },
      locale: 'en-GB',
      timezoneId: 'Europe/Berlin',
    });
    await context.addCookies([{ ...parseCookie(cookie), url: baseUrl }]);
    await context.addInitScript(firstRowScript);
    const cold = await load(await context.newPage(), path);
    const loads = async (target: string) => {
      const results: PageLoad[] = [];
      for (let index = 0; index < warmLoads; index++) {
        const page = await context.newPage();
        results.push(await load(page, target));
        await page.close();
      }
      return results;
    };
    const warm = await loads(path);
    const warmAll = path === '/portfolio' ? await loads('/portfolio?pageSize=2000') : [];
    await context.close();
    return { path, cold, warm, warmAll };
  } finally {
    await browser.close();
  }
}
