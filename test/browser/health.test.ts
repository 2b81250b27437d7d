// Health where the principal's staff work: on the distributor's page with its reasons and its
// trend, as a sortable column of the portfolio, and on Today as "Needs attention".
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, setUpBrowserAndServer } from './browser.ts';
import {
  dayLabel,
  daysAgo,
  earlyWarningsPortfolio,
  recordSaigonHistory,
  signedIn,
} from './early-warnings-fixtures.ts';

const env = setUpBrowserAndServer();

const portfolioNames = (page: Page) => page.locator('tbody th[scope="row"] a').allTextContents();

describe('health in the browser', () => {
  it('shows a distributor’s health with its reasons, evidence and trend on its page', async () => {
    const { workspace, saigon, poland, manager } = await earlyWarningsPortfolio(env);
    await recordSaigonHistory(env, workspace.id, saigon.id);
    const { context, page } = await signedIn(env, manager.email);

    await page.goto(`/distributors/${saigon.id}`);
    const health = page.getByRole('region', { name: /^Health/ });
    await health.locator('h2 .health-badge').getByText('At risk').waitFor();
    await health.getByText(`Assessed today, ${dayLabel(daysAgo(0))}.`).waitFor();
    const late = health.getByRole('listitem').filter({ hasText: 'Reports late or missing' });
    expect(await late.locator('.severity-badge').textContent()).toBe('Critical');
    expect(await health.getByText(/Dragon Friction/).count()).toBeGreaterThan(0);

    // The trend: a chart from the first recorded state to today, and the changes as text.
    await health.locator('figure canvas').first().waitFor();
    expect(await health.locator('figcaption').textContent()).toBe(
      `Health from ${dayLabel(daysAgo(120))} to ${dayLabel(daysAgo(0))}`,
    );
    const changes = health.locator('.health-changes > li');
    await eventually(() => changes.count()).toBe(3);
    expect(await changes.nth(0).textContent()).toContain(`${dayLabel(daysAgo(0))} At risk`);
    expect(await changes.nth(1).textContent()).toContain(
      `${dayLabel(daysAgo(60))} Watch` +
        'A competing line is mentioned in recent reports: Dragon Friction.',
    );
    expect(await changes.nth(2).textContent()).toBe(`${dayLabel(daysAgo(120))} Healthy`);

    // A healthy relationship says so; the hourly job recorded its first assessment today.
    await page.goto('/distributors');
    await page.getByRole('link', { name: 'Jakarta Brake Centre' }).click();
    const otherHealth = page.getByRole('region', { name: /^Health/ });
    await otherHealth.locator('h2 .health-badge').getByText('Healthy').waitFor();
    await otherHealth.getByText('No warning signal: the relationship is healthy.').waitFor();
    await eventually(() => otherHealth.locator('.health-changes > li').allTextContents()).toEqual([
      `${dayLabel(daysAgo(0))} Healthy`,
    ]);
    // A prospect is not assessed by the job, so nothing is recorded for it yet.
    await page.goto(`/distributors/${poland.id}`);
    await otherHealth.getByText('No state recorded yet').waitFor();

    // The evidence link leads to the reports page behind the signal.
    await page.goto(`/distributors/${saigon.id}`);
    await late.getByRole('link').first().click();
    await page.waitForURL(new RegExp(`/distributors/${saigon.id}/reports/\\d{4}-\\d{2}$`));
    await context.close();
  });

  it('adds a sortable health column to the portfolio', async () => {
    const { manager } = await earlyWarningsPortfolio(env);
    const { context, page } = await signedIn(env, manager.email);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Portfolio' })
      .click();
    // The prospect (Poland) is not in the portfolio's default view, only running relationships:
    // chosen with the stage filter, it is.
    await page.getByText('1–3 of 3 distributors').waitFor();
    await page.goto('/portfolio?stage=prospect,onboarding,active,at_risk');
    await page.getByText('1–4 of 4 distributors').waitFor();
    const healthOf = (name: string) =>
      page
        .getByRole('row', { name: new RegExp(name) })
        .locator('td')
        // Country, then health: the stage column is hidden by default.
        .nth(1)
        .textContent();
    await eventually(() => healthOf('Saigon')).toBe('At risk');
    expect(await healthOf('Siam')).toBe('Watch');
    expect(await healthOf('Jakarta')).toBe('Healthy');
    // A prospect is not assessed.
    expect(await healthOf('Motoczęści')).toBe('—Not assessed in this lifecycle stage');

    const header = page.getByRole('columnheader', { name: 'Health' });
    await header.getByRole('button').click();
    await eventually(() => portfolioNames(page)).toEqual([
      'Saigon Motor Parts',
      'Siam Auto Components',
      'Jakarta Brake Centre',
      'Motoczęści Polska',
    ]);
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('health');
    await header.getByRole('button').click();
    await eventually(() => portfolioNames(page)).toEqual([
      'Jakarta Brake Centre',
      'Siam Auto Components',
      'Saigon Motor Parts',
      'Motoczęści Polska',
    ]);
    expect(await header.getAttribute('aria-sort')).toBe('ascending');

    // Filters still apply, and the page size pages the health order.
    await page.getByLabel('Country').selectOption('TH');
    await eventually(() => portfolioNames(page)).toEqual(['Siam Auto Components']);
    await page.getByRole('button', { name: 'Remove Thailand' }).click();
    await page.getByLabel('Per page').selectOption('10');
    await eventually(() => portfolioNames(page)).toHaveLength(4);
    await page.getByRole('columnheader', { name: 'Distributor' }).getByRole('button').click();
    await eventually(() => header.getAttribute('aria-sort')).toBe('none');
    await context.close();
  });

  it('lists who needs attention on Today, with the first reason and a link', async () => {
    const { saigon, manager } = await earlyWarningsPortfolio(env);
    const { context, page } = await signedIn(env, manager.email);
    await page.goto('/today');
    const panel = page.getByRole('region', { name: 'Needs attention' });
    const items = panel.getByRole('listitem');
    await eventually(() => items.count()).toBe(2);
    expect(await items.nth(0).textContent()).toMatch(
      /^Saigon Motor Parts At riskReports late or missing: .*\(and 1 more signal\)$/,
    );
    expect(await items.nth(1).textContent()).toBe(
      'Siam Auto Components WatchA competing line is mentioned in recent reports: Dragon Friction.',
    );
    expect(await panel.getByText('Jakarta Brake Centre').count()).toBe(0);
    await panel.getByRole('link', { name: 'Saigon Motor Parts' }).click();
    await page.waitForURL(`**/distributors/${saigon.id}`);
    await page.getByRole('heading', { level: 1, name: /Saigon Motor Parts/ }).waitFor();

    await page.goto('/today');
    await panel.getByRole('link', { name: 'Open early warnings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Early warnings' }).waitFor();
    await context.close();
  });
});
