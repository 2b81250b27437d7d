// The main pages of both sides, on the demo, through axe-core (WCAG 2.1 A and AA rules): no
// serious or critical violation. axe runs inside the page, as the browser extensions do.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { openPage, setUpDemoBrowserAndServer, signIn } from './browser.ts';

const env = setUpDemoBrowserAndServer();
const password = 'liaison-demo';

/** Opens each path, waits for its heading and its data, and collects what axe finds. */
async function auditPages(page: Page, paths: string[]) {
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    found.push(...(await seriousViolations(page)).map((line) => `${path}: ${line}`));
  }
  return found;
}

async function saigonId(page: Page) {
  await page.goto('/distributors?q=Saigon');
  const link = page.getByRole('link', { name: 'Saigon Motor Parts' }).first();
  return ((await link.getAttribute('href')) ?? '').split('/').at(-1) ?? '';
}

describe('accessibility of the main pages', () => {
  it('shows the sign-in page with no serious violation', async () => {
    const { context, page } = await openPage(env.browser, env.server.url);
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the principal’s main pages with no serious violation', async () => {
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, 'jonas.becker@brenner.example', password);
    const saigon = await saigonId(page);
    const found = await auditPages(page, [
      '/today',
      '/distributors',
      `/distributors/${saigon}`,
      `/distributors/${saigon}/charter`,
      `/distributors/${saigon}/meetings`,
      `/distributors/${saigon}/reports`,
      `/distributors/${saigon}/scorecard`,
      `/distributors/${saigon}/targets`,
      `/distributors/${saigon}/communication`,
      '/portfolio',
      '/settings/exchange-rates',
      '/early-warnings',
      '/communication',
      '/library',
      '/notifications',
    ]);
    expect(found).toEqual([]);
    await context.close();
  }, 180_000);

  it('shows the distributor’s main pages with no serious violation', async () => {
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, 'lan.nguyen@saigonmotor.example', password);
    const home = await page.evaluate<string>(
      "fetch('/api/v1/me').then((response) => response.json()).then((me) => me.distributorId)",
    );
    const found = await auditPages(page, [
      '/today',
      `/distributors/${home}`,
      `/distributors/${home}/charter`,
      `/distributors/${home}/meetings`,
      `/distributors/${home}/reports`,
      `/distributors/${home}/scorecard`,
      '/library',
    ]);
    expect(found).toEqual([]);
    await context.close();
  }, 180_000);
});
