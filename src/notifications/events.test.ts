// Events come from the changes that cause them, through the real services: a charter signed by
// both sides, a monthly report submitted, a report that fell late. Each reaches the principal's
// people as a notification once its fan-out job has run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeCharter,
  makeDistributor,
  makeDistributorUser,
  makeProductLine,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { runQueuedJobs } from '../../test/run-jobs.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import type { MonthlyReportContent } from '../reports/report.content.ts';
import { sendReportReminders } from '../reports/report-reminders.service.ts';

type Page = {
  items: { type: string; data: Record<string, unknown>; path: string | null }[];
  total: number;
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ isolated: true });
});
afterAll(() => server.close());

function report(period: string): MonthlyReportContent {
  return {
    period,
    currency: 'USD',
    sales: [{ productLine: 'BRK-PAD', units: 120, revenue: 4800 }],
    inventory: [{ productLine: 'BRK-PAD', unitsOnHand: 240 }],
    pipeline: [],
    marketIntelligence: [],
    competitiveActivity: [],
    customerSatisfaction: { complaints: 0, returns: 0, score: 8 },
  };
}

async function relationship() {
  const workspace = await makeWorkspace(server);
  await makeProductLine(workspace, { code: 'BRK-PAD', name: 'Brake pads' });
  const distributor = await makeDistributor(workspace, {
    name: 'Siam Auto Components',
    country: 'TH',
    timeZone: 'Asia/Bangkok',
    reportCurrency: 'USD',
  });
  const manager = await makeUser(workspace, 'principal_manager', { name: 'Katrin Weber' });
  const somchai = await makeDistributorUser(workspace, distributor.id);
  return { workspace, distributor, manager, somchai };
}

async function notificationsOf(user: Parameters<ReturnType<typeof http>['as']>[0]) {
  return (await http(server.url).as(user).get<Page>('/api/v1/notifications?pageSize=50')).body;
}

describe('events', () => {
  it('tell both sides that the charter is signed', async () => {
    const { workspace, distributor, manager, somchai } = await relationship();
    await makeCharter(workspace, distributor.id, 'signed');
    await runQueuedJobs(server);
    for (const person of [manager, somchai]) {
      const signed = (await notificationsOf(person)).items.filter(
        (n) => n.type === 'charter.signed',
      );
      expect(signed.map((n) => [n.data.version, n.path])).toEqual([
        [1, `/distributors/${distributor.id}/charter`],
      ]);
    }
  });

  it('tell the principal that a monthly report was submitted, not its author', async () => {
    const { distributor, manager, somchai } = await relationship();
    const submitted = await http(server.url)
      .as(somchai)
      .post(`/api/v1/distributors/${distributor.id}/reports/2026-01/submissions`, {
        content: report('2026-01'),
      });
    expect(submitted.status).toBe(200);
    await runQueuedJobs(server);
    const managers = await notificationsOf(manager);
    expect(managers.items.map((n) => [n.type, n.data.period, n.data.revision, n.path])).toEqual([
      ['report.submitted', '2026-01', 1, `/distributors/${distributor.id}/reports/2026-01`],
    ]);
    expect((await notificationsOf(somchai)).total).toBe(0);
  });

  it('say once that a report is late, however many reminders follow', async () => {
    const { workspace, distributor, manager, somchai } = await relationship();
    await http(server.url)
      .as(somchai)
      .post(`/api/v1/distributors/${distributor.id}/reports/2026-01/submissions`, {
        content: report('2026-01'),
      });
    // February's report is due on 10 March; reminders go out on the 11th and a week later.
    for (const day of ['2026-03-11', '2026-03-18']) {
      await sendReportReminders(server.database, server.url, new Date(`${day}T09:00:00Z`), {
        workspaceId: workspace.id,
      });
    }
    await runQueuedJobs(server);
    const late = (await notificationsOf(manager)).items.filter((n) => n.type === 'report.late');
    expect(late.map((n) => [n.data.period, n.data.dueOn])).toEqual([['2026-02', '2026-03-10']]);
  });
});
