// Figures a user can trust and pages that read well (issue #16), in a real browser: the targets
// page shows every period's target with where it comes from, as the scorecard does; each chart
// has a name, a summary and the latest month in its legend before anyone hovers; a review pack of
// an earlier month is "as of" that month; unit costs are a grid; the report form starts short.
import { describe, expect, it } from 'vitest';
import { shiftPeriod } from '../../src/reports/periods.ts';
import type { MonthlyReportContent } from '../../src/reports/report.content.ts';
import { makeDistributor, makeProductLine, makeUser, makeWorkspace } from '../factories.ts';
import { http } from '../http.ts';
import { pdfText } from '../pdf.ts';
import { eventually, openPage, setUpBrowserAndServer, signIn } from './browser.ts';
import { relationship, signedIn as signedInAs } from './monthly-report-fixtures.ts';

const password = 'pho-bo-hanoi-2024';
const env = setUpBrowserAndServer();
const lastMonth = shiftPeriod(new Date().toISOString().slice(0, 7), -1);
const year = Number(lastMonth.slice(0, 4));
const monthLabel = (period: string) =>
  new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1),
  );

function monthReport(period: string): MonthlyReportContent {
  return {
    period,
    currency: 'EUR',
    sales: [{ productLine: 'BRK-PAD', units: 120, revenue: 4800 }],
    inventory: [{ productLine: 'BRK-PAD', unitsOnHand: 240 }],
    pipeline: [],
    marketIntelligence: [],
    competitiveActivity: [],
    customerSatisfaction: { complaints: 2, returns: 1, score: 7.5 },
  };
}

async function siamWithYearTarget() {
  const workspace = await makeWorkspace(env.server);
  await makeProductLine(workspace, { code: 'BRK-PAD', name: 'Brake pads' });
  await makeProductLine(workspace, { code: 'OIL-FLT', name: 'Oil filters' });
  const manager = await makeUser(workspace, 'principal_manager', {
    password,
    name: 'Katarzyna Wiśniewska',
  });
  const siam = await makeDistributor(workspace, {
    name: 'Siam Auto Components',
    country: 'TH',
    timeZone: 'Asia/Bangkok',
  });
  const admin = await makeUser(workspace, 'distributor_admin', {
    distributorId: siam.id,
    password,
    name: 'Somchai Wongsakul',
  });
  for (const period of [shiftPeriod(lastMonth, -1), lastMonth]) {
    const response = await http(env.server.url)
      .as(admin)
      .post(`/api/v1/distributors/${siam.id}/reports/${period}/submissions`, {
        content: monthReport(period),
      });
    expect(response.status).toBe(200);
  }
  const set = await http(env.server.url)
    .as(manager)
    .put(`/api/v1/distributors/${siam.id}/targets`, {
      replaceYear: year,
      targets: [{ productLine: null, periodKind: 'year', period: `${year}-01`, revenue: 1857804 }],
    });
  expect(set.status).toBe(200);
  return { workspace, manager, siam };
}

describe('figures and forms in the browser', () => {
  it('shows derived targets with their source, as the scorecard does, and charts that speak', async () => {
    const { manager, siam } = await siamWithYearTarget();
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, manager.email, password);

    await page.goto(`/distributors/${siam.id}/targets?year=${year}`);
    await page
      .getByRole('heading', { level: 1, name: /Targets of Siam Auto Components/ })
      .waitFor();
    const allLines = page.getByRole('row', { name: /All lines/ });
    const january = page.getByRole('textbox', { name: `All lines, ${monthLabel(`${year}-01`)}` });
    expect(await january.inputValue()).toBe('');
    const januarySource = page.locator(`[id="${await january.getAttribute('aria-describedby')}"]`);
    expect(await januarySource.textContent()).toBe(`€154,817 · derived from ${year}`);
    expect(await allLines.textContent()).not.toContain('—');
    await page.getByLabel('Period').selectOption('quarter');
    await eventually(() => allLines.textContent()).toContain(`€464,451 · derived from ${year}`);
    await page.getByLabel('Period').selectOption('year');
    const yearCell = page.getByRole('textbox', { name: `All lines, ${year}` });
    await eventually(() => yearCell.inputValue()).toBe('1857804');
    expect(await allLines.textContent()).toContain('entered');

    await page.getByRole('link', { name: 'Scorecard' }).first().click();
    const months = page.getByRole('region', { name: 'Months', exact: true });
    const latest = months.locator('tbody tr').first();
    await eventually(() => latest.textContent()).toContain(`derived from ${year}`);
    expect(await latest.textContent()).toContain('€154,817');

    // The chart is a figure named by its caption, described by a summary and the months table.
    const revenue = page.getByRole('figure', { name: 'Revenue against target' });
    await revenue.locator('canvas').first().waitFor();
    const described = (await revenue.getAttribute('aria-describedby')) ?? '';
    expect(described.split(' ')).toContain('months-table');
    const summaryId = described.split(' ')[0] ?? '';
    expect(await page.locator(`[id="${summaryId}"]`).textContent()).toContain(
      `Revenue from ${monthLabel(shiftPeriod(lastMonth, -1))} to ${monthLabel(lastMonth)}: latest €4,800`,
    );
    // Before anyone hovers, the legend shows the latest month's figures, not dashes.
    const legend = revenue.locator('.u-legend');
    await eventually(() => legend.textContent()).toContain(monthLabel(lastMonth));
    expect(await legend.textContent()).toContain('€4,800');

    // The review pack of the month before is "as of" that month, not of the latest report.
    const earlier = shiftPeriod(lastMonth, -1);
    const pack = await context.request.get(
      `/api/v1/distributors/${siam.id}/packs/monthly/${earlier}`,
    );
    expect(pack.status()).toBe(200);
    const text = await pdfText(Buffer.from(await pack.body()));
    expect(text).toContain(earlier);
    expect(text).not.toContain(lastMonth);
    await context.close();
  });

  it('edits unit costs in a grid of product lines and currencies', async () => {
    const { manager } = await siamWithYearTarget();
    const set = await http(env.server.url)
      .as(manager)
      .put('/api/v1/product-line-costs', {
        costs: [{ productLine: 'BRK-PAD', currency: 'EUR', unitCost: 25 }],
      });
    expect(set.status).toBe(200);
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, manager.email, password);
    await page.goto('/product-lines');
    const grid = page.getByRole('table', { name: 'Unit costs by product line and currency' });
    await grid.getByRole('columnheader', { name: 'EUR' }).waitFor();
    expect(await grid.locator('tbody tr').count()).toBe(2);
    const brakes = grid.getByRole('textbox', { name: 'Unit cost of Brake pads (BRK-PAD) in EUR' });
    expect(await brakes.inputValue()).toBe('25');
    await page.getByLabel('Another currency').fill('thb');
    await page.getByRole('button', { name: 'Add the currency' }).click();
    await grid.getByRole('columnheader', { name: 'THB' }).waitFor();
    await grid
      .getByRole('textbox', { name: 'Unit cost of Oil filters (OIL-FLT) in THB' })
      .fill('3.5');
    await brakes.fill('');
    await page.getByText('2 unsaved changes').waitFor();
    await page.getByRole('button', { name: 'Save unit costs' }).click();
    await page.getByText('Unit costs saved.').waitFor();
    const saved = await http(env.server.url)
      .as(manager)
      .get<{ costs: { productLine: string; currency: string; unitCost: number }[] }>(
        '/api/v1/product-line-costs',
      );
    expect(saved.body.costs).toEqual([{ productLine: 'OIL-FLT', currency: 'THB', unitCost: 3.5 }]);
    await context.close();
  });

  it('starts the report form with one row per section for a long catalogue, and adds rows by name', async () => {
    const { workspace, lan, reportPage } = await relationship(env);
    for (const [code, name] of [
      ['SPK-PLG', 'Spark plugs'],
      ['WPR-BLD', 'Wiper blades'],
      ['BAT-12V', 'Batteries'],
    ]) {
      await makeProductLine(workspace, { code, name });
    }
    const { context, page } = await signedInAs(env, lan.email);
    await page.goto(reportPage);
    const inventory = page.getByRole('table', { name: 'Inventory' });
    await inventory.getByLabel('Inventory row 1: Units on hand').waitFor();
    expect(await inventory.locator('tbody tr').count()).toBe(1);
    expect(await page.getByRole('table', { name: 'Sales' }).locator('tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: 'Add an inventory line' }).click();
    await inventory.getByLabel('Inventory row 2: Units on hand').waitFor();
    await page.getByRole('button', { name: 'Add a sales line' }).waitFor();
    await page.getByRole('button', { name: 'Add an opportunity' }).waitFor();
    expect(await page.getByRole('button', { name: /Add a .* row/ }).count()).toBe(0);
    await context.close();
  });
});
