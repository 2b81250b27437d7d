// The joint plan re-agreed at the annual planning, over HTTP on either database: each side
// confirms the plan as it stands for a year, not while changes wait for an answer; a change agreed
// between the two confirmations asks the first side to confirm again; each step is audited and
// tells the other side, as do proposed, agreed and declined changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { runQueuedJobs } from '../../test/run-jobs.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import type { PlanView } from './plan.schema.ts';

// November: the annual planning looks at the coming year.
const clock = pinnedClock('2026-11-20T09:00:00Z');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock, isolated: true });
});
afterAll(() => server.close());

type Confirmations = PlanView['confirmations'];
type Problem = { status: number; detail: string; errors?: { pointer: string; detail: string }[] };
type Notifications = { items: { type: string; data: Record<string, unknown>; path: string }[] };

async function relationship() {
  const workspace = await makeWorkspace(server);
  const distributor = await makeDistributor(workspace, {
    name: 'Công ty TNHH Phụ tùng Sài Gòn',
    country: 'VN',
    timeZone: 'Asia/Ho_Chi_Minh',
    languages: ['vi', 'en'],
  });
  const manager = await makeUser(workspace, 'principal_manager', { name: 'Jonas Becker' });
  const lan = await makeDistributorUser(workspace, distributor.id);
  const base = `/api/v1/distributors/${distributor.id}/plan`;
  return { workspace, distributor, manager, lan, base };
}

describe('the plan re-agreed each year', () => {
  it('is confirmed by both sides for the coming year, once nothing waits for an answer', async () => {
    const { workspace, distributor, manager, lan, base } = await relationship();
    const jonas = http(server.url).as(manager);
    const lanApi = http(server.url).as(lan);
    const confirmations = async () => (await jonas.get<PlanView>(base)).body.confirmations;

    expect(await confirmations()).toEqual({
      planningYear: 2027,
      waitingChanges: 0,
      canConfirm: true,
      years: [],
    });

    // A milestone proposed and not yet answered: nobody confirms a plan with open questions.
    const proposed = await jonas.post(`${base}/milestones`, {
      title: 'Mở kho Bình Dương',
      dueOn: '2027-03-31',
      ownerSide: 'distributor',
      ownerName: 'Nguyễn Thị Lan',
    });
    expect(proposed.status).toBe(201);
    expect((await confirmations()).canConfirm).toBe(false);
    const refused = await jonas.post<Problem>(`${base}/confirmations`, { year: 2027 });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/^1 proposed change\(s\) to the plan are waiting/);
    expect((await lanApi.post(`${base}/changes/1/agree`)).status).toBe(200);

    // Only this year, and from October the next.
    const early = await jonas.post<Problem>(`${base}/confirmations`, { year: 2028 });
    expect(early.status).toBe(422);
    expect(early.body.errors).toEqual([
      { pointer: '#/year', detail: 'The plan can be confirmed for 2026, 2027.' },
    ]);

    const first = await jonas.post<Confirmations>(`${base}/confirmations`, {
      year: 2027,
      note: 'Reviewed at the annual planning in Ho Chi Minh City.',
    });
    expect(first.status).toBe(201);
    expect(first.body.years).toEqual([
      {
        year: 2027,
        principal: {
          name: 'Jonas Becker',
          at: '2026-11-20T09:00:00.000Z',
          note: 'Reviewed at the annual planning in Ho Chi Minh City.',
          isCurrent: true,
        },
        distributor: null,
        isAgreed: false,
      },
    ]);

    // A change agreed before the other side confirms: Jonas confirmed an earlier plan.
    await lanApi.post(`${base}/milestones`, {
      title: 'Đào tạo 20 thợ phanh',
      dueOn: '2027-06-30',
      ownerSide: 'principal',
      ownerName: null,
    });
    expect((await jonas.post(`${base}/changes/2/agree`)).status).toBe(200);
    clock.advance({ days: 2 });
    const second = await lanApi.post<Confirmations>(`${base}/confirmations`, { year: 2027 });
    expect(second.body.years[0]).toMatchObject({
      principal: { isCurrent: false },
      distributor: { name: 'Nguyễn Thị Lan', note: null, isCurrent: true },
      isAgreed: false,
    });
    const again = await jonas.post<Confirmations>(`${base}/confirmations`, { year: 2027 });
    expect(again.body.years[0]).toMatchObject({
      principal: { isCurrent: true, note: null },
      distributor: { isCurrent: true },
      isAgreed: true,
    });

    // Audited, and each side told of the other's steps (not of its own).
    const admin = await makeUser(workspace, 'principal_admin', { name: 'Katrin Weber' });
    const audit = await http(server.url)
      .as(admin)
      .get<{ items: { action: string; actorName: string }[] }>(
        `/api/v1/audit-log?distributorId=${distributor.id}&entityType=plan_confirmation`,
      );
    expect(audit.body.items.map((entry) => [entry.action, entry.actorName])).toEqual([
      ['plan.confirmed', 'Jonas Becker'],
      ['plan.confirmed', 'Nguyễn Thị Lan'],
      ['plan.confirmed', 'Jonas Becker'],
    ]);
    await runQueuedJobs(server);
    const news = async (user: typeof manager) =>
      (await http(server.url).as(user).get<Notifications>('/api/v1/notifications')).body.items
        .filter((item) => item.type.startsWith('plan.'))
        .map((item) => [item.type, item.data.number ?? item.data.year, item.path])
        // Several happened at the same pinned instant: their order among them is not the point.
        .sort((a, b) => String(a).localeCompare(String(b)));
    const planPage = `/distributors/${distributor.id}/plan`;
    expect(await news(lan)).toEqual([
      ['plan.change_agreed', 2, planPage],
      ['plan.change_proposed', 1, planPage],
      ['plan.confirmed', 2027, planPage],
      ['plan.confirmed', 2027, planPage],
    ]);
    expect(await news(manager)).toEqual([
      ['plan.change_agreed', 1, planPage],
      ['plan.change_proposed', 2, planPage],
      ['plan.confirmed', 2027, planPage],
    ]);
  });

  it('tells the proposer of a declined change, with the reason; viewers may not confirm', async () => {
    const { workspace, manager, lan, base } = await relationship();
    await http(server.url).as(lan).post(`${base}/milestones`, {
      title: 'Triển lãm Automechanika TP.HCM',
      dueOn: '2027-05-15',
      ownerSide: 'principal',
      ownerName: null,
    });
    await http(server.url)
      .as(manager)
      .post(`${base}/changes/1/decline`, { reason: 'Kein Messebudget 2027.' });
    await runQueuedJobs(server);
    const items = (await http(server.url).as(lan).get<Notifications>('/api/v1/notifications')).body
      .items;
    expect(items.find((item) => item.type === 'plan.change_declined')?.data).toMatchObject({
      number: 1,
      answererName: 'Jonas Becker',
      reason: 'Kein Messebudget 2027.',
    });

    const viewer = await makeUser(workspace, 'principal_viewer');
    const plan = await http(server.url).as(viewer).get<PlanView>(base);
    expect(plan.body.confirmations.canConfirm).toBe(false);
    const refused = await http(server.url).as(viewer).post(`${base}/confirmations`, { year: 2026 });
    expect(refused.status).toBe(403);
  });
});
