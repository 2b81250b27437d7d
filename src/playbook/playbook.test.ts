// The playbook's items that tick themselves, over HTTP (#18): each ticks from the data other
// domains hold (created through the API and the factories) and un-ticks when its proof goes away,
// with the history of each change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCharter, makeContact } from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import {
  type DistributorPlaybook,
  item,
  relationship as relationshipIn,
} from './playbook.fixture.ts';

const clock = pinnedClock('2027-03-01T08:00:00Z');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(() => server.close());

const relationship = (workspace?: Parameters<typeof relationshipIn>[1]) =>
  relationshipIn(server, workspace);

describe('items that tick themselves', () => {
  it('ticks the charter when both sign, and un-ticks it while a newer version is negotiated', async () => {
    const { workspace, distributor, admin, lan, base } = await relationship();
    const api = http(server.url).as(admin);
    const before = await api.get<DistributorPlaybook>(`${base}/playbook`);
    expect(before.status).toBe(200);
    expect(item(before.body, 'charter_signed')).toMatchObject({
      isDone: false,
      kind: 'automatic',
      evidence: {
        text: 'No version of the charter is signed yet',
        link: `/distributors/${distributor.id}/charter`,
      },
    });

    await makeCharter(workspace, distributor.id, 'signed');
    const signed = await http(server.url).as(lan).get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(signed.body, 'charter_signed').isDone).toBe(true);
    expect(item(signed.body, 'charter_signed').evidence?.text).toMatch(
      /^Version 1 signed by both parties on /,
    );
    expect(item(signed.body, 'problem_resolution')).toMatchObject({ isDone: true });

    clock.advance({ minutes: 5 });
    // A new version, sent for negotiation: the signed text is in question until both sign again.
    const started = await api.post<{ version: number }>(`${base}/charter`, {});
    expect(started.status).toBe(201);
    const sent = await api.post(`${base}/charter/versions/2/transitions`, {
      action: 'send',
      reason: null,
    });
    expect(sent.status).toBe(200);
    const pending = await api.get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(pending.body, 'charter_signed')).toMatchObject({
      isDone: false,
      evidence: {
        text: 'Version 2 has been sent for negotiation and is not yet signed by both parties',
      },
    });
    // The protocol stays: it is in the version still in force.
    expect(item(pending.body, 'problem_resolution').isDone).toBe(true);
    expect(
      pending.body.history.filter((entry) => entry.itemKey === 'charter_signed'),
    ).toMatchObject([
      { isDone: false, cause: 'unticked_by_rule' },
      { isDone: true, cause: 'ticked_by_rule' },
    ]);
  });

  it('ticks the ladders once both sides have a step, and un-ticks when one side’s goes', async () => {
    const { distributor, manager, base } = await relationship();
    const huy = await makeContact(manager.workspace, distributor.id, { name: 'Lê Quốc Huy' });
    const jonas = await makeContact(manager.workspace, distributor.id, {
      side: 'principal',
      role: 'account_manager',
      name: 'Jonas Becker',
      email: 'jonas.becker@brenner.example',
      timeZone: 'Europe/Berlin',
      language: 'de',
    });
    const api = http(server.url).as(manager);
    const step = (side: string, contactId: string) =>
      api.post<{ id: string }>(`${base}/escalation-steps`, {
        side,
        level: 1,
        contactId,
        channel: 'email',
        responseTimeHours: 24,
        note: null,
      });
    expect((await step('distributor', huy.id)).status).toBe(201);
    let playbook = await api.get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(playbook.body, 'ladders_defined')).toMatchObject({
      isDone: false,
      evidence: { text: 'Steps on the principal’s ladder: 0; on the distributor’s ladder: 1' },
    });
    const ours = await step('principal', jonas.id);
    playbook = await api.get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(playbook.body, 'ladders_defined').isDone).toBe(true);

    clock.advance({ minutes: 5 });
    expect((await api.delete(`${base}/escalation-steps/${ours.body.id}`)).status).toBe(204);
    playbook = await api.get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(playbook.body, 'ladders_defined').isDone).toBe(false);
    expect(playbook.body.history.map((entry) => entry.cause)).toEqual([
      'unticked_by_rule',
      'ticked_by_rule',
    ]);
  });

  it('ticks targets and KPIs once this year’s targets are set', async () => {
    const { manager, base } = await relationship();
    const api = http(server.url).as(manager);
    let playbook = await api.get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(playbook.body, 'targets_kpis_set')).toMatchObject({
      isDone: false,
      evidence: { text: 'No targets are set for 2027' },
    });
    const set = await api.put(`${base}/targets`, {
      targets: [
        { productLine: null, periodKind: 'year', period: '2027-01', revenue: 480000, units: null },
      ],
    });
    expect(set.status).toBe(200);
    playbook = await api.get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(playbook.body, 'targets_kpis_set')).toMatchObject({ isDone: true });
    expect(item(playbook.body, 'targets_kpis_set').evidence?.link).toMatch(/\/scorecard$/);
  });
});

describe('the first monthly report', () => {
  it('ticks when the principal accepts a report, with a link to it', async () => {
    const { workspace, distributor, manager, lan, base } = await relationship();
    for (const line of [
      { code: 'BRK-PAD', name: 'Má phanh' },
      { code: 'OIL-FLT', name: 'Lọc dầu' },
    ]) {
      const { makeProductLine } = await import('../../test/factories.ts');
      await makeProductLine(workspace, line);
    }
    const period = '2027-02';
    const submitted = await http(server.url)
      .as(lan)
      .post(`${base}/reports/${period}/submissions`, {
        content: {
          period,
          currency: 'EUR',
          sales: [{ productLine: 'BRK-PAD', units: 120, revenue: 4800 }],
          inventory: [{ productLine: 'BRK-PAD', unitsOnHand: 240 }],
          pipeline: [],
          marketIntelligence: [],
          competitiveActivity: [],
          customerSatisfaction: { complaints: 2, returns: 1, score: 7.5 },
        },
      });
    expect(submitted.status).toBeLessThan(300);
    const api = http(server.url).as(manager);
    let playbook = await api.get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(playbook.body, 'first_report_accepted').isDone).toBe(false);
    const accepted = await api.post(`${base}/reports/${period}/reviews`, {
      action: 'accept',
      comment: 'Cảm ơn chị Lan.',
    });
    expect(accepted.status).toBe(200);
    playbook = await api.get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(playbook.body, 'first_report_accepted')).toMatchObject({
      isDone: true,
      evidence: {
        text: 'The report for 2027-02 was accepted',
        link: `/distributors/${distributor.id}/reports/2027-02`,
      },
    });
  });
});

describe('response times', () => {
  it('ticks when both sides answer within the protocol, and un-ticks after a quiet quarter', async () => {
    const { manager, lan, base } = await relationship();
    const asJonas = http(server.url).as(manager);
    const asLan = http(server.url).as(lan);
    let playbook = await asJonas.get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(playbook.body, 'response_times')).toMatchObject({
      isDone: false,
      evidence: { text: 'Not enough answers from both sides in the last 90 days to measure' },
    });
    const thread = await asJonas.post<{ id: string }>(`${base}/threads`, {
      subject: 'Lô má phanh tháng 4',
      body: 'Can you confirm the April allocation of BRK-100?',
      participantUserIds: [lan.id],
    });
    expect(thread.status).toBe(201);
    const reply = async (api: typeof asJonas, body: string) => {
      clock.advance({ hours: 2 });
      const posted = await api.post(`${base}/threads/${thread.body.id}/messages`, { body });
      expect(posted.status).toBe(201);
    };
    await reply(asLan, 'Đã xác nhận: 1.500 bộ, giao Cát Lái ngày 12/4.');
    await reply(asJonas, 'Thank you, booked on the Hamburg sailing.');
    playbook = await asJonas.get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(playbook.body, 'response_times')).toMatchObject({
      isDone: true,
      evidence: {
        text: 'Answered within the agreed times in the last 90 days: principal 100 %, distributor 100 % (needed: 80 %)',
      },
    });

    clock.advance({ days: 100 });
    playbook = await asJonas.get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(playbook.body, 'response_times').isDone).toBe(false);
    expect(
      playbook.body.history
        .filter((entry) => entry.itemKey === 'response_times')
        .map((entry) => entry.cause),
    ).toEqual(['unticked_by_rule', 'ticked_by_rule']);
  });
});

describe('meetings held', () => {
  it('ticks after three meetings held with notes on time, and un-ticks when meetings stop', async () => {
    const { distributor, manager, base } = await relationship();
    const huy = await makeContact(manager.workspace, distributor.id, {
      name: 'Lê Quốc Huy',
      isPrimary: true,
    });
    const jonas = await makeContact(manager.workspace, distributor.id, {
      side: 'principal',
      role: 'account_manager',
      name: 'Jonas Becker',
      email: manager.email,
      timeZone: 'Europe/Berlin',
      language: 'de',
      isPrimary: true,
    });
    const api = http(server.url).as(manager);
    let playbook = await api.get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(playbook.body, 'meetings_held').evidence?.text).toBe(
      'No meeting cadence is planned yet',
    );
    type Planned = { meetings: { id: string; kind: string; startsAt: string }[] };
    const planned = await api.post<Planned>(`${base}/cadence`, {});
    expect(planned.status).toBe(201);
    const byStart = [...planned.body.meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    const weekly = byStart.filter((meeting) => meeting.kind === 'weekly').slice(0, 3);
    const review = byStart.find((meeting) => meeting.kind === 'quarterly');
    // Notes published two hours after each meeting starts, with both sides present.
    const hold = async (meeting: { id: string; startsAt: string }) => {
      clock.set(new Date(new Date(meeting.startsAt).getTime() + 2 * 3_600_000));
      const published = await api.put(`${base}/meetings/${meeting.id}/notes`, {
        attendance: [
          { contactId: huy.id, present: true },
          { contactId: jonas.id, present: true },
        ],
        notes: 'Đơn hàng tháng 3: hai container má phanh, giao Cát Lái.',
        publish: true,
      });
      expect(published.status).toBe(200);
    };
    for (const meeting of weekly.slice(0, 2)) await hold(meeting);
    playbook = await api.get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(playbook.body, 'meetings_held')).toMatchObject({
      isDone: false,
      evidence: { text: 'Meetings held with notes on time in the last 90 days: 2 of 3' },
    });
    const third = weekly[2];
    if (!third || !review) throw new Error('the plan has no third check-in or no QBR');
    await hold(third);
    playbook = await api.get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(playbook.body, 'meetings_held')).toMatchObject({
      isDone: true,
      evidence: { link: `/distributors/${distributor.id}/meetings/${third.id}` },
    });
    expect(item(playbook.body, 'first_qbr_held').isDone).toBe(false);

    await hold(review);
    playbook = await api.get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(playbook.body, 'first_qbr_held')).toMatchObject({
      isDone: true,
      evidence: { link: `/distributors/${distributor.id}/meetings/${review.id}` },
    });

    // A quarter without meetings held: the cadence is no longer kept.
    clock.advance({ days: 120 });
    playbook = await api.get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(playbook.body, 'meetings_held').isDone).toBe(false);
    expect(item(playbook.body, 'first_qbr_held').isDone).toBe(true);
    expect(
      playbook.body.history
        .filter((entry) => entry.itemKey === 'meetings_held')
        .map((entry) => entry.cause),
    ).toEqual(['unticked_by_rule', 'ticked_by_rule']);
  });
});
