// Exchange rates over HTTP (#16): who may read and write them, the CSV import's errors by row and
// column, and the portfolio converted month by month, with a missing rate named and sorted last.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeProductLine,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { shiftPeriod } from './periods.ts';
import type { MonthlyReportContent } from './report.content.ts';

type Rate = { currency: string; month: string; rate: number; source: string; entry: string };
type RateList = {
  reportingCurrency: string;
  items: (Rate & { enteredByName: string })[];
  missing: { currency: string; month: string }[];
};
type Problem = { errors: { pointer: string; row?: number; column?: string; detail: string }[] };
type Portfolio = {
  items: {
    name: string;
    currency: string | null;
    revenue12m: number | null;
    revenue12mConverted: number | null;
    missingRates: { currency: string; month: string }[];
  }[];
  reportingCurrency: string;
  revenueTotal: number | null;
  revenueUnconverted: number;
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const lastMonth = shiftPeriod(new Date().toISOString().slice(0, 7), -1);
const months = [shiftPeriod(lastMonth, -2), shiftPeriod(lastMonth, -1), lastMonth];

function report(period: string, currency: string, revenue: number): MonthlyReportContent {
  return {
    period,
    currency,
    sales: [{ productLine: 'BRK-PAD', units: 100, revenue }],
    inventory: [{ productLine: 'BRK-PAD', unitsOnHand: 50 }],
    pipeline: [],
    marketIntelligence: [],
    competitiveActivity: [],
    customerSatisfaction: { complaints: 0, returns: 0, score: 8 },
  };
}

async function reporting(
  workspace: Awaited<ReturnType<typeof makeWorkspace>>,
  name: string,
  country: string,
  currency: string,
  revenue: number,
  periods: string[],
) {
  const distributor = await makeDistributor(workspace, {
    name,
    country,
    reportCurrency: currency,
    timeZone: 'Asia/Bangkok',
  });
  const seller = await makeDistributorUser(workspace, distributor.id);
  for (const period of periods) {
    const sent = await http(server.url)
      .as(seller)
      .post(`/api/v1/distributors/${distributor.id}/reports/${period}/submissions`, {
        content: report(period, currency, revenue),
      });
    expect(sent.status).toBe(200);
  }
  return { distributor, seller };
}

/** Each row's name, converted revenue and missing rates, in the portfolio's order. */
const figures = (portfolio: Portfolio) =>
  portfolio.items.map((row) => [row.name, row.revenue12mConverted, row.missingRates]);

describe('exchange rates', () => {
  it('converts the portfolio month by month, names a missing rate and sorts it last', async () => {
    const workspace = await makeWorkspace(server);
    await makeProductLine(workspace, { code: 'BRK-PAD', name: 'Brake pads' });
    const admin = await makeUser(workspace, 'principal_admin', { name: 'Katarzyna Wójcik' });
    const manager = await makeUser(workspace, 'principal_manager', { name: 'Jonas Becker' });
    const viewer = await makeUser(workspace, 'principal_viewer', { name: 'Trần Văn Minh' });
    const asAdmin = http(server.url).as(admin);
    const asManager = http(server.url).as(manager);
    const asViewer = http(server.url).as(viewer);
    const { distributor: siam, seller } = await reporting(
      workspace,
      'สยามออโต้พาร์ท',
      'TH',
      'THB',
      40_000,
      months,
    );
    await reporting(workspace, 'Części Łódź', 'PL', 'PLN', 10_000, [lastMonth]);
    await reporting(workspace, 'Phụ tùng Sài Gòn', 'VN', 'EUR', 5_000, [lastMonth]);

    // EUR until an admin says otherwise; nothing entered yet, and what is missing listed.
    expect((await asViewer.get('/api/v1/reporting-currency')).body).toEqual({ currency: 'EUR' });
    const empty = await asViewer.get<RateList>('/api/v1/exchange-rates');
    expect(empty.body.items).toEqual([]);
    expect(empty.body.missing).toEqual(
      expect.arrayContaining([
        { currency: 'THB', month: lastMonth },
        { currency: 'PLN', month: lastMonth },
      ]),
    );
    expect(empty.body.missing).toHaveLength(4);

    // Editors enter rates; a viewer and the distributor's users may not, nor read them.
    const entered = await asManager.put<Rate>(`/api/v1/exchange-rates/THB/${months[0]}`, {
      rate: 40,
      source: 'ECB reference rate, monthly average',
    });
    expect(entered.status).toBe(200);
    expect(entered.body).toMatchObject({ currency: 'THB', month: months[0], rate: 40 });
    expect(
      (
        await asManager.put(`/api/v1/exchange-rates/thb/${months[1]}`, {
          rate: 38.5,
          source: 'ECB',
        })
      ).status,
    ).toBe(200);
    expect(
      (await asViewer.put(`/api/v1/exchange-rates/THB/${lastMonth}`, { rate: 1, source: 'x' }))
        .status,
    ).toBe(403);
    const portal = http(server.url).as(seller);
    expect((await portal.get('/api/v1/exchange-rates')).status).toBe(403);
    expect((await portal.get('/api/v1/reporting-currency')).status).toBe(403);
    expect(
      (await portal.put(`/api/v1/exchange-rates/THB/${lastMonth}`, { rate: 1, source: 'x' }))
        .status,
    ).toBe(403);

    // Validation in words, at the field that is wrong.
    const invalid = await asManager.put<Problem>(`/api/v1/exchange-rates/THB/${lastMonth}`, {
      rate: 0,
      source: ' ',
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors.map((error) => error.pointer).sort()).toEqual([
      '#/rate',
      '#/source',
    ]);
    expect(invalid.body.errors.find((e) => e.pointer === '#/rate')?.detail).toBe(
      'Enter a rate above 0, e.g. 38.4 for 1 EUR = 38.4 THB.',
    );
    const same = await asManager.put<Problem>(`/api/v1/exchange-rates/EUR/${lastMonth}`, {
      rate: 1,
      source: 'ECB',
    });
    expect(same.status).toBe(422);
    expect(same.body.errors).toEqual([
      { pointer: '#/currency', detail: 'EUR is the reporting currency: it needs no rate.' },
    ]);

    // The CSV import names every bad cell by row and column, and imports nothing.
    const bad = await asManager.post<Problem>(
      '/api/v1/imports/exchange-rates',
      [
        'currency,month,rate,source',
        `PLN,${lastMonth},4.25,NBP`,
        'THB,2026-13,38.2,ECB',
        `XYZ,${lastMonth},1.5,ECB`,
        `PLN,${lastMonth},-4,NBP`,
        `EUR,${lastMonth},1,ECB`,
        `THB,${lastMonth},37.9,`,
      ].join('\n'),
      { 'content-type': 'text/csv' },
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((error) => error.pointer)).toEqual([
      '#/rows/3/month',
      '#/rows/4/currency',
      '#/rows/5/rate',
      '#/rows/6/currency',
      '#/rows/7/source',
    ]);
    const duplicate = await asManager.post<Problem>(
      '/api/v1/imports/exchange-rates',
      `currency,month,rate,source\nPLN,${lastMonth},4.25,NBP\npln,${lastMonth},4.3,NBP\n`,
      { 'content-type': 'text/csv' },
    );
    expect(duplicate.body.errors).toEqual([
      {
        pointer: '#/rows/3/month',
        row: 3,
        column: 'month',
        detail: `A second rate for PLN in ${lastMonth} (also on row 2).`,
      },
    ]);
    const imported = await asManager.post<{ rows: number; rates: number }>(
      '/api/v1/imports/exchange-rates',
      `currency,month,rate,source\nPLN,${lastMonth},4.25,NBP table A\n`,
      { 'content-type': 'text/csv' },
    );
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ rows: 1, rates: 1 });
    const listed = await asViewer.get<RateList>('/api/v1/exchange-rates');
    expect(listed.body.items.map((rate) => [rate.currency, rate.month, rate.entry])).toEqual([
      ['PLN', lastMonth, 'imported'],
      ['THB', months[1], 'entered'],
      ['THB', months[0], 'entered'],
    ]);
    expect(listed.body.items[0]?.enteredByName).toBe('Jonas Becker');
    expect(listed.body.missing).toEqual([{ currency: 'THB', month: lastMonth }]);

    // THB's last month has no rate: its figure stays in baht, out of the total, sorted last.
    const byRevenue = await asViewer.get<Portfolio>('/api/v1/portfolio?sort=revenue12m&order=desc');
    expect(byRevenue.body.reportingCurrency).toBe('EUR');
    expect(figures(byRevenue.body)).toEqual([
      ['Phụ tùng Sài Gòn', 5000, []],
      ['Części Łódź', 2352.94, []],
      ['สยามออโต้พาร์ท', null, [{ currency: 'THB', month: lastMonth }]],
    ]);
    expect(byRevenue.body.items[2]).toMatchObject({ currency: 'THB', revenue12m: 120_000 });
    expect(byRevenue.body.revenueTotal).toBe(7352.94);
    expect(byRevenue.body.revenueUnconverted).toBe(1);
    const ascending = await asViewer.get<Portfolio>('/api/v1/portfolio?sort=revenue12m&order=asc');
    expect(ascending.body.items.map((row) => row.name)).toEqual([
      'Części Łódź',
      'Phụ tùng Sài Gòn',
      'สยามออโต้พาร์ท',
    ]);

    // With the last rate, each month converts at its own: 1,000 + 1,038.96 + 1,000.
    await asManager.put(`/api/v1/exchange-rates/THB/${lastMonth}`, { rate: 40, source: 'ECB' });
    const complete = await asViewer.get<Portfolio>('/api/v1/portfolio?sort=revenue12m&order=desc');
    expect(figures(complete.body)).toEqual([
      ['Phụ tùng Sài Gòn', 5000, []],
      ['สยามออโต้พาร์ท', 3038.96, []],
      ['Części Łódź', 2352.94, []],
    ]);
    expect(complete.body.revenueTotal).toBe(10391.9);
    expect(complete.body.revenueUnconverted).toBe(0);

    // The distributor revises its last month: its KPIs are refreshed in its own transaction,
    // which may not read the principal's rates, and the portfolio still converts every month.
    const revised = await portal.post(
      `/api/v1/distributors/${siam.id}/reports/${lastMonth}/submissions`,
      { content: report(lastMonth, 'THB', 80_000) },
    );
    expect(revised.status).toBe(200);
    const afterRevision = await asViewer.get<Portfolio>('/api/v1/portfolio?sort=name&order=asc');
    expect(figures(afterRevision.body)).toEqual([
      ['Części Łódź', 2352.94, []],
      ['Phụ tùng Sài Gòn', 5000, []],
      ['สยามออโต้พาร์ท', 4038.96, []],
    ]);
    expect((await portal.get('/api/v1/portfolio')).status).toBe(403);

    // The export keeps the original amount and currency beside the converted one.
    const csv = await asViewer.get('/api/v1/portfolio/export?format=csv&sort=name&order=asc');
    const lines = csv.text.replace(/^\uFEFF/, '').split('\n');
    expect(lines[0]).toContain(
      'Tier,"Revenue, 12 months (EUR)","Revenue, 12 months, original currency",Currency,Rate missing',
    );
    expect(lines.find((line) => line.startsWith('Części Łódź'))).toContain('2352.94,10000,PLN,,');

    // Deleting a rate brings the note back; a rate that is not there is a 404.
    expect((await asManager.delete(`/api/v1/exchange-rates/THB/${lastMonth}`)).status).toBe(204);
    expect((await asManager.delete(`/api/v1/exchange-rates/THB/${lastMonth}`)).status).toBe(404);

    // Only a principal admin changes the reporting currency; rates into EUR then stay unused.
    expect((await asManager.put('/api/v1/reporting-currency', { currency: 'USD' })).status).toBe(
      403,
    );
    const wrong = await asAdmin.put<Problem>('/api/v1/reporting-currency', { currency: 'XYZ' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0]?.pointer).toBe('#/currency');
    expect((await asAdmin.put('/api/v1/reporting-currency', { currency: 'USD' })).status).toBe(200);
    const inDollars = await asViewer.get<Portfolio>('/api/v1/portfolio?sort=name&order=asc');
    expect(inDollars.body.reportingCurrency).toBe('USD');
    expect(inDollars.body.revenueTotal).toBeNull();
    expect(inDollars.body.revenueUnconverted).toBe(3);
    expect((await asViewer.get<RateList>('/api/v1/exchange-rates')).body.items).toEqual([]);
    await asAdmin.put('/api/v1/reporting-currency', { currency: 'EUR' });

    // Every change is in the audit log.
    const audit = await asAdmin.get<{ items: { action: string }[] }>(
      '/api/v1/audit-log?entityType=exchange_rate&limit=20',
    );
    expect(audit.body.items.map((entry) => entry.action)).toEqual([
      'exchange_rates.rate_deleted',
      'exchange_rates.rate_entered',
      'exchange_rates.imported',
      'exchange_rates.rate_entered',
      'exchange_rates.rate_entered',
    ]);
  });
});
