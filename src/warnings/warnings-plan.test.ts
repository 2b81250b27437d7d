// The joint plan in the early warnings, over HTTP on either database: milestones both sides agreed
// that slip past their deadline raise a signal naming them, as they stood on the day assessed,
// and the signal goes once they are done. The server's clock stands at 18:30 UTC today, when
// Saigon's next day has begun: a milestone done then is done on the day assessed (a UTC day).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import type { PlanView } from '../plan/plan.schema.ts';
import type { EarlyWarnings } from './warnings.schema.ts';

let server: TestServer;
beforeAll(async () => {
  const evening = new Date();
  evening.setUTCHours(18, 30, 0, 0);
  server = await startTestServer({ clock: { now: () => evening } });
});
afterAll(() => server.close());

type Warnings = typeof EarlyWarnings._zod.output;

describe('milestones of the joint plan in the early warnings', () => {
  it('flags agreed milestones past their deadline, by name, until they are done', async () => {
    const workspace = await makeWorkspace(server);
    const distributor = await makeDistributor(workspace, { name: 'Công ty Phụ tùng Đồng Nai' });
    const manager = await makeUser(workspace, 'principal_manager', { name: 'Jonas Becker' });
    const lan = await makeDistributorUser(workspace, distributor.id);
    const base = `/api/v1/distributors/${distributor.id}/plan`;
    const milestones = [
      ['Khai trương kho Biên Hòa', '2026-09-30'],
      ['Hai buổi đào tạo thợ phanh', '2026-10-31'],
    ] as const;
    for (const [index, [title, dueOn]] of milestones.entries()) {
      const proposed = await http(server.url)
        .as(manager)
        .post(`${base}/milestones`, { title, dueOn, ownerSide: 'distributor', ownerName: null });
      expect(proposed.status).toBe(201);
      const agreed = await http(server.url)
        .as(lan)
        .post(`${base}/changes/${index + 1}/agree`);
      expect(agreed.status).toBe(200);
    }
    const signalOf = async (query = '') => {
      const response = await http(server.url)
        .as(manager)
        .get<Warnings>(`/api/v1/early-warnings${query}`);
      expect(response.status).toBe(200);
      return response.body.distributors
        .find((entry) => entry.distributorId === distributor.id)
        ?.signals.find((signal) => signal.kind === 'milestones_overdue');
    };

    const today = await signalOf();
    expect(today).toMatchObject({
      severity: 'critical',
      params: {
        overdue: 2,
        oldestDueOn: '2026-09-30',
        titles: ['Khai trương kho Biên Hòa', 'Hai buổi đào tạo thợ phanh'],
      },
      evidence: [{ kind: 'plan', path: `/api/v1/distributors/${distributor.id}/plan` }],
    });
    expect(today?.reason).toMatch(
      /^Plan milestones overdue: 2, the oldest due on .*Khai trương kho Biên Hòa/,
    );
    // Agreed today: on an earlier day the plan did not hold them yet.
    expect(await signalOf('?asOf=2026-10-15')).toBeUndefined();

    const plan = await http(server.url).as(manager).get<PlanView>(base);
    const first = plan.body.milestones.find((entry) => entry.title === milestones[0][0]);
    const done = await http(server.url)
      .as(lan)
      .put(`${base}/milestones/${first?.id}/status`, { status: 'done' });
    expect(done.status).toBe(200);
    expect(await signalOf()).toMatchObject({
      severity: 'warning',
      params: { overdue: 1, oldestDueOn: '2026-10-31', titles: ['Hai buổi đào tạo thợ phanh'] },
    });

    const second = plan.body.milestones.find((entry) => entry.title === milestones[1][0]);
    await http(server.url)
      .as(manager)
      .put(`${base}/milestones/${second?.id}/status`, { status: 'done' });
    expect(await signalOf()).toBeUndefined();
  });
});
