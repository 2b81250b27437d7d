import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../test/demo.ts';
import type { http } from '../../test/http.ts';
import type { TestServer } from '../../test/server.ts';

type Kpi = { key: string; value: number | null; target: number | null };
type Month = {
  period: string;
  reported: boolean;
  onTime: boolean | null;
  complaints: number;
  orderValue: number | null;
};
type Scorecard = { kpis: Kpi[]; months: Month[] };

describe('the demo’s monthly reports', () => {
  let server: TestServer;
  let client: ReturnType<typeof http>;
  let ids: Map<string, string>;

  beforeAll(async () => {
    ({ server, client, ids } = await startDemoServer());
  }, 180_000);
  afterAll(() => server?.close());

  const scorecard = async (name: string) => {
    const response = await client.get<Scorecard>(`/api/v1/distributors/${ids.get(name)}/scorecard`);
    expect(response.status).toBe(200);
    const kpi = (key: string) => response.body.kpis.find((entry) => entry.key === key);
    return { kpi, months: response.body.months };
  };

  it('shows Saigon Motor Parts behind: under target, reporting late, short of stock', async () => {
    const { kpi, months } = await scorecard('Saigon Motor Parts');
    expect(kpi('attainment')?.value).toBeLessThan(0.8);
    expect(kpi('timeliness')?.value).toBeLessThan(0.7);
    const cover = kpi('weeksOfCover');
    expect(cover?.value).toBeLessThan(cover?.target ?? 0);
    // The last two months never came; the one before came weeks late, with more complaints.
    const [beforeLast, last, missingFirst, missingSecond] = [
      months.at(-12),
      months.at(-3),
      months.at(-2),
      months.at(-1),
    ];
    expect([missingFirst?.reported, missingSecond?.reported]).toEqual([false, false]);
    expect(last).toMatchObject({ reported: true, onTime: false });
    expect(beforeLast).toMatchObject({ reported: true, onTime: true });
    expect(last?.complaints).toBeGreaterThan(beforeLast?.complaints ?? 0);
  });

  it('shows the competing brake line in Saigon Motor Parts’ latest report', async () => {
    const { months } = await scorecard('Saigon Motor Parts');
    const period = months.at(-3)?.period;
    const report = await client.get<{
      content: { competitiveActivity: { competitor: string; product: string }[] };
    }>(`/api/v1/distributors/${ids.get('Saigon Motor Parts')}/reports/${period}`);
    expect(report.body.content.competitiveActivity).toEqual([
      expect.objectContaining({ competitor: 'Dragon Friction', product: 'Ceramic brake pads' }),
    ]);
  });

  it('gives a long-standing distributor 36 months of reports, nearly all on time', async () => {
    const { kpi, months } = await scorecard('Motoczęści Polska');
    expect(months).toHaveLength(36);
    expect(months.every((month) => month.reported)).toBe(true);
    expect(kpi('timeliness')?.value).toBeGreaterThanOrEqual(0.8);
    expect(kpi('attainment')?.value).toBeGreaterThan(0.8);
  });

  it('ranks the portfolio with Saigon Motor Parts in the lowest tier', async () => {
    const portfolio = await client.get<{ items: { name: string; tier: string | null }[] }>(
      '/api/v1/portfolio?pageSize=100&sort=attainment&order=asc',
    );
    expect(portfolio.status).toBe(200);
    const tiered = portfolio.body.items.filter((item) => item.tier);
    expect(tiered.length).toBeGreaterThan(20);
    expect(tiered.find((item) => item.name === 'Saigon Motor Parts')?.tier).toBe('C');
  });

  it('shows Saigon Motor Parts ordering less over the last six months, the others ordinary', async () => {
    const saigon = await scorecard('Saigon Motor Parts');
    const value = (months: Month[], from: number, to?: number) =>
      months.slice(from, to).reduce((sum, month) => sum + (month.orderValue ?? 0), 0);
    // Full speed seven to twelve months ago; the last three months at less than a third of it.
    expect(value(saigon.months, -3, saigon.months.length) * 3).toBeLessThan(
      value(saigon.months, -12, -9),
    );
    expect(saigon.months.at(-1)?.orderValue).toBeNull();
    const polska = await scorecard('Motoczęści Polska');
    expect(polska.months.filter((month) => month.orderValue).length).toBe(36);
    const orders = polska.kpi('orderGrowth')?.value ?? null;
    expect(orders).toBeGreaterThan(-0.2);
    expect(orders).toBeLessThan(0.2);
  });
});
