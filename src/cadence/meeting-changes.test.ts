// Cancelling meetings with a reason, new times the other side accepts, and the calendar feed's
// state, over HTTP (#16).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDistributor, makeDistributorUser } from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { runQueuedJobs } from '../../test/run-jobs.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { relationship } from './cadence-rights.fixture.ts';

type Attendee = { party: string; timeZone: string; localTime: string; localDate: string };
type Proposal = {
  id: string;
  proposedStartsAt: string;
  status: string;
  reason: string;
  proposedByName: string | null;
  answeredByName: string | null;
  side: string;
  canAnswer: boolean;
  canWithdraw: boolean;
};
type Detail = {
  id: string;
  status: string;
  startsAt: string;
  sequence: number;
  attendees: Attendee[];
  statusReason: string | null;
  calledOff: { reason: string | null; byName: string | null; at: string | null } | null;
  proposals: Proposal[];
  canChangeSchedule: boolean;
  canReschedule: boolean;
};
type Problem = {
  status: number;
  type: string;
  title: string;
  errors?: { pointer: string; detail: string }[];
};
type Notification = { type: string; data: Record<string, unknown>; path: string | null };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ isolated: true });
});
afterAll(() => server.close());

describe('meetings: cancelling with a reason, and new times the other side accepts', () => {
  it('cancels with a reason both sides read, and tells the other side', async () => {
    const { jonas, lan, base, meetings } = await relationship(server);
    const path = `${base}/meetings/${meetings[0].id}`;
    const bare = await http(server.url)
      .as(lan)
      .post<Problem>(`${path}/changes`, { action: 'cancel' });
    expect(bare.status).toBe(422);
    expect(bare.body.errors?.[0]?.pointer).toBe('#/reason');
    // The distributor proposes times; only the principal moves a meeting outright.
    const moved = await http(server.url)
      .as(lan)
      .post<Problem>(`${path}/changes`, {
        action: 'reschedule',
        startsAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      });
    expect(moved.status).toBe(403);

    const cancelled = await http(server.url).as(lan).post<Detail>(`${path}/changes`, {
      action: 'cancel',
      reason: 'Tết holiday: the office is closed',
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      statusReason: 'Tết holiday: the office is closed',
    });
    const seen = await http(server.url).as(jonas).get<Detail>(path);
    expect(seen.body.calledOff).toMatchObject({
      reason: 'Tết holiday: the office is closed',
      byName: 'Nguyễn Thị Lan',
    });
    expect(seen.body.canChangeSchedule).toBe(false);

    await runQueuedJobs(server);
    const told = await http(server.url)
      .as(jonas)
      .get<{ items: Notification[] }>('/api/v1/notifications');
    const notice = told.body.items.find((n) => n.type === 'meeting.cancelled');
    expect(notice?.data).toMatchObject({
      reason: 'Tết holiday: the office is closed',
      byName: 'Nguyễn Thị Lan',
    });
    expect(notice?.path).toBe(path.replace('/api/v1', ''));
    // Nobody is told of what they did themselves.
    const own = await http(server.url)
      .as(lan)
      .get<{ items: Notification[] }>('/api/v1/notifications');
    expect(own.body.items.some((n) => n.type === 'meeting.cancelled')).toBe(false);
  });

  it('moves a meeting when the other side accepts the proposed time; declines, withdrawals and the proposer’s own side', async () => {
    const { workspace, jonas, lan, huy, base, meetings } = await relationship(server);
    const path = `${base}/meetings/${meetings[1].id}`;
    const before = await http(server.url).as(jonas).get<Detail>(path);
    const later = new Date(new Date(before.body.startsAt).getTime() + 2 * 86_400_000);
    later.setUTCHours(3, 0, 0, 0);

    const noReason = await http(server.url)
      .as(lan)
      .post<Problem>(`${path}/time-proposals`, { startsAt: later.toISOString() });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors?.[0]?.pointer).toBe('#/reason');
    const past = await http(server.url)
      .as(lan)
      .post<Problem>(`${path}/time-proposals`, { startsAt: '2020-01-01T09:00:00Z', reason: 'x' });
    expect(past.status).toBe(422);
    // A member of the distributor's team does not change the schedule.
    expect(
      (
        await http(server.url)
          .as(huy)
          .post(`${path}/time-proposals`, { startsAt: later.toISOString(), reason: 'Stocktake' })
      ).status,
    ).toBe(403);

    const proposed = await http(server.url).as(lan).post<Detail>(`${path}/time-proposals`, {
      startsAt: later.toISOString(),
      reason: 'Stocktake at the Thủ Đức warehouse',
    });
    expect(proposed.status).toBe(201);
    const [waiting] = proposed.body.proposals;
    expect(waiting).toMatchObject({
      status: 'pending',
      side: 'distributor',
      proposedByName: 'Nguyễn Thị Lan',
      canAnswer: false,
      canWithdraw: true,
    });
    if (!waiting) throw new Error('no proposal');
    const again = await http(server.url)
      .as(lan)
      .post<Problem>(`${path}/time-proposals`, { startsAt: later.toISOString(), reason: 'Again' });
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('/problems/proposal-pending');
    const own = await http(server.url)
      .as(lan)
      .post<Problem>(`${path}/time-proposals/${waiting.id}/answer`, { answer: 'accept' });
    expect(own.status).toBe(403);
    expect(own.body.type).toBe('/problems/proposal-own-side');

    const jonasView = await http(server.url).as(jonas).get<Detail>(path);
    expect(jonasView.body.proposals[0]).toMatchObject({ canAnswer: true, canWithdraw: false });
    const accepted = await http(server.url)
      .as(jonas)
      .post<Detail>(`${path}/time-proposals/${waiting.id}/answer`, { answer: 'accept' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.startsAt).toBe(later.toISOString());
    expect(accepted.body.sequence).toBe(before.body.sequence + 1);
    expect(accepted.body.proposals[0]).toMatchObject({
      status: 'accepted',
      answeredByName: 'Jonas Becker',
    });
    // Each side's clock shows the new time: 03:00 UTC is 10:00 in Ho Chi Minh City.
    const saigon = accepted.body.attendees.find((a) => a.timeZone === 'Asia/Ho_Chi_Minh');
    expect(saigon?.localTime).toBe('10:00');
    expect(saigon?.localDate).toBe(later.toISOString().slice(0, 10));
    const again2 = await http(server.url)
      .as(jonas)
      .post<Problem>(`${path}/time-proposals/${waiting.id}/answer`, { answer: 'decline' });
    expect(again2.status).toBe(409);

    // Jonas proposes another time; Lan declines and the meeting stays.
    const evenLater = new Date(later.getTime() + 86_400_000).toISOString();
    const second = await http(server.url)
      .as(jonas)
      .post<Detail>(`${path}/time-proposals`, { startsAt: evenLater, reason: 'Flight moved' });
    const secondId = second.body.proposals[0]?.id ?? '';
    const declined = await http(server.url)
      .as(lan)
      .post<Detail>(`${path}/time-proposals/${secondId}/answer`, { answer: 'decline' });
    expect(declined.body.startsAt).toBe(later.toISOString());
    expect(declined.body.proposals[0]?.status).toBe('declined');

    // Lan proposes once more and withdraws; Jonas may not withdraw her proposal.
    const third = await http(server.url)
      .as(lan)
      .post<Detail>(`${path}/time-proposals`, { startsAt: evenLater, reason: 'Customer visit' });
    const thirdId = third.body.proposals[0]?.id ?? '';
    expect(
      (await http(server.url).as(jonas).post(`${path}/time-proposals/${thirdId}/withdraw`)).status,
    ).toBe(403);
    const withdrawn = await http(server.url)
      .as(lan)
      .post<Detail>(`${path}/time-proposals/${thirdId}/withdraw`);
    expect(withdrawn.body.proposals[0]?.status).toBe('withdrawn');

    // Another distributor's user sees none of it.
    const neighbour = await makeDistributor(workspace, { country: 'TH', timeZone: 'Asia/Bangkok' });
    const somchai = await makeDistributorUser(workspace, neighbour.id);
    expect((await http(server.url).as(somchai).get(path)).status).toBe(404);
    expect(
      (
        await http(server.url)
          .as(somchai)
          .post(`${path}/time-proposals`, { startsAt: evenLater, reason: 'Nope' })
      ).status,
    ).toBe(404);
  });

  it('says whether the caller has a calendar feed to stop', async () => {
    const { jonas } = await relationship(server);
    const api = http(server.url).as(jonas);
    type Status = { active: boolean; createdAt: string | null };
    expect((await api.get<Status>('/api/v1/me/calendar-feed')).body).toEqual({
      active: false,
      createdAt: null,
    });
    await api.post('/api/v1/me/calendar-feed');
    expect((await api.get<Status>('/api/v1/me/calendar-feed')).body.active).toBe(true);
    await api.delete('/api/v1/me/calendar-feed');
    expect((await api.get<Status>('/api/v1/me/calendar-feed')).body.active).toBe(false);
  });
});
