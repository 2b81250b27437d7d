// The held rule (#16): a meeting counts as held only when its notes are published and someone of
// each side attended. Published notes that record nobody, or one side only, are notes, not a
// meeting held, and the discipline figures (and with them the KPIs) say so.
import { and, eq, sql } from 'drizzle-orm';
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
import { meeting } from '../db/schema.ts';

type MeetingSummary = {
  id: string;
  kind: string;
  rhythm: string;
  startsAt: string;
  status: string;
  countsAsHeld: boolean;
};
type Cadence = { meetings: MeetingSummary[]; discipline: Record<string, number | string> };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A relationship planned today whose first three check-ins are moved into the past. */
async function relationshipWithPastMeetings() {
  const workspace = await makeWorkspace(server);
  const distributor = await makeDistributor(workspace);
  const seller = await makeDistributorUser(workspace, distributor.id, 'distributor_admin');
  const lan = await makeContact(workspace, distributor.id, {
    isPrimary: true,
    name: 'Nguyễn Thị Lan',
    email: seller.email,
  });
  const huy = await makeContact(workspace, distributor.id, { name: 'Lê Văn Huy' });
  const manager = await makeUser(workspace, 'principal_manager', { name: 'Katarzyna Nowak' });
  const katarzyna = await makeContact(workspace, distributor.id, {
    side: 'principal',
    role: 'account_manager',
    name: 'Katarzyna Nowak',
    email: manager.email,
    isPrimary: true,
    timeZone: 'Europe/Warsaw',
  });
  const base = `/api/v1/distributors/${distributor.id}`;
  const planned = await http(server.url).as(manager).post<Cadence>(`${base}/cadence`, {});
  expect(planned.status).toBe(201);
  const weekly = planned.body.meetings.filter((m) => m.kind === 'weekly').slice(0, 3);
  for (const [index, item] of weekly.entries()) {
    await server.database.db
      .update(meeting)
      .set({ startsAt: sql`now() - (${2 + index} * interval '1 day')` })
      .where(and(eq(meeting.workspaceId, workspace.id), eq(meeting.id, item.id)));
  }
  return {
    manager,
    seller,
    base,
    people: { lan, huy, katarzyna },
    meetingIds: weekly.map((m) => m.id),
    planned: planned.body,
  };
}

describe('the held rule', () => {
  it('counts a meeting as held only when someone of each side attended', async () => {
    const { manager, base, people, meetingIds } = await relationshipWithPastMeetings();
    const api = http(server.url).as(manager);
    const [nobody, oneSide, bothSides] = meetingIds;
    const publish = (meetingId: string | undefined, present: string[]) =>
      api.put<MeetingSummary>(`${base}/meetings/${meetingId}/notes`, {
        attendance: Object.values(people).map((person) => ({
          contactId: person.id,
          present: present.includes(person.id),
        })),
        notes: 'Đơn hàng tháng 12: hai container má phanh.',
        publish: true,
      });

    const none = await publish(nobody, []);
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ status: 'held', countsAsHeld: false });
    const ours = await publish(oneSide, [people.katarzyna.id]);
    expect(ours.body).toMatchObject({ status: 'held', countsAsHeld: false });
    const both = await publish(bothSides, [people.katarzyna.id, people.huy.id]);
    expect(both.body).toMatchObject({ status: 'held', countsAsHeld: true });

    const cadence = await api.get<Cadence>(`${base}/cadence`);
    expect(cadence.body.discipline).toMatchObject({
      meetingsPlanned: 3,
      meetingsHeld: 1,
      notesOnTime: 0,
    });
    expect(cadence.body.meetings.filter((m) => m.countsAsHeld).map((m) => m.id)).toEqual([
      bothSides,
    ]);
  });

  it('keeps attendance saved in a draft for publishing, from either side', async () => {
    const { seller, base, people, meetingIds } = await relationshipWithPastMeetings();
    const api = http(server.url).as(seller);
    const draft = await api.put<MeetingSummary>(`${base}/meetings/${meetingIds[0]}/notes`, {
      attendance: [
        { contactId: people.lan.id, present: true },
        { contactId: people.katarzyna.id, present: true },
      ],
      notes: 'Tồn kho: 3 tuần.',
    });
    expect(draft.body).toMatchObject({ status: 'scheduled', countsAsHeld: false });
    const published = await api.put<MeetingSummary>(`${base}/meetings/${meetingIds[0]}/notes`, {
      publish: true,
    });
    expect(published.body).toMatchObject({ status: 'held', countsAsHeld: true });
    const cadence = await api.get<Cadence>(`${base}/cadence`);
    expect(cadence.body.discipline).toMatchObject({ meetingsPlanned: 3, meetingsHeld: 1 });
  });

  it('labels onboarding check-ins by their rhythm: twice a week in month one, weekly after', async () => {
    const { planned } = await relationshipWithPastMeetings();
    const weekly = planned.meetings.filter((m) => m.kind === 'weekly');
    const firstMonth = weekly.filter(
      (m) => new Date(m.startsAt).getTime() < Date.now() + 27 * 86_400_000,
    );
    const later = weekly.filter(
      (m) => new Date(m.startsAt).getTime() > Date.now() + 33 * 86_400_000,
    );
    expect(firstMonth.length).toBeGreaterThan(4);
    expect(new Set(firstMonth.map((m) => m.rhythm))).toEqual(new Set(['twice_weekly']));
    expect(new Set(later.map((m) => m.rhythm))).toEqual(new Set(['weekly']));
    const reviews = planned.meetings.filter((m) => m.kind !== 'weekly');
    expect(reviews.every((m) => m.rhythm === m.kind)).toBe(true);
  });
});
