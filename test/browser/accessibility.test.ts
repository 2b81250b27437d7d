// The main pages of both sides, on the demo, through axe-core (WCAG 2.1 A and AA rules): no
// serious or critical violation. axe runs inside the page, as the browser extensions do.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, setUpDemoBrowserAndServer, signIn } from './browser.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const env = setUpDemoBrowserAndServer();
const password = 'liaison-demo';

type Violation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
};

/** The serious and critical violations on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate<Violation[]>(`axe
    .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    .then((result) => result.violations)`);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id} (${violation.help}): ${node.target.join(' ')}`,
      ),
    );
}

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
