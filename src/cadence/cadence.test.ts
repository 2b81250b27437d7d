import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeContact,
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

type Meeting = {
  id: string;
  kind: string;
  startsAt: string;
  status: string;
  sequence: number;
  attendees: {
    party: string;
    timeZone: string;
    localDate: string;
    localTime: string;
    burden: number;
  }[];
  burden: { principal: number; distributor: number };
  ledger: { principal: number; distributor: number };
};
type Cadence = { plan: { meetings: unknown[] }; meetings: Meeting[] };
type Problem = { status: number; type: string; errors?: { pointer: string; detail: string }[] };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function relationship(distributorZone = 'Asia/Ho_Chi_Minh') {
  const workspace = await makeWorkspace(server);
  const distributor = await makeDistributor(workspace, { timeZone: distributorZone });
  await makeContact(workspace, distributor.id, { isPrimary: true, timeZone: distributorZone });
  await makeContact(workspace, distributor.id, {
    side: 'principal',
    role: 'account_manager',
    name: 'Jonas Becker',
    isPrimary: true,
    timeZone: 'Europe/Berlin',
  });
  const manager = await makeUser(workspace);
  const base = `/api/v1/distributors/${distributor.id}`;
  return { workspace, distributor, manager, base };
}

describe('the meeting cadence', () => {
  it('plans months of meetings at fair times, the same working hours either side of a DST change', async () => {
    const { manager, base } = await relationship();
    const api = http(server.url).as(manager);
    const created = await api.post<Cadence>(`${base}/cadence`, {
      horizonMonths: 6,
      startsOn: '2026-11-02',
    });
    expect(created.status).toBe(201);
    const meetings = created.body.meetings;
    expect(meetings.length).toBeGreaterThan(20);
    expect(new Set(meetings.map((m) => m.kind))).toEqual(
      new Set(['weekly', 'monthly', 'quarterly']),
    );
    for (const meeting of meetings)
      expect(new Date(meeting.startsAt).getTime()).toBeGreaterThan(Date.now());
    // Berlin and Ho Chi Minh City share working hours: nobody should take an inconvenient slot,
    // before or after Germany moves its clocks on 28 March 2027.
    const weekly = meetings.filter((m) => m.kind === 'weekly');
    for (const meeting of weekly) {
      expect(meeting.burden).toEqual({ principal: 0, distributor: 0 });
      for (const attendee of meeting.attendees) {
        expect(attendee.localTime >= '09:00' && attendee.localTime <= '17:00').toBe(true);
      }
    }
    const around = weekly.filter((m) => m.startsAt >= '2027-03-20' && m.startsAt < '2027-04-05');
    expect(around.length).toBeGreaterThanOrEqual(2);
    // Each side sees the time on its own clock, with the offset of that date.
    const localTime = (instant: string, timeZone: string) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(instant));
    for (const meeting of around) {
      for (const attendee of meeting.attendees) {
        expect(attendee.localTime).toBe(localTime(meeting.startsAt, attendee.timeZone));
      }
    }

    const again = await api.post<Problem>(`${base}/cadence`, {});
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('/problems/cadence-exists');
    const read = await api.get<Cadence>(`${base}/cadence`);
    expect(read.body.meetings).toHaveLength(meetings.length);
  });

  it('shares the burden over any 8 meetings when the zones barely meet', async () => {
    const { manager, base } = await relationship('Australia/Sydney');
    const created = await http(server.url)
      .as(manager)
      .post<Cadence>(`${base}/cadence`, { horizonMonths: 4, startsOn: '2026-11-02' });
    expect(created.status).toBe(201);
    const weekly = created.body.meetings.filter((m) => m.kind === 'weekly');
    for (let start = 0; start + 8 <= weekly.length; start++) {
      const window = weekly.slice(start, start + 8);
      const principal = window.reduce((sum, m) => sum + m.burden.principal, 0);
      const distributor = window.reduce((sum, m) => sum + m.burden.distributor, 0);
      const worth = Math.max(
        ...window.map((m) => Math.max(m.burden.principal, m.burden.distributor)),
      );
      expect(Math.abs(principal - distributor)).toBeLessThanOrEqual(worth);
    }
    expect(weekly.some((m) => m.burden.principal > 0)).toBe(true);
    expect(weekly.some((m) => m.burden.distributor > 0)).toBe(true);
  });

  it('cancels, reschedules and refuses changes that make no sense', async () => {
    const { manager, base, workspace, distributor } = await relationship();
    const api = http(server.url).as(manager);
    const { body } = await api.post<Cadence>(`${base}/cadence`, { horizonMonths: 2 });
    const [first, second] = body.meetings;
    const cancelled = await api.post<Meeting>(`${base}/meetings/${first?.id}/changes`, {
      action: 'cancel',
      reason: 'Tết holiday',
    });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', sequence: 1 });
    const again = await api.post<Problem>(`${base}/meetings/${first?.id}/changes`, {
      action: 'skip',
      reason: 'Nobody is in the office',
    });
    expect(again.status).toBe(409);
    const past = await api.post<Problem>(`${base}/meetings/${second?.id}/changes`, {
      action: 'reschedule',
      startsAt: '2020-01-01T09:00:00Z',
    });
    expect(past.status).toBe(422);
    expect(past.body.errors?.[0]).toEqual({
      pointer: '#/startsAt',
      detail: 'A meeting cannot be moved into the past.',
    });
    const later = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const moved = await api.post<Meeting>(`${base}/meetings/${second?.id}/changes`, {
      action: 'reschedule',
      startsAt: later,
    });
    expect(moved.body).toMatchObject({ startsAt: later, sequence: 1 });
    const neighbour = await makeDistributor(workspace, { country: 'TH', timeZone: 'Asia/Bangkok' });
    const stranger = await makeDistributorUser(workspace, neighbour.id);
    expect((await http(server.url).as(stranger).get(`${base}/cadence`)).status).toBe(404);
    expect(distributor.id).not.toBe(neighbour.id);
  });

  it('needs a time zone for every attendee and someone from each side', async () => {
    const workspace = await makeWorkspace(server);
    const distributor = await makeDistributor(workspace);
    const nowhere = await makeContact(workspace, distributor.id, {
      timeZone: null,
      name: 'Trần Văn Minh',
    });
    const manager = await makeUser(workspace);
    const refused = await http(server.url)
      .as(manager)
      .post<Problem>(`/api/v1/distributors/${distributor.id}/cadence`, {
        attendeeContactIds: [nowhere.id],
      });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      {
        pointer: '#/attendeeContactIds/0',
        detail: 'Trần Văn Minh has no time zone; the rotation needs one for every attendee.',
      },
      {
        pointer: '#/attendeeContactIds',
        detail: 'Name at least one attendee of the principal side.',
      },
    ]);
    const nothing = await http(server.url)
      .as(manager)
      .get(`/api/v1/distributors/${distributor.id}/cadence`);
    expect(nothing.status).toBe(404);
  });
});

describe('private calendar feeds', () => {
  it('lists the user’s meetings as valid iCalendar, and a revoked URL answers 404', async () => {
    const workspace = await makeWorkspace(server);
    const distributor = await makeDistributor(workspace);
    await makeContact(workspace, distributor.id, { isPrimary: true, timeZone: 'Asia/Ho_Chi_Minh' });
    const manager = await makeUser(workspace, 'principal_manager', { name: 'Jonas Becker' });
    await makeContact(workspace, distributor.id, {
      side: 'principal',
      role: 'account_manager',
      name: 'Jonas Becker',
      email: manager.email,
      isPrimary: true,
      timeZone: 'Europe/Berlin',
    });
    const api = http(server.url).as(manager);
    const plan = await api.post<Cadence>(`/api/v1/distributors/${distributor.id}/cadence`, {
      horizonMonths: 2,
      videoUrl: 'https://meet.google.com/abc-defg-hij',
    });
    const [first] = plan.body.meetings;
    await api.post(`/api/v1/distributors/${distributor.id}/meetings/${first?.id}/changes`, {
      action: 'cancel',
      reason: 'Trade fair in Frankfurt',
    });
    const feed = await api.post<{ url: string }>('/api/v1/me/calendar-feed');
    expect(feed.status).toBe(201);
    const path = new URL(feed.body.url).pathname;
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(plan.body.meetings.length);
    const cancelled = events.find((event) => event.uid.startsWith(first?.id ?? '-'));
    expect(cancelled?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled?.sequence).toBe(1);
    expect(cancelled?.startDate.toJSDate().toISOString()).toBe(
      new Date(first?.startsAt ?? '').toISOString(),
    );
    expect(events[1]?.description).toContain('https://meet.google.com/abc-defg-hij');

    // A new URL replaces the old one; a revoked one is gone.
    const replaced = await api.post<{ url: string }>('/api/v1/me/calendar-feed');
    expect((await fetch(`${server.url}${path}`)).status).toBe(404);
    await api.delete('/api/v1/me/calendar-feed');
    expect((await fetch(`${server.url}${new URL(replaced.body.url).pathname}`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/calendar/cal_nothing.ics`)).status).toBe(404);
  });
});
