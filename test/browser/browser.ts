// One headless Debian chromium per test file; each test opens its own context (cookies and all).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { startTestServer, type TestServer } from '../server.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
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

/** A fresh browser context on the test server: laptop-sized, English, Berlin time. */
export async function openPage(
  browser: Browser,
  baseURL: string,
  options: { width?: number; height?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: options.width ?? 1366, height: options.height ?? 860 },
    locale: 'en-GB',
    timezoneId: 'Europe/Berlin',
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the sign-in page, the way a person does. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('banner').waitFor();
}

/**
 * Switches the interface language from the top bar, as a person does ("English", "Tiếng Việt"),
 * and waits until the navigation reads in it.
 */
export async function chooseLanguage(page: Page, languageName: string, navigationLabel: string) {
  await page
    .getByRole('banner')
    .locator('.language-menu select')
    .selectOption({ label: languageName });
  await page
    .getByRole('navigation', { includeHidden: true })
    .getByRole('link', { name: navigationLabel, includeHidden: true })
    .first()
    .waitFor({ state: 'attached' });
}

/**
 * The demo (its fixed workspace and users: on PostgreSQL a database of its own) on a test server,
 * and a browser, for the tests that walk through the demo's story.
 */
export function setUpDemoBrowserAndServer() {
  allowForBrowserFlows();
  // Filled in by beforeAll, before any test reads it.
  const started = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    requireBuiltWeb();
    [started.server, started.browser] = await Promise.all([
      startTestServer({ demo: true }),
      launchBrowser(),
    ]);
  }, 240_000);
  afterAll(async () => {
    await started.browser?.close();
    await started.server?.close();
  });
  return started;
}

/**
 * A browser test walks a whole flow, often as two people: up to 24 s here while two other test
 * files run, too close to the default 30 s. Each step still waits at most 10 s (`eventually`,
 * playwright's own waits), so a broken page fails as fast as before.
 */
function allowForBrowserFlows() {
  vi.setConfig({ testTimeout: 90_000 });
}

/** The browser tests drive the built SPA: `npm test` builds it; alone, run npm run build:web. */
export function requireBuiltWeb() {
  const index = path.resolve(import.meta.dirname, '..', '..', 'web', 'dist', 'index.html');
  if (!existsSync(index)) {
    throw new Error('web/dist is missing: run `npm run build:web` before the browser tests.');
  }
}

/** expect.poll with room for a loaded machine: the default one-second limit is too tight. */
export function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 10_000, interval: 100 });
}

/** One server and one browser for a test file: started before its tests, closed after them. */
export function setUpBrowserAndServer(options: Parameters<typeof startTestServer>[0] = {}) {
  allowForBrowserFlows();
  // Filled in by beforeAll, before any test reads it.
  const started = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    requireBuiltWeb();
    [started.server, started.browser] = await Promise.all([
      startTestServer(options),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.server?.close();
  });
  return started;
}
