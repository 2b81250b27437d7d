import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDistributor, makeProductLine, makeUser, makeWorkspace } from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { runQueuedJobs } from '../../test/run-jobs.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

type Scorecard = {
  orderCurrency: string | null;
  kpis: { key: string; value: number | null; trend: { period: string; value: number | null }[] }[];
  months: { period: string; orderValue: number | null }[];
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock: pinnedClock('2026-12-06T08:00:00Z'), isolated: true });
});
afterAll(() => server.close());

describe('orders on the scorecard', () => {
  it('shows the net order value per month and the orders KPI against the year before', async () => {
    const workspace = await makeWorkspace(server);
    const thangLong = await makeDistributor(workspace, { name: 'Thăng Long Auto Parts JSC' });
    const brakes = await makeProductLine(workspace);
    const api = http(server.url).as(await makeUser(workspace, 'principal_admin'));
    const rows: string[] = [];
    for (let month = 0; month < 24; month += 1) {
      const date = new Date(Date.UTC(2024, 11 + month, 10)).toISOString().slice(0, 10);
      // A year of 1,000 € a month, then a year of 800 €, half in one line and half in another.
      const value = month < 12 ? 500 : 400;
      rows.push(`${thangLong.id},SO-${month},${date},${brakes.code},10,${value},EUR`);
      rows.push(`${thangLong.id},,${date},${brakes.code},10,${value},EUR`);
    }
    const header = 'distributor,order_ref,ordered_on,product_line,quantity,net_value,currency';
    const imported = await api.post('/api/v1/imports/orders', [header, ...rows].join('\n'), {
      'content-type': 'text/csv',
    });
    expect(imported.status).toBe(200);
    // The import queued the workspace's KPI refresh; the job runner picks it up within seconds.
    const runs = await runQueuedJobs(server);
    expect(runs).toContainEqual(
      expect.objectContaining({ name: 'KPI refresh after an orders import', outcome: 'succeeded' }),
    );
    const scorecard = await api.get<Scorecard>(
      `/api/v1/distributors/${thangLong.id}/scorecard?months=12`,
    );
    expect(scorecard.status, scorecard.text).toBe(200);
    expect(scorecard.body.orderCurrency).toBe('EUR');
    expect(scorecard.body.months.at(-1)).toEqual(
      expect.objectContaining({ period: '2026-11', orderValue: 800 }),
    );
    expect(scorecard.body.months[0]).toEqual(
      expect.objectContaining({ period: '2025-12', orderValue: 800 }),
    );
    const orders = scorecard.body.kpis.find((kpi) => kpi.key === 'orderGrowth');
    expect(orders?.value).toBeCloseTo(-0.2, 6);
    expect(orders?.trend.at(-1)?.value).toBeCloseTo(-0.2, 6);
  });
});
