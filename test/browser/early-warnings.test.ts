// The early warnings page in a real browser: the principal's staff see who needs attention, at
// risk first, with each signal in words and links to its evidence; they look back to an earlier
// day, are refused a day to come, and set the thresholds (viewers read them). A distributor's
// users see no health anywhere.
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, setUpBrowserAndServer } from './browser.ts';
import {
  dayLabel,
  daysAgo,
  earlyWarningsPortfolio,
  lastMonth,
  monthLabel,
  recordSaigonHistory,
  signedIn,
} from './early-warnings-fixtures.ts';

const env = setUpBrowserAndServer();

const rowNames = (page: Page) => page.locator('tbody th[scope="row"] a').allTextContents();

describe('early warnings in the browser', () => {
  it('lists the flagged distributors at risk first, with their signals and evidence', async () => {
    const { saigon, manager } = await earlyWarningsPortfolio(env);
    const { context, page } = await signedIn(env, manager.email);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Early warnings' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Early warnings' }).waitFor();
    await eventually(() => rowNames(page)).toEqual(['Saigon Motor Parts', 'Siam Auto Components']);
    await page.getByText(`Assessed as of ${dayLabel(daysAgo(0))}`).waitFor();
    await page.getByText('1–2 of 2 flagged distributors').waitFor();

    const saigonRow = page.getByRole('row', { name: /Saigon Motor Parts/ });
    expect(await saigonRow.locator('.health-badge').textContent()).toBe('At risk');
    const late = saigonRow.getByRole('listitem').filter({ hasText: 'Reports late or missing' });
    expect(await late.locator('.severity-badge').textContent()).toBe('Critical');
    expect(await late.textContent()).toMatch(/\d+ missing/);
    const competitor = saigonRow.getByRole('listitem').filter({ hasText: 'Dragon Friction' });
    expect(await competitor.locator('.severity-badge').textContent()).toBe('Warning');
    const siamRow = page.getByRole('row', { name: /Siam Auto Components/ });
    expect(await siamRow.locator('.health-badge').textContent()).toBe('Watch');
    expect(await siamRow.textContent()).toContain(
      'A competing line is mentioned in recent reports: Dragon Friction.',
    );
    expect(await page.getByRole('row', { name: /Jakarta/ }).count()).toBe(0);

    // The state filter and the search narrow the list; the URL keeps them.
    await page.getByLabel('Health').selectOption('watch');
    await eventually(() => rowNames(page)).toEqual(['Siam Auto Components']);
    expect(new URL(page.url()).searchParams.get('state')).toBe('watch');
    await page.getByLabel('Health').selectOption('');
    await page.getByRole('searchbox', { name: 'Search' }).fill('saigon');
    await eventually(() => rowNames(page)).toEqual(['Saigon Motor Parts']);
    await page.getByRole('searchbox', { name: 'Search' }).fill('Hà Nội');
    await page.getByText('No flagged distributor matches these filters').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await eventually(() => rowNames(page)).toHaveLength(2);

    // Evidence opens the web's own pages: the report the competitor was named in.
    await competitor.getByRole('link', { name: `Report ${monthLabel(lastMonth)}` }).click();
    await page.waitForURL(`**/distributors/${saigon.id}/reports/${lastMonth}`);
    await page
      .getByRole('heading', { level: 1, name: new RegExp(`Report for ${monthLabel(lastMonth)}`) })
      .waitFor();
    await context.close();
  });

  it('looks back to an earlier day, and refuses a day to come with the server’s words', async () => {
    const { manager } = await earlyWarningsPortfolio(env);
    const { context, page } = await signedIn(env, manager.email);
    await page.goto('/early-warnings');
    await eventually(() => rowNames(page)).toHaveLength(2);

    // Ten months ago none of these relationships had begun: nobody needed attention.
    const asOf = page.getByLabel('As of');
    await asOf.fill(daysAgo(300));
    await page.getByText('No distributor needs attention').waitFor();
    await page.getByText(`Assessed as of ${dayLabel(daysAgo(300))}`).waitFor();
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(daysAgo(300));

    const nextYear = new Date().getUTCFullYear() + 1;
    await asOf.fill(`${nextYear}-01-15`);
    const refusal = page.getByRole('alert');
    await eventually(() => refusal.textContent()).toMatch(
      /^The day assessed cannot be after today \(\d{4}-\d{2}-\d{2}\)\.$/,
    );
    expect(await asOf.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('tbody tr').count()).toBe(0);

    await page.getByRole('button', { name: 'Today' }).click();
    await eventually(() => rowNames(page)).toHaveLength(2);
    expect(new URL(page.url()).searchParams.has('asOf')).toBe(false);
    await context.close();
  });

  it('sets the thresholds from the keyboard, field errors beside their fields', async () => {
    const { manager } = await earlyWarningsPortfolio(env);
    const { context, page } = await signedIn(env, manager.email);
    await page.goto('/early-warnings');
    await page.getByRole('link', { name: 'Thresholds' }).click();
    await page.getByRole('heading', { level: 1, name: 'Warning thresholds' }).waitFor();

    const grace = page.getByRole('textbox', { name: 'Grace days for reports' });
    const missed = page.getByRole('textbox', { name: 'Missed meetings' });
    await eventually(() => grace.inputValue()).toBe('3');
    const graceField = page.locator('.field').filter({ has: grace });
    const missedField = page.locator('.field').filter({ has: missed });
    // The server's ranges are the hints, beside each field.
    expect(await graceField.getByText('From 0 to 60.').count()).toBe(1);
    const onboardingField = page.locator('.field').filter({
      has: page.getByRole('textbox', { name: 'Days an onboarding step may run late' }),
    });
    expect(await onboardingField.getByText('From 0 to 60.').count()).toBe(1);

    await grace.fill('61');
    await missed.fill('two');
    await missed.press('Enter');
    await graceField.getByText('Must be at most 60.').waitFor();
    await missedField.getByText('Enter a whole number.').waitFor();
    expect(await grace.getAttribute('aria-invalid')).toBe('true');
    // The first field in error takes the focus, so the keyboard goes straight to it.
    await eventually(() =>
      grace.evaluate((input) => input === input.ownerDocument.activeElement),
    ).toBe(true);

    await grace.fill('10');
    await missed.fill('4');
    await missed.press('Enter');
    await page.getByRole('status').getByText('Thresholds saved.').waitFor();
    await page.reload();
    await eventually(() => grace.inputValue()).toBe('10');
    expect(await missed.inputValue()).toBe('4');

    // The escalation ladder's waits, on the same page, the same way.
    const escalation = page.getByRole('region', { name: 'Escalation' });
    const visit = escalation.getByRole('textbox', { name: 'Days a visit is given to help' });
    await eventually(() => visit.inputValue()).toMatch(/^\d+$/);
    await visit.fill('0');
    await visit.press('Enter');
    await escalation.getByText('Must be at least 1.').waitFor();
    expect(await visit.getAttribute('aria-invalid')).toBe('true');
    await visit.fill('21');
    await escalation.getByRole('button', { name: 'Save the escalation waits' }).click();
    await escalation.getByRole('status').getByText('Escalation waits saved.').waitFor();
    await page.reload();
    await eventually(() => visit.inputValue()).toBe('21');
    await context.close();
  });

  it('shows a principal viewer the thresholds without a form', async () => {
    const { viewer } = await earlyWarningsPortfolio(env);
    const { context, page } = await signedIn(env, viewer.email);
    await page.goto('/early-warnings/settings');
    await page.getByText('Principal admins and managers change the thresholds.').waitFor();
    await page.getByText('Grace days for reports').waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save thresholds' }).count()).toBe(0);
    await page.getByText('Principal admins and managers change the escalation waits.').waitFor();
    await page.getByText('Days a visit is given to help').waitFor();
    // Viewers still read who needs attention.
    await page.goto('/early-warnings');
    await eventually(() => rowNames(page)).toHaveLength(2);
    await context.close();
  });

  it('shows a distributor’s user no health anywhere, and never asks for it', async () => {
    const { workspace, saigon, lan } = await earlyWarningsPortfolio(env);
    await recordSaigonHistory(env, workspace.id, saigon.id);
    const { context, page } = await signedIn(env, lan.email);
    const healthRequests: string[] = [];
    page.on('request', (request: Request) => {
      const path = new URL(request.url()).pathname;
      const isHealth = path.includes('/early-warnings') || path.endsWith('/health');
      if (path.startsWith('/api/') && isHealth) healthRequests.push(path);
    });

    await page.goto('/today');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.getByRole('heading', { name: 'My open actions' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Needs attention' }).count()).toBe(0);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Early warnings' }).count()).toBe(0);

    await nav.getByRole('link', { name: 'Our company' }).click();
    await page.getByRole('heading', { level: 1, name: /Saigon Motor Parts/ }).waitFor();
    await page.getByRole('heading', { name: 'Principal team' }).waitFor();
    expect(await page.getByRole('heading', { name: /^Health/ }).count()).toBe(0);
    expect(await page.locator('.health-badge').count()).toBe(0);

    await page.goto('/early-warnings');
    await page.getByText("Early warnings are for the principal's staff.").waitFor();
    await page.goto('/early-warnings/settings');
    await page.getByText("Early warnings are for the principal's staff.").waitFor();
    expect(await page.getByText('Dragon Friction').count()).toBe(0);
    expect(await page.getByText('At risk', { exact: true }).count()).toBe(0);
    expect(healthRequests).toEqual([]);

    // And the API would refuse them had the page asked.
    const answer = await page.evaluate(async (id) => {
      const response = await fetch(`/api/v1/distributors/${id}/health`);
      return response.status;
    }, saigon.id);
    expect(answer).toBe(403);
    await context.close();
  });
});
