import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeProductLine,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { pdfText } from '../../test/pdf.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { distributorKpi } from '../db/schema.ts';
import { refreshAllKpis } from './kpi.service.ts';
import { shiftPeriod } from './periods.ts';
import type { MonthlyReportContent } from './report.content.ts';

type Kpi = {
  key: string;
  value: number | null;
  target: number | null;
  portfolioMedian: number | null;
  trend: { period: string; value: number | null }[];
};
type Scorecard = {
  distributor: { tier: string | null };
  asOf: string | null;
  kpis: Kpi[];
  months: {
    period: string;
    revenue: number | null;
    targetRevenue: number | null;
    reported: boolean;
  }[];
};
type Portfolio = {
  items: {
    name: string;
    country: string;
    tier: string | null;
    kpis: Record<string, number | null>;
  }[];
  total: number;
  medians: Record<string, number | null>;
  tiers: { tier: string; count: number }[];
};

/** The text of a PDF as a viewer reads it. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const lastMonth = shiftPeriod(new Date().toISOString().slice(0, 7), -1);

function monthReport(period: string, brakeUnits: number): MonthlyReportContent {
  return {
    period,
    currency: 'EUR',
    sales: [
      { productLine: 'BRK-PAD', units: brakeUnits, revenue: brakeUnits * 40 },
      { productLine: 'OIL-FLT', units: 300, revenue: 1500 },
    ],
    inventory: [
      { productLine: 'BRK-PAD', unitsOnHand: 240 },
      { productLine: 'OIL-FLT', unitsOnHand: 600 },
    ],
    pipeline: [],
    marketIntelligence: [],
    competitiveActivity: [],
    customerSatisfaction: { complaints: 2, returns: 1, score: 7.5 },
  };
}

/** A distributor with 14 months of reports (120 brake pads a month, 60 in the first two). */
async function reportingDistributor(
  workspace: Awaited<ReturnType<typeof makeWorkspace>>,
  name: string,
  country = 'VN',
) {
  const distributor = await makeDistributor(workspace, {
    name,
    country,
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  const seller = await makeDistributorUser(workspace, distributor.id);
  const portal = http(server.url).as(seller);
  for (let back = 13; back >= 0; back--) {
    const period = shiftPeriod(lastMonth, -back);
    const response = await portal.post(
      `/api/v1/distributors/${distributor.id}/reports/${period}/submissions`,
      {
        content: monthReport(period, back >= 12 ? 60 : 120),
      },
    );
    expect(response.status).toBe(200);
  }
  return { distributor, seller };
}

describe('targets, KPIs and the portfolio', () => {
  it('measures a distributor against its targets and shows its scorecard and portfolio row', async () => {
    const workspace = await makeWorkspace(server);
    await makeProductLine(workspace, { code: 'BRK-PAD', name: 'Brake pads' });
    await makeProductLine(workspace, { code: 'OIL-FLT', name: 'Oil filters' });
    const manager = await makeUser(workspace, 'principal_manager');
    const principal = http(server.url).as(manager);
    const { distributor, seller } = await reportingDistributor(workspace, 'Saigon Motor Parts');

    // 6,000 a month for the last 12 months: every month's own target.
    const months = Array.from({ length: 12 }, (_, index) => shiftPeriod(lastMonth, -index));
    const set = await principal.put(`/api/v1/distributors/${distributor.id}/targets`, {
      targets: months.map((period) => ({
        productLine: null,
        periodKind: 'month',
        period,
        revenue: 6000,
      })),
    });
    expect(set.status).toBe(200);
    const badTarget = await principal.put<{ errors: { pointer: string }[] }>(
      `/api/v1/distributors/${distributor.id}/targets`,
      { targets: [{ productLine: 'XYZ-1', periodKind: 'quarter', period: '2026-02', revenue: 1 }] },
    );
    expect(badTarget.status).toBe(422);
    expect(badTarget.body.errors.map((e) => e.pointer)).toEqual([
      '#/targets/0/productLine',
      '#/targets/0/period',
    ]);
    const year = Number(lastMonth.slice(0, 4));
    const listed = await http(server.url)
      .as(seller)
      .get<{ targets: unknown[] }>(`/api/v1/distributors/${distributor.id}/targets?year=${year}`);
    expect(listed.body.targets.length).toBe(
      months.filter((m) => m.startsWith(String(year))).length,
    );

    const scorecard = await principal.get<Scorecard>(
      `/api/v1/distributors/${distributor.id}/scorecard`,
    );
    expect(scorecard.status).toBe(200);
    const kpi = (key: string) => scorecard.body.kpis.find((k) => k.key === key);
    expect(scorecard.body.asOf).toBe(lastMonth);
    expect(kpi('attainment')?.value).toBeCloseTo((6300 * 12) / (6000 * 12), 6);
    expect(kpi('attainment')?.target).toBe(1);
    // Two months of the year before are not a year: no growth figure yet.
    expect(kpi('growth')?.value).toBeNull();
    expect(kpi('sellThrough')?.value).toBeCloseTo(1260 / (1260 + 840), 6);
    expect(kpi('weeksOfCover')?.value).toBeCloseTo(840 / (1260 / 13), 6);
    expect(kpi('growth')?.trend.at(-1)?.value).toBeCloseTo(6300 / 3900 - 1, 6);
    expect(kpi('timeliness')?.value).toBe(0);
    expect(kpi('complaints')?.value).toBe(6);
    expect(kpi('satisfaction')?.value).toBeCloseTo(7.5, 6);
    expect(kpi('margin')?.value).toBeNull();
    // Costs for every line sold make margins: 28 a brake pad, 3.5 an oil filter.
    const costs = await principal.put<{ costs: unknown[] }>('/api/v1/product-line-costs', {
      costs: [
        { productLine: 'BRK-PAD', currency: 'EUR', unitCost: 28 },
        { productLine: 'OIL-FLT', currency: 'EUR', unitCost: 3.5 },
      ],
    });
    expect(costs.body.costs).toHaveLength(2);
    const costed = await principal.get<Scorecard>(
      `/api/v1/distributors/${distributor.id}/scorecard`,
    );
    const margin = costed.body.kpis.find((k) => k.key === 'margin');
    expect(margin?.value).toBeCloseTo((6300 - (120 * 28 + 300 * 3.5)) / 6300, 6);
    // A correction by the distributor's own user, who may not read costs, is costed all the same.
    const corrected = await http(server.url)
      .as(seller)
      .post(`/api/v1/distributors/${distributor.id}/reports/${lastMonth}/submissions`, {
        content: monthReport(lastMonth, 130),
      });
    expect(corrected.status).toBe(200);
    const recosted = await principal.get<Scorecard>(
      `/api/v1/distributors/${distributor.id}/scorecard`,
    );
    const lastMargin = recosted.body.kpis.find((k) => k.key === 'margin')?.trend.at(-1)?.value;
    expect(lastMargin).toBeCloseTo((6700 - (130 * 28 + 300 * 3.5)) / 6700, 6);
    expect((await http(server.url).as(seller).get('/api/v1/product-line-costs')).status).toBe(403);
    // Nor the margin: revenue × (1 − margin) is the cost. The seller's scorecard has every other
    // KPI, and no margin, not even as an empty one.
    const ownScorecard = await http(server.url)
      .as(seller)
      .get<Scorecard>(`/api/v1/distributors/${distributor.id}/scorecard`);
    expect(ownScorecard.status).toBe(200);
    expect(ownScorecard.body.kpis.map((k) => k.key)).toEqual(
      recosted.body.kpis.map((k) => k.key).filter((key) => key !== 'margin'),
    );
    expect(JSON.stringify(ownScorecard.body)).not.toMatch(/margin|cost/i);
    expect(scorecard.body.months).toHaveLength(36);
    expect(scorecard.body.months.at(-1)).toMatchObject({
      revenue: 6300,
      targetRevenue: 6000,
      reported: true,
    });
    expect(kpi('attainment')?.trend.at(-1)?.value).toBeCloseTo(1.05, 6);
    // Late on every report: attainment alone does not make tier A.
    expect(scorecard.body.distributor.tier).toBe('B');

    await reportingDistributor(workspace, 'Siam Auto Components', 'TH');
    const portfolio = await principal.get<Portfolio>(
      '/api/v1/portfolio?sort=attainment&order=desc',
    );
    expect(portfolio.status).toBe(200);
    expect(portfolio.body.items.map((row) => [row.name, row.tier])).toEqual([
      ['Saigon Motor Parts', 'B'],
      ['Siam Auto Components', 'C'],
    ]);
    expect(portfolio.body.medians.satisfaction).toBeCloseTo(7.5, 6);
    const thai = await principal.get<Portfolio>('/api/v1/portfolio?country=TH');
    expect(thai.body.items.map((row) => row.name)).toEqual(['Siam Auto Components']);

    const exported = await principal.get('/api/v1/portfolio/export?format=csv&sort=name&order=asc');
    expect(exported.text.replace(/^\uFEFF/, '').split('\n')[1]).toMatch(
      // In the reporting currency, then the original amount and currency, then missing rates.
      /^Saigon Motor Parts,VN,active,B,76000,76000,EUR,,/,
    );

    const rules = await principal.put('/api/v1/portfolio/tier-rules', {
      rules: [{ tier: 'Gold', minAttainment: 1 }, { tier: 'Watch' }],
    });
    expect(rules.status).toBe(200);
    const retiered = await principal.get<Portfolio>('/api/v1/portfolio?sort=name&order=asc');
    expect(retiered.body.items.map((row) => row.tier)).toEqual(['Gold', 'Watch']);
    expect(retiered.body.tiers).toEqual([
      { tier: 'Gold', count: 1 },
      { tier: 'Watch', count: 1 },
    ]);

    // The review packs: the month's and the quarter's figures as PDF.
    const pack = await fetch(
      `${server.url}/api/v1/distributors/${distributor.id}/packs/monthly/${lastMonth}`,
      { headers: { authorization: `Bearer ${manager.token}` } },
    );
    expect(pack.headers.get('content-type')).toBe('application/pdf');
    const packBytes = Buffer.from(await pack.arrayBuffer());
    const text = await pdfText(packBytes);
    expect(text).toContain(`Monthly review pack · ${lastMonth}`);
    // The distributor works in Vietnamese: each label has its translation beside it.
    expect(text).toMatch(/Attainment vs target .*?105\.6 % 100\.0 %/);
    expect(text).toContain('OIL-FLT');
    const quarter = `${lastMonth.slice(0, 4)}-Q${Math.ceil(Number(lastMonth.slice(5)) / 3)}`;
    const qbr = await principal.get(
      `/api/v1/distributors/${distributor.id}/packs/quarterly/${quarter}`,
    );
    expect(qbr.status).toBe(200);
    const mismatched = await principal.get<{ errors: { pointer: string }[] }>(
      `/api/v1/distributors/${distributor.id}/packs/quarterly/${lastMonth}`,
    );
    expect(mismatched.status).toBe(422);
    expect(mismatched.body.errors[0]?.pointer).toBe('#/label');

    // The hourly refresh rebuilds every KPI row from the summaries.
    await server.database.db
      .delete(distributorKpi)
      .where(eq(distributorKpi.workspaceId, workspace.id));
    expect(
      await refreshAllKpis(server.database, { now: server.clock.now(), workspaceId: workspace.id }),
    ).toBe(1);
    const rebuilt = await principal.get<Portfolio>('/api/v1/portfolio?sort=name&order=asc');
    expect(rebuilt.body.items.map((row) => row.tier)).toEqual(['Gold', 'Watch']);

    expect((await http(server.url).as(seller).get('/api/v1/portfolio')).status).toBe(403);
    const own = await http(server.url)
      .as(seller)
      .get<Scorecard>(`/api/v1/distributors/${distributor.id}/scorecard`);
    expect(own.body.kpis.every((k) => k.portfolioMedian === null)).toBe(true);
  });
});

describe('importing targets', () => {
  it('imports every row of a CSV, or none with each bad cell named', async () => {
    const workspace = await makeWorkspace(server);
    await makeProductLine(workspace, { code: 'BRK-PAD', name: 'Brake pads' });
    const saigon = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    await makeDistributor(workspace, {
      name: 'Siam Auto Components',
      country: 'TH',
      timeZone: 'Asia/Bangkok',
    });
    const manager = await makeUser(workspace);
    const send = (csv: string, dryRun = false) =>
      fetch(`${server.url}/api/v1/targets/import?filename=targets.csv&dryRun=${dryRun}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${manager.token}`, 'content-type': 'text/csv' },
        body: csv,
      }).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as { errors: { row: number; column: string }[] } & Record<
          string,
          unknown
        >,
      }));
    const header = 'distributor,product_line,period_kind,period,revenue,units\n';
    const bad = await send(
      `${header}Saigon Motor Parts,BRK-PAD,month,2026-01,5000,100\nNobody Ltd,,year,2026-01,1,\nSiam Auto Components,XYZ-1,quarter,2026-02,-5,\n`,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'distributor'],
      [4, 'revenue'],
    ]);
    const misaligned = await send(`${header}Siam Auto Components,XYZ-1,quarter,2026-02,5,\n`);
    expect(misaligned.body.errors.map((e) => e.column)).toEqual(['product_line', 'period']);
    const year = await http(server.url)
      .as(manager)
      .get<{ targets: unknown[] }>(`/api/v1/distributors/${saigon.id}/targets?year=2026`);
    expect(year.body.targets).toEqual([]);

    const csv = `${header}Saigon Motor Parts,BRK-PAD,month,2026-01,5000,100\nSiam Auto Components,,year,2026-01,90000,\n`;
    expect((await send(csv, true)).body).toEqual({
      rows: 2,
      distributors: 2,
      imported: 0,
      dryRun: true,
    });
    expect((await send(csv)).body).toEqual({
      rows: 2,
      distributors: 2,
      imported: 2,
      dryRun: false,
    });
    const imported = await http(server.url)
      .as(manager)
      .get<{ targets: { productLine: { code: string } | null; revenue: number }[] }>(
        `/api/v1/distributors/${saigon.id}/targets?year=2026`,
      );
    expect(imported.body.targets.map((t) => [t.productLine?.code, t.revenue])).toEqual([
      ['BRK-PAD', 5000],
    ]);
  });
});
