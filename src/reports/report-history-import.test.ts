import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeProductLine,
  makeUser,
  makeWorkspace,
  type TestWorkspace,
} from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

type Problem = { status: number; errors: { pointer: string; column?: string; detail: string }[] };
type Months = {
  months: {
    period: string;
    status: string;
    revision: number;
    dueOn: string;
    expected: boolean;
    late: boolean;
  }[];
};
type Scorecard = {
  months: { period: string; revenue: number | null; reported: boolean; onTime: boolean | null }[];
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock: pinnedClock('2026-12-06T08:00:00Z') });
});
afterAll(() => server.close());

const header = 'distributor,month,product_line,units_sold,revenue,units_on_hand,received_on';
const csv = { 'content-type': 'text/csv' };

async function setUp(workspace: TestWorkspace) {
  const admin = await makeUser(workspace, 'principal_admin');
  const api = http(server.url).as(admin);
  // Upper-case codes, as a report's content names its product lines.
  const code = randomUUID().slice(0, 8).toUpperCase();
  const brakes = await makeProductLine(workspace, { code: `BRK-${code}` });
  const filters = await makeProductLine(workspace, { code: `FLT-${code}` });
  // A relationship older than Liaison, reports due on the 15th.
  await api.post(
    '/api/v1/distributors/import',
    [
      'name,country,time_zone,languages,report_currency,external_ref,relationship_started_on,report_due_day',
      'Thăng Long Auto Parts JSC,VN,Asia/Ho_Chi_Minh,vi,VND,C-10442,2026-08-01,15',
    ].join('\n'),
    csv,
  );
  const list = await api.get<{ items: { id: string }[] }>('/api/v1/distributors?status=all');
  const id = list.body.items[0]?.id ?? '';
  return { api, brakes, filters, id };
}

describe('the report history import', () => {
  it('makes submitted months the report list, the scorecard and the deadlines read like any other', async () => {
    const workspace = await makeWorkspace(server);
    const { api, brakes, filters, id } = await setUp(workspace);
    const file = [
      header,
      `C-10442,2026-09,${brakes.code},120,2880000,300,2026-10-09`,
      `C-10442,2026-09,${filters.code},40,480000,,2026-10-09`,
      `c-10442,2026-10,${brakes.code},90,2160000,260,2026-11-20`,
    ].join('\n');
    const dryRun = await api.post('/api/v1/imports/report-history?dryRun=true', file, csv);
    expect(dryRun.body).toEqual({ rows: 3, imported: 0, dryRun: true });
    const result = await api.post('/api/v1/imports/report-history', file, csv);
    expect(result.body).toEqual({ rows: 3, imported: 3, dryRun: false, reports: 2, facts: 3 });

    const months = await api.get<Months>(`/api/v1/distributors/${id}/reports?months=5`);
    expect(
      months.body.months.map((m) => [m.period, m.status, m.revision, m.dueOn, m.expected, m.late]),
    ).toEqual([
      ['2026-11', 'missing', 0, '2026-12-15', true, false],
      ['2026-10', 'accepted', 1, '2026-11-15', true, true],
      ['2026-09', 'accepted', 1, '2026-10-15', true, false],
      // The relationship began on 2026-08-01 (the distributor import): August is owed, July not.
      ['2026-08', 'missing', 0, '2026-09-15', true, true],
      ['2026-07', 'missing', 0, '2026-08-15', false, false],
    ]);
    // Imported months were entered on the distributor's behalf, by whoever imported them.
    const october = await api.get<{
      revisions: { source: string; createdBy: string; enteredOnBehalf: boolean }[];
      events: { kind: string }[];
    }>(`/api/v1/distributors/${id}/reports/2026-10`);
    expect(october.status).toBe(200);
    expect(october.body.revisions).toEqual([
      expect.objectContaining({
        source: 'history',
        enteredOnBehalf: true,
        createdBy: 'Jonas Becker',
      }),
    ]);
    expect(october.body.events.map((event) => event.kind)).toEqual(['entered_on_behalf']);
    const scorecard = await api.get<Scorecard>(`/api/v1/distributors/${id}/scorecard?months=3`);
    expect(scorecard.body.months.map((m) => [m.period, m.revenue, m.reported, m.onTime])).toEqual([
      ['2026-09', 3360000, true, true],
      ['2026-10', 2160000, true, false],
      ['2026-11', null, false, null],
    ]);
  });

  it('refuses a month that already has a report in Liaison, and bad rows, importing nothing', async () => {
    const workspace = await makeWorkspace(server);
    const { api, brakes, id } = await setUp(workspace);
    await api.post(
      '/api/v1/imports/report-history',
      [header, `C-10442,2026-09,${brakes.code},1,10,1,2026-10-09`].join('\n'),
      csv,
    );
    const file = [
      `${header},currency`,
      `C-10442,2026-09,${brakes.code},1,10,1,2026-10-09,VND`,
      `C-10442,2026-10,XYZ-1,1,10,1,2026-11-09,VND`,
      `C-99999,2026-10,${brakes.code},1,10,1,2026-11-09,VND`,
      `C-10442,2026-11,${brakes.code},-1,10,1,2026-11-31,EUR`,
    ].join('\n');
    const response = await api.post<Problem>('/api/v1/imports/report-history', file, csv);
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e) => e.pointer)).toEqual([
      '#/rows/2/month',
      '#/rows/3/product_line',
      '#/rows/4/distributor',
      '#/rows/5/units_sold',
      '#/rows/5/received_on',
      '#/rows/5/currency',
    ]);
    expect(response.body.errors[0]?.detail).toBe(
      'Thăng Long Auto Parts JSC already has a report for 2026-09 in Liaison; history does not overwrite it.',
    );
    const months = await api.get<Months>(`/api/v1/distributors/${id}/reports?months=3`);
    expect(months.body.months.map((m) => m.status)).toEqual(['missing', 'missing', 'accepted']);
  });

  it('is for principal admins and managers only', async () => {
    const workspace = await makeWorkspace(server);
    const distributor = await makeDistributor(workspace);
    const lan = http(server.url).as(await makeDistributorUser(workspace, distributor.id));
    const response = await lan.post('/api/v1/imports/report-history', `${header}\n`, csv);
    expect(response.status).toBe(403);
  });
});
