// Where each period's target comes from (issue #16): one rule, on the server, for the targets
// page and the scorecard; and a review pack of an earlier month shows the figures as of it.
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
import { shiftPeriod } from './periods.ts';

type PeriodTarget = {
  productLine: string | null;
  periodKind: 'month' | 'quarter' | 'year';
  period: string;
  revenue: number;
  source: { kind: string; period: string | null };
};
type Scorecard = {
  months: {
    period: string;
    targetRevenue: number | null;
    targetSource: { kind: string; period: string | null } | null;
  }[];
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('targets: entered or derived, the same on every page', () => {
  it('derives months and quarters from the year or quarter and says so', async () => {
    const workspace = await makeWorkspace(server);
    const manager = await makeUser(workspace, 'principal_manager');
    const siam = await makeDistributor(workspace, {
      name: 'บริษัท สยามออโต้ คอมโพเนนท์ จำกัด',
      country: 'TH',
      timeZone: 'Asia/Bangkok',
    });
    await makeProductLine(workspace, { code: 'BRK-PAD', name: 'Má phanh' });
    await makeProductLine(workspace, { code: 'OIL-FLT', name: 'Lọc dầu' });
    const principal = http(server.url).as(manager);
    const year = Number(shiftPeriod(server.clock.now().toISOString().slice(0, 7), -1).slice(0, 4));
    const set = await principal.put(`/api/v1/distributors/${siam.id}/targets`, {
      replaceYear: year,
      targets: [
        { productLine: null, periodKind: 'year', period: `${year}-01`, revenue: 1857804 },
        { productLine: 'BRK-PAD', periodKind: 'quarter', period: `${year}-07`, revenue: 30000 },
        { productLine: 'OIL-FLT', periodKind: 'month', period: `${year}-03`, revenue: 5000 },
      ],
    });
    expect(set.status).toBe(200);

    const listed = await principal.get<{ periods: PeriodTarget[] }>(
      `/api/v1/distributors/${siam.id}/targets?year=${year}`,
    );
    expect(listed.status).toBe(200);
    const find = (line: string | null, kind: string, period: string) =>
      listed.body.periods.find(
        (target) =>
          target.productLine === line && target.periodKind === kind && target.period === period,
      );
    expect(find(null, 'month', `${year}-01`)).toMatchObject({
      revenue: 154817,
      source: { kind: 'year', period: `${year}-01` },
    });
    expect(find(null, 'quarter', `${year}-04`)).toMatchObject({
      revenue: 464451,
      source: { kind: 'year', period: `${year}-01` },
    });
    expect(find(null, 'year', `${year}-01`)).toMatchObject({
      revenue: 1857804,
      source: { kind: 'entered' },
    });
    expect(find('BRK-PAD', 'month', `${year}-08`)).toMatchObject({
      revenue: 10000,
      source: { kind: 'quarter', period: `${year}-07` },
    });
    expect(find('BRK-PAD', 'quarter', `${year}-07`)).toMatchObject({
      revenue: 30000,
      source: { kind: 'entered' },
    });
    expect(find('OIL-FLT', 'month', `${year}-03`)).toMatchObject({
      revenue: 5000,
      source: { kind: 'entered' },
    });
    expect(find('OIL-FLT', 'quarter', `${year}-01`)).toMatchObject({
      revenue: 5000,
      source: { kind: 'months' },
    });

    // The scorecard's months carry the same figure and source as the targets page.
    const scorecard = await principal.get<Scorecard>(`/api/v1/distributors/${siam.id}/scorecard`);
    const january = scorecard.body.months.find((month) => month.period === `${year}-01`);
    expect(january).toMatchObject({
      targetRevenue: 154817,
      targetSource: { kind: 'year', period: `${year}-01` },
    });
  });

  it('prints a pack of an earlier month with the figures as of that month', async () => {
    const workspace = await makeWorkspace(server);
    const manager = await makeUser(workspace, 'principal_manager');
    const saigon = await makeDistributor(workspace, {
      name: 'Công ty Phụ Tùng Sài Gòn',
      languages: ['en'],
    });
    await makeProductLine(workspace, { code: 'BRK-PAD', name: 'Má phanh' });
    const seller = await makeDistributorUser(workspace, saigon.id);
    const lastMonth = shiftPeriod(server.clock.now().toISOString().slice(0, 7), -1);
    for (const period of [shiftPeriod(lastMonth, -2), shiftPeriod(lastMonth, -1), lastMonth]) {
      const response = await http(server.url)
        .as(seller)
        .post(`/api/v1/distributors/${saigon.id}/reports/${period}/submissions`, {
          content: {
            period,
            currency: 'EUR',
            sales: [{ productLine: 'BRK-PAD', units: 120, revenue: 4800 }],
            inventory: [{ productLine: 'BRK-PAD', unitsOnHand: 240 }],
            pipeline: [],
            marketIntelligence: [],
            competitiveActivity: [],
            customerSatisfaction: { complaints: 2, returns: 1, score: 7.5 },
          },
        });
      expect(response.status).toBe(200);
    }
    const earlier = shiftPeriod(lastMonth, -2);
    const response = await fetch(
      `${server.url}/api/v1/distributors/${saigon.id}/packs/monthly/${earlier}`,
      { headers: { authorization: `Bearer ${manager.token}` } },
    );
    expect(response.status).toBe(200);
    const text = await pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain(earlier);
    // Neither the later months' figures nor their "as of" reach the earlier month's pack.
    expect(text).not.toContain(lastMonth);
    expect(text).not.toContain(shiftPeriod(lastMonth, -1));
  });
});
