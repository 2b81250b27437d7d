// Goals and the joint plan over HTTP: one side proposes, the other agrees or declines; readers
// only read; a signed charter's goals section becomes the goals; a goal linked to a KPI shows
// its progress; milestones past their deadline are flagged; bad input names its fields; and a
// distributor's people never reach another distributor's plan.
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
import { startTestServer, type TestServer } from '../../test/server.ts';
import { defaultCharterContent } from '../charter/charter.content.ts';
import { principalOnlyKpis } from '../reports/kpi.schema.ts';
import type { PlanChangeView, PlanView } from './plan.schema.ts';

type Problem = { status: number; errors?: { pointer: string; detail: string }[] };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function parties() {
  const workspace = await makeWorkspace(server);
  const distributor = await makeDistributor(workspace);
  const manager = await makeUser(workspace, 'principal_manager', { name: 'Jonas Becker' });
  const viewer = await makeUser(workspace, 'principal_viewer', { name: 'Anna Kowalska' });
  const lan = await makeDistributorUser(workspace, distributor.id);
  const member = await makeDistributorUser(workspace, distributor.id, 'distributor_member');
  const base = `/api/v1/distributors/${distributor.id}/plan`;
  return { workspace, distributor, manager, viewer, lan, member, base };
}

const workshops = {
  metric: 'Active workshop customers in Đồng Nai',
  target: 40,
  unit: 'workshops',
  dueOn: '2027-06-30',
  objectives: [
    { text: 'Hai buổi đào tạo kỹ thuật cho thợ phanh', ownerSide: 'principal' },
    { text: 'Visit every garage on the QL1A corridor', ownerSide: 'distributor' },
  ],
  note: 'Our sales reps see the demand there.',
};

describe('goals and the joint plan', () => {
  it('waits for the other side to agree to a proposed goal, then shows it to both', async () => {
    const { manager, lan, base } = await parties();
    const proposed = await http(server.url)
      .as(lan)
      .post<PlanChangeView>(`${base}/goals`, workshops);
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({
      number: 1,
      subject: 'goal',
      action: 'add',
      status: 'proposed',
      proposerSide: 'distributor',
      proposerName: 'Nguyễn Thị Lan',
      isMine: true,
      canAnswer: false,
    });
    // Not yet a goal: it waits in the changes, answerable by the principal only.
    const before = await http(server.url).as(manager).get<PlanView>(base);
    expect(before.body.goals).toEqual([]);
    expect(before.body.changes[0]).toMatchObject({ status: 'proposed', canAnswer: true });

    const own = await http(server.url).as(lan).post<Problem>(`${base}/changes/1/agree`);
    expect(own.status).toBe(403);
    const agreed = await http(server.url)
      .as(manager)
      .post<PlanChangeView>(`${base}/changes/1/agree`);
    expect(agreed.status).toBe(200);
    expect(agreed.body).toMatchObject({ status: 'agreed', answererName: 'Jonas Becker' });
    const again = await http(server.url).as(manager).post<Problem>(`${base}/changes/1/agree`);
    expect(again.status).toBe(409);

    const plan = await http(server.url).as(lan).get<PlanView>(base);
    expect(plan.body.goals).toHaveLength(1);
    expect(plan.body.goals[0]).toMatchObject({
      metric: 'Active workshop customers in Đồng Nai',
      target: 40,
      unit: 'workshops',
      dueOn: '2027-06-30',
      charterVersion: null,
      currentValue: null,
    });
    expect(plan.body.goals[0]?.objectives.map((objective) => objective.text)).toEqual([
      'Hai buổi đào tạo kỹ thuật cho thợ phanh',
      'Visit every garage on the QL1A corridor',
    ]);

    // Ticking an objective is progress, not a change: either side's writer records it directly.
    const objective = plan.body.goals[0]?.objectives[1];
    const ticked = await http(server.url)
      .as(lan)
      .put(`${base}/objectives/${objective?.id}/done`, { isDone: true });
    expect(ticked.status).toBe(200);
    expect(ticked.body).toMatchObject({ isDone: true, doneByName: 'Nguyễn Thị Lan' });
  });

  it('lets the other side decline with a reason, and the proposer withdraw', async () => {
    const { manager, lan, base } = await parties();
    await http(server.url)
      .as(manager)
      .post(`${base}/goals`, { ...workshops, target: 60 });
    const noReason = await http(server.url).as(lan).post<Problem>(`${base}/changes/1/decline`, {
      reason: ' ',
    });
    expect(noReason.status).toBe(422);
    const declined = await http(server.url)
      .as(lan)
      .post<PlanChangeView>(`${base}/changes/1/decline`, {
        reason: 'Sixty is too many before the Biên Hòa warehouse opens.',
      });
    expect(declined.body).toMatchObject({
      status: 'declined',
      declineReason: 'Sixty is too many before the Biên Hòa warehouse opens.',
      answererName: 'Nguyễn Thị Lan',
    });
    await http(server.url).as(manager).post(`${base}/goals`, workshops);
    const notMine = await http(server.url).as(lan).post<Problem>(`${base}/changes/2/withdraw`);
    expect(notMine.status).toBe(403);
    const withdrawn = await http(server.url)
      .as(manager)
      .post<PlanChangeView>(`${base}/changes/2/withdraw`);
    expect(withdrawn.body.status).toBe('withdrawn');
    const plan = await http(server.url).as(manager).get<PlanView>(base);
    expect(plan.body.goals).toEqual([]);
    expect(plan.body.changes.map((change) => change.status)).toEqual(['withdrawn', 'declined']);
  });

  it('lets principal viewers and distributor members read only', async () => {
    const { manager, viewer, member, base } = await parties();
    await http(server.url).as(manager).post(`${base}/milestones`, {
      title: 'Open the Biên Hòa warehouse',
      dueOn: '2027-03-01',
      ownerSide: 'distributor',
      ownerName: 'Trần Văn Minh',
    });
    for (const reader of [viewer, member]) {
      const plan = await http(server.url).as(reader).get<PlanView>(base);
      expect(plan.status).toBe(200);
      expect(plan.body.canPropose).toBe(false);
      expect(plan.body.changes[0]).toMatchObject({ canAnswer: false });
      const propose = await http(server.url).as(reader).post<Problem>(`${base}/goals`, workshops);
      expect(propose.status).toBe(403);
      const agree = await http(server.url).as(reader).post<Problem>(`${base}/changes/1/agree`);
      expect(agree.status).toBe(403);
    }
  });

  it('applies agreed responsibilities and milestones, and flags a milestone past its deadline', async () => {
    const { manager, lan, base } = await parties();
    const today = new Date().toISOString().slice(0, 10);
    await http(server.url)
      .as(manager)
      .put(`${base}/responsibilities`, {
        principal: ['Ship within 21 days of the order', 'Train the workshop technicians'],
        distributor: ['Hold eight weeks of stock', 'Report by the 10th of each month'],
        note: '',
      });
    await http(server.url).as(lan).post(`${base}/milestones`, {
      title: 'First container cleared at Cát Lái',
      dueOn: '2026-01-15',
      ownerSide: 'distributor',
      ownerName: null,
    });
    await http(server.url).as(lan).post(`${base}/changes/1/agree`);
    await http(server.url).as(manager).post(`${base}/changes/2/agree`);
    const plan = await http(server.url).as(lan).get<PlanView>(base);
    expect(plan.body.responsibilities.principal.map((item) => item.text)).toEqual([
      'Ship within 21 days of the order',
      'Train the workshop technicians',
    ]);
    expect(plan.body.responsibilities.distributor).toHaveLength(2);
    const milestone = plan.body.milestones[0];
    expect(milestone).toMatchObject({
      title: 'First container cleared at Cát Lái',
      status: 'planned',
      isOverdue: '2026-01-15' < today,
    });
    const done = await http(server.url)
      .as(manager)
      .put(`${base}/milestones/${milestone?.id}/status`, { status: 'done' });
    expect(done.body).toMatchObject({ status: 'done', isOverdue: false });

    // A change proposed against what has since moved on is refused as stale.
    await http(server.url).as(lan).put(`${base}/milestones/${milestone?.id}`, {
      title: 'First container cleared',
      dueOn: '2026-02-01',
      ownerSide: 'distributor',
      ownerName: null,
    });
    await http(server.url).as(manager).put(`${base}/milestones/${milestone?.id}`, {
      title: 'First two containers cleared',
      dueOn: '2026-03-01',
      ownerSide: 'distributor',
      ownerName: null,
    });
    expect((await http(server.url).as(manager).post(`${base}/changes/3/agree`)).status).toBe(200);
    const stale = await http(server.url).as(lan).post<Problem>(`${base}/changes/4/agree`);
    expect(stale.status).toBe(409);
  });

  it('names every invalid field: a deadline that is no date, a target below 0, an empty metric', async () => {
    const { manager, base } = await parties();
    const response = await http(server.url)
      .as(manager)
      .post<Problem>(`${base}/goals`, {
        ...workshops,
        metric: '  ',
        target: -5,
        dueOn: '30.06.2027',
      });
    expect(response.status).toBe(422);
    expect(response.body.errors?.map((error) => error.pointer).sort()).toEqual([
      '#/dueOn',
      '#/metric',
      '#/target',
    ]);
    const milestone = await http(server.url).as(manager).post<Problem>(`${base}/milestones`, {
      title: 'Launch',
      dueOn: 'next spring',
      ownerSide: 'both',
    });
    expect(milestone.body.errors?.map((error) => error.pointer).sort()).toEqual([
      '#/dueOn',
      '#/ownerSide',
    ]);
  });

  it('shows a goal linked to a KPI with its current value and progress', async () => {
    const { workspace, distributor, manager, lan, base } = await parties();
    await http(server.url).as(manager).post(`${base}/goals`, {
      metric: 'Sell-through of brake pads',
      target: 40,
      unit: '%',
      dueOn: '2027-12-31',
      kpi: 'sellThrough',
      objectives: [],
      note: '',
    });
    await http(server.url).as(lan).post(`${base}/changes/1/agree`);
    const plan = await http(server.url).as(lan).get<PlanView>(base);
    // No report yet: the KPI is not measured, so neither is the goal.
    expect(plan.body.goals[0]).toMatchObject({ kpi: 'sellThrough', currentValue: null });

    // Lan reports last month: the scorecard measures the sell-through, and the goal follows it.
    await makeProductLine(workspace, { code: 'BRK-PAD', name: 'Má phanh' });
    const period = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 1))
      .toISOString()
      .slice(0, 7);
    const submitted = await http(server.url)
      .as(lan)
      .post(`/api/v1/distributors/${distributor.id}/reports/${period}/submissions`, {
        content: {
          period,
          currency: 'EUR',
          sales: [{ productLine: 'BRK-PAD', units: 120, revenue: 4800 }],
          inventory: [{ productLine: 'BRK-PAD', unitsOnHand: 240 }],
          pipeline: [],
          marketIntelligence: [],
          competitiveActivity: [],
          customerSatisfaction: { complaints: 0, returns: 0, score: 8 },
        },
      });
    expect(submitted.status).toBe(200);
    const scorecard = await http(server.url)
      .as(lan)
      .get<{ kpis: { key: string; value: number | null }[] }>(
        `/api/v1/distributors/${distributor.id}/scorecard`,
      );
    const sellThrough = scorecard.body.kpis.find((kpi) => kpi.key === 'sellThrough')?.value;
    expect(sellThrough).not.toBeNull();
    const measured = await http(server.url).as(manager).get<PlanView>(base);
    const percent = Math.round((sellThrough ?? 0) * 1000) / 10;
    expect(measured.body.goals[0]).toMatchObject({
      currentValue: percent,
      progressPercent: Math.round((percent / 40) * 100),
    });
    // The principal's internal KPIs would show the distributor a figure it may not see.
    for (const kpi of principalOnlyKpis) {
      const refused = await http(server.url)
        .as(manager)
        .post<Problem>(`${base}/goals`, { ...workshops, kpi });
      expect(refused.status).toBe(422);
    }
  });

  it('turns the signed charter’s goals section into goals, and a later version updates them', async () => {
    const { workspace, distributor, manager, base } = await parties();
    const content = defaultCharterContent('2026-01-01');
    content.goals.items = [
      { metric: 'Revenue, first year', target: 1200000, unit: 'EUR', dueOn: '2026-12-31' },
      { metric: 'Active workshop customers', target: 40, unit: 'workshops', dueOn: '2026-12-31' },
    ];
    await makeCharter(workspace, distributor.id, 'signed', content);
    const plan = await http(server.url).as(manager).get<PlanView>(base);
    expect(plan.body.goals.map((goal) => [goal.metric, goal.target, goal.charterVersion])).toEqual([
      ['Revenue, first year', 1200000, 1],
      ['Active workshop customers', 40, 1],
    ]);
    expect(plan.body.changes.every((change) => change.status === 'agreed')).toBe(true);
    expect(plan.body.changes.every((change) => change.charterVersion === 1)).toBe(true);

    // Version 2 raises one target and drops the other goal: updated, not copied.
    content.goals.items = [
      { metric: 'Revenue, first year', target: 1500000, unit: 'EUR', dueOn: '2026-12-31' },
    ];
    await makeCharter(workspace, distributor.id, 'signed', content);
    const after = await http(server.url).as(manager).get<PlanView>(base);
    expect(after.body.goals.map((goal) => [goal.metric, goal.target, goal.charterVersion])).toEqual(
      [['Revenue, first year', 1500000, 2]],
    );
    const revenue = after.body.goals[0];
    expect(revenue?.id).toBe(plan.body.goals[0]?.id);
    // The history keeps both versions' steps, the newest first.
    expect(
      after.body.changes.slice(0, 2).map((change) => [change.action, change.charterVersion]),
    ).toEqual([
      ['remove', 2],
      ['change', 2],
    ]);
  });

  it('answers 404 to another distributor’s people, and its own see theirs', async () => {
    const { workspace, manager, lan, base } = await parties();
    await http(server.url).as(manager).post(`${base}/goals`, workshops);
    const other = await makeDistributor(workspace, { name: 'Siam Auto Components', country: 'TH' });
    const somchai = await makeUser(workspace, 'distributor_admin', {
      distributorId: other.id,
      name: 'Somchai Wongsakul',
    });
    const outsider = http(server.url).as(somchai);
    expect((await outsider.get(base)).status).toBe(404);
    expect((await outsider.post(`${base}/goals`, workshops)).status).toBe(404);
    expect((await outsider.post(`${base}/changes/1/agree`)).status).toBe(404);
    expect((await http(server.url).as(lan).get(base)).status).toBe(200);
    const theirs = await outsider.get<PlanView>(`/api/v1/distributors/${other.id}/plan`);
    expect(theirs.body.changes).toEqual([]);
  });
});
