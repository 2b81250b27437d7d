import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../test/demo.ts';
import type { http } from '../../test/http.ts';
import type { TestServer } from '../../test/server.ts';

type Warnings = {
  distributors: {
    name: string;
    state: string;
    signals: { kind: string; severity: string; params: Record<string, unknown> }[];
  }[];
};

describe('the demo’s early warnings', () => {
  let server: TestServer;
  let client: ReturnType<typeof http>;

  beforeAll(async () => {
    ({ server, client } = await startDemoServer());
  }, 180_000);
  afterAll(() => server?.close());

  it('puts Saigon Motor Parts at risk: silent, reports late, stock under the buffer, orders falling', async () => {
    const response = await client.get<Warnings>('/api/v1/early-warnings');
    expect(response.status).toBe(200);
    const saigon = response.body.distributors.find((entry) => entry.name === 'Saigon Motor Parts');
    expect(saigon?.state).toBe('at_risk');
    const kinds = saigon?.signals.map((signal) => signal.kind);
    expect(kinds).toEqual(expect.arrayContaining(['report_late', 'stock_below_buffer']));
    expect(kinds).toContain('competitor_mentioned');
    // Its story: it stopped answering (src/seed/demo-communication.ts) and orders less
    // (src/seed/demo-orders.ts).
    expect(kinds).toContain('silence');
    expect(kinds).toEqual(expect.arrayContaining([expect.stringMatching(/^order(s_down|_gap)$/)]));
    // The first names on the list are the ones at risk.
    expect(response.body.distributors[0]?.state).toBe('at_risk');
    // Nobody else is at risk. Siam Auto Components, onboarding since October with its first
    // report for November, owes no report yet; but its charter (due by day 30 of its journey) is
    // still in negotiation on day 45, so it is on watch for that one stalled journey.
    const others = response.body.distributors.filter(
      (entry) => entry.name !== 'Saigon Motor Parts',
    );
    expect(others.filter((entry) => entry.state === 'at_risk').map((entry) => entry.name)).toEqual(
      [],
    );
    const siam = others.find((entry) => entry.name === 'Siam Auto Components');
    expect(siam).toMatchObject({
      state: 'watch',
      signals: [
        {
          kind: 'onboarding_stalled',
          severity: 'warning',
          params: { day: 45, step: 'charter_signed', lateByDays: 15 },
        },
      ],
    });
  });
});
