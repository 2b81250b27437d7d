// The playbook's items fed by goals and by the relationship survey (#18), over HTTP: "goals agreed
// and measured" ticks once both sides agreed a goal with its progress measured, and "both sides
// answer the survey" once a round has answers from each side.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { type DistributorPlaybook, item, relationship } from './playbook.fixture.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const scores = { communication: 4, support: 4, commitments: 5, overall: 4 };

describe('playbook items from goals and feedback', () => {
  it('ticks "goals agreed" once the other side agreed a goal whose progress is measured', async () => {
    const { manager, lan, base } = await relationship(server);
    const playbook = async () =>
      (await http(server.url).as(manager).get<DistributorPlaybook>(`${base}/playbook`)).body;
    expect(item(await playbook(), 'goals_agreed')).toMatchObject({
      isDone: false,
      evidence: { text: 'No goals are agreed yet', link: expect.stringMatching(/\/plan$/) },
    });

    const proposed = await http(server.url)
      .as(lan)
      .post(`${base}/plan/goals`, {
        metric: 'Active workshop customers in Đồng Nai',
        target: 25,
        unit: 'workshops',
        dueOn: '2027-09-30',
        objectives: [{ text: 'Train the Biên Hòa sales team', ownerSide: 'distributor' }],
      });
    expect(proposed.status).toBe(201);
    // Proposed is not agreed: the item stays open until Jonas agrees.
    expect(item(await playbook(), 'goals_agreed').isDone).toBe(false);
    const agreed = await http(server.url).as(manager).post(`${base}/plan/changes/1/agree`);
    expect(agreed.status).toBe(200);
    expect(item(await playbook(), 'goals_agreed')).toMatchObject({
      isDone: true,
      evidence: { text: 'Goals agreed: 1; with their progress measured: 1' },
    });

    // Both sides agree to drop the goal: the item opens again, and the history says so.
    const plan = await http(server.url)
      .as(manager)
      .get<{ goals: { id: string }[] }>(`${base}/plan`);
    const removal = await http(server.url)
      .as(manager)
      .post(`${base}/plan/goals/${plan.body.goals[0]?.id}/removal`, {
        note: 'Replaced by the national workshop goal',
      });
    expect(removal.status).toBe(201);
    expect((await http(server.url).as(lan).post(`${base}/plan/changes/2/agree`)).status).toBe(200);
    const after = await playbook();
    expect(item(after, 'goals_agreed')).toMatchObject({ isDone: false });
    expect(
      after.history.filter((entry) => entry.itemKey === 'goals_agreed').map((e) => e.isDone),
    ).toEqual([false, true]);
  });

  it('ticks "both sides answer the survey" only when each side has answered', async () => {
    const { admin, manager, lan, base } = await relationship(server);
    const playbook = async () =>
      (await http(server.url).as(manager).get<DistributorPlaybook>(`${base}/playbook`)).body;
    expect(item(await playbook(), 'feedback_answered')).toMatchObject({
      isDone: false,
      evidence: { text: 'No survey round has been answered by both sides yet' },
    });
    const round = await http(server.url)
      .as(admin)
      .post<{ id: string; quarter: string }>(`${base}/feedback/rounds`);
    expect(round.status).toBe(201);
    const answers = `${base}/feedback/rounds/${round.body.id}/answers`;
    expect((await http(server.url).as(manager).post(answers, { scores })).status).toBe(201);
    expect(item(await playbook(), 'feedback_answered').isDone).toBe(false);
    expect((await http(server.url).as(lan).post(answers, { scores })).status).toBe(201);
    expect(item(await playbook(), 'feedback_answered')).toMatchObject({
      isDone: true,
      evidence: {
        text: `Both sides answered the survey of ${round.body.quarter}`,
        link: expect.stringMatching(/\/feedback$/),
      },
    });
  });
});
