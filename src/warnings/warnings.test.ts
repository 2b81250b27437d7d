import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeContact,
  makeDistributor,
  makeDistributorUser,
  makeProductLine,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { inTenantTransaction } from '../db/client.ts';
import { distributorHealth } from '../db/schema.ts';
import type { MonthlyReportContent } from '../reports/report.content.ts';
import { recordAllHealthChanges } from './warnings.service.ts';

type Signal = { kind: string; severity: string; reason: string; params: Record<string, unknown> };
type Warnings = {
  asOf: string;
  distributors: { distributorId: string; name: string; state: string; signals: Signal[] }[];
};
type Health = {
  state: string;
  signals: Signal[];
  history: { asOf: string; state: string; reasons: Signal[] }[];
};

// Today is 2026-11-20: October's report was due on the 10th.
const clock = pinnedClock('2026-11-20T08:00:00Z');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(() => server.close());

function septemberReport(code: string): MonthlyReportContent {
  return {
    period: '2026-09',
    currency: 'USD',
    sales: [{ productLine: code, units: 400, revenue: 5_600 }],
    inventory: [{ productLine: code, unitsOnHand: 300 }],
    pipeline: [],
    marketIntelligence: [],
    competitiveActivity: [
      {
        competitor: 'Dragon Friction',
        product: 'Ceramic brake pads',
        pricePoint: 9.9,
        observation: 'On the shelves of our Thủ Đức branch.',
      },
    ],
    customerSatisfaction: { complaints: 3, returns: 1, score: 6.5 },
  };
}

/**
 * A workspace with a distributor that has not owed a report yet (Hanoi) and one whose September
 * report came six weeks late, today, and whose October report has not come (Saigon).
 */
async function workspaceWithLateReports() {
  const workspace = await makeWorkspace(server);
  const line = await makeProductLine(workspace, { code: 'BRK-100' });
  const hanoi = await makeDistributor(workspace, { name: 'Hanoi Auto Supply' });
  const saigon = await makeDistributor(workspace, {
    name: 'Saigon Motor Parts',
    reportCurrency: 'USD',
  });
  const seller = await makeDistributorUser(workspace, saigon.id);
  const submitted = await http(server.url)
    .as(seller)
    .post(`/api/v1/distributors/${saigon.id}/reports/2026-09/submissions`, {
      content: septemberReport(line.code),
    });
  expect(submitted.status).toBe(200);
  const manager = await makeUser(workspace, 'principal_manager');
  return { workspace, hanoi, saigon, seller, manager, client: http(server.url).as(manager) };
}

describe('early warnings', () => {
  it('flags a distributor with a late and a missing report, and one named competitor', async () => {
    const { saigon, client } = await workspaceWithLateReports();
    const response = await client.get<Warnings>('/api/v1/early-warnings');
    expect(response.status).toBe(200);
    expect(response.body.asOf).toBe('2026-11-20');
    expect(response.body.distributors.map((entry) => entry.name)).toEqual(['Saigon Motor Parts']);
    const [flagged] = response.body.distributors;
    expect(flagged).toMatchObject({ distributorId: saigon.id, state: 'at_risk' });
    expect(flagged?.signals.map((signal) => [signal.kind, signal.severity])).toEqual([
      ['report_late', 'critical'],
      ['competitor_mentioned', 'warning'],
    ]);
    expect(flagged?.signals[0]?.reason).toBe(
      'Reports late or missing: 1 late, 1 missing (2026-10, 2026-09).',
    );
  });

  it('reads only what had arrived by the day asked', async () => {
    const { client } = await workspaceWithLateReports();
    // On 20 October September's report had not come, and nothing named a competitor yet.
    const october = await client.get<Warnings>('/api/v1/early-warnings?asOf=2026-10-20');
    expect(october.body.distributors[0]?.signals).toMatchObject([
      { kind: 'report_late', params: { late: 0, missing: 1, periods: ['2026-09'] } },
    ]);
    // Two days after its due date it was within the grace days: nobody flagged.
    const grace = await client.get<Warnings>('/api/v1/early-warnings?asOf=2026-10-12');
    expect(grace.body.distributors).toEqual([]);
  });

  it('refuses a day still to come with 422', async () => {
    const { client } = await workspaceWithLateReports();
    const response = await client.get('/api/v1/early-warnings?asOf=2026-11-21');
    expect(response.status).toBe(422);
  });

  it('takes the workspace’s thresholds, within their ranges', async () => {
    const { workspace, client } = await workspaceWithLateReports();
    expect((await client.get('/api/v1/early-warnings/settings')).body).toEqual({
      reportGraceDays: 3,
      revenueDropPercent: 20,
      missedMeetings: 2,
      overdueFollowUps: 3,
      silenceWeeks: 6,
      responseHours: 72,
      orderDropPercent: 30,
      orderGapFactor: 2,
      overdueMilestones: 1,
      onboardingLateDays: 7,
      atRiskSignals: 4,
    });
    const settings = {
      reportGraceDays: 15,
      revenueDropPercent: 25,
      missedMeetings: 3,
      overdueFollowUps: 5,
    };
    const outOfRange = await client.put('/api/v1/early-warnings/settings', {
      ...settings,
      reportGraceDays: 61,
      revenueDropPercent: 2,
    });
    expect(outOfRange.status).toBe(422);
    const silenceOutOfRange = await client.put<{ errors: { pointer: string }[] }>(
      '/api/v1/early-warnings/settings',
      {
        ...settings,
        silenceWeeks: 1,
        orderGapFactor: 11,
        overdueMilestones: 0,
        atRiskSignals: 1,
      },
    );
    expect(silenceOutOfRange.status).toBe(422);
    expect(silenceOutOfRange.body.errors.map((error) => error.pointer)).toEqual([
      '#/silenceWeeks',
      '#/orderGapFactor',
      '#/overdueMilestones',
      '#/atRiskSignals',
    ]);
    const viewer = await makeUser(workspace, 'principal_viewer');
    const refused = await http(server.url)
      .as(viewer)
      .put('/api/v1/early-warnings/settings', settings);
    expect(refused.status).toBe(403);
    expect((await client.put('/api/v1/early-warnings/settings', settings)).status).toBe(200);
    // The thresholds a client left out keep their values.
    expect((await client.get('/api/v1/early-warnings/settings')).body).toMatchObject({
      ...settings,
      silenceWeeks: 6,
      orderGapFactor: 2,
    });
    // Ten days past its due date is now within the grace days.
    const october = await client.get<Warnings>('/api/v1/early-warnings?asOf=2026-10-20');
    expect(october.body.distributors).toEqual([]);
    // Today September's report is late and a competitor is named: two warnings, on watch until
    // the workspace says two signals together mean at risk.
    const stateToday = async () =>
      (await client.get<Warnings>('/api/v1/early-warnings')).body.distributors.map((entry) => [
        entry.name,
        entry.state,
        entry.signals.length,
      ]);
    expect(await stateToday()).toEqual([['Saigon Motor Parts', 'watch', 2]]);
    const stricter = await client.put('/api/v1/early-warnings/settings', {
      ...settings,
      atRiskSignals: 2,
    });
    expect(stricter.status).toBe(200);
    expect(await stateToday()).toEqual([['Saigon Motor Parts', 'at_risk', 2]]);
  });

  it('counts follow-ups as they stood on the day asked for, not as they stand now', async () => {
    const workspace = await makeWorkspace(server);
    const hanoi = await makeDistributor(workspace, { name: 'Công ty Phụ tùng Hà Nội' });
    const owner = await makeContact(workspace, hanoi.id, { name: 'Phạm Minh Đức' });
    const client = http(server.url).as(await makeUser(workspace, 'principal_manager'));
    const items = `/api/v1/distributors/${hanoi.id}/action-items`;
    try {
      clock.set('2026-10-01T08:00:00Z');
      const ids: string[] = [];
      for (const title of ['Gửi báo giá Q4', 'Xác nhận lịch giao hàng', 'Cập nhật tồn kho']) {
        const created = await client.post<{ id: string }>(items, {
          title,
          ownerContactId: owner.id,
          dueOn: '2026-10-05',
        });
        expect(created.status).toBe(201);
        ids.push(created.body.id);
      }
      // All three done, a month late.
      clock.set('2026-11-10T08:00:00Z');
      for (const id of ids) {
        expect((await client.patch(`${items}/${id}`, { status: 'done' })).status).toBe(200);
      }
    } finally {
      clock.set('2026-11-20T08:00:00Z');
    }
    const then = await client.get<Warnings>('/api/v1/early-warnings?asOf=2026-10-20');
    const flagged = then.body.distributors.find((entry) => entry.distributorId === hanoi.id);
    expect(flagged?.signals).toContainEqual(
      expect.objectContaining({
        kind: 'follow_ups_overdue',
        params: { notesOverdue: 0, actionsOverdue: 3 },
      }),
    );
    const now = await client.get<Warnings>('/api/v1/early-warnings');
    expect(now.body.distributors.map((entry) => entry.distributorId)).not.toContain(hanoi.id);
  });

  it('records a health row when the state changes, and shows the history', async () => {
    const { workspace, saigon, client } = await workspaceWithLateReports();
    const options = { now: clock.now(), workspaceId: workspace.id };
    // Both distributors' first assessment, then nothing changed.
    expect(await recordAllHealthChanges(server.database, options)).toBe(2);
    expect(await recordAllHealthChanges(server.database, options)).toBe(0);
    const response = await client.get<Health>(`/api/v1/distributors/${saigon.id}/health`);
    expect(response.status).toBe(200);
    expect(response.body.state).toBe('at_risk');
    const elsewhere = await makeDistributor(await makeWorkspace(server));
    expect((await client.get(`/api/v1/distributors/${elsewhere.id}/health`)).status).toBe(404);
    expect(response.body.history).toMatchObject([
      { asOf: '2026-11-20', state: 'at_risk', reasons: [{ kind: 'report_late' }, {}] },
    ]);
  });

  it('evaluates on demand for principal editors, recording what changed', async () => {
    const { workspace, saigon, seller, client } = await workspaceWithLateReports();
    const evaluated = await client.post('/api/v1/early-warnings/evaluate', {});
    expect(evaluated.status).toBe(200);
    expect(evaluated.body).toEqual({ asOf: '2026-11-20', assessed: 2, recorded: 2 });
    expect((await client.post('/api/v1/early-warnings/evaluate', {})).body).toMatchObject({
      recorded: 0,
    });
    const history = await client.get<Health>(`/api/v1/distributors/${saigon.id}/health`);
    expect(history.body.history).toMatchObject([{ asOf: '2026-11-20', state: 'at_risk' }]);
    const viewer = await makeUser(workspace, 'principal_viewer');
    const asViewer = http(server.url).as(viewer);
    expect((await asViewer.post('/api/v1/early-warnings/evaluate', {})).status).toBe(403);
    const asSeller = http(server.url).as(seller);
    expect((await asSeller.post('/api/v1/early-warnings/evaluate', {})).status).toBe(403);
  });

  it('keeps the assessment from the distributor’s own users', async () => {
    const { workspace, saigon, seller } = await workspaceWithLateReports();
    await recordAllHealthChanges(server.database, {
      now: clock.now(),
      workspaceId: workspace.id,
    });
    const portal = http(server.url).as(seller);
    expect((await portal.get('/api/v1/early-warnings')).status).toBe(403);
    expect((await portal.get(`/api/v1/distributors/${saigon.id}/health`)).status).toBe(403);
    expect((await portal.get('/api/v1/early-warnings/settings')).status).toBe(403);
    // Row-level security too: in the distributor's scope not even its own rows are visible.
    const scope = { workspaceId: workspace.id, distributorId: saigon.id, userId: seller.id };
    const rows = await inTenantTransaction(server.database.db, scope, (tx) =>
      tx.select().from(distributorHealth),
    );
    expect(rows).toEqual([]);
    const principalRows = await inTenantTransaction(
      server.database.db,
      { workspaceId: workspace.id, distributorId: null, userId: null },
      (tx) => tx.select().from(distributorHealth),
    );
    expect(principalRows).toHaveLength(2);
  });
});
