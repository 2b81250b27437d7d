// Who may close, drop and reopen action items, with a reason and a history both sides read (#16).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { daysFromToday, relationship } from './cadence-rights.fixture.ts';

type HistoryEntry = {
  from: string;
  to: string;
  reason: string | null;
  byName: string | null;
  at: string;
};
type ActionItem = {
  id: string;
  title: string;
  status: string;
  history: HistoryEntry[];
  meeting: { kind: string; rhythm: string } | null;
  canChange: boolean;
};
type Problem = {
  status: number;
  type: string;
  title: string;
  errors?: { pointer: string; detail: string }[];
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('action items: who may close, drop and reopen them', () => {
  it('refuses a distributor’s user on the principal’s item, and lets its owner, note-taker and the principal’s editors', async () => {
    const { jonas, katrin, viewer, lan, huy, contacts, base, meetings } =
      await relationship(server);
    const created = await http(server.url)
      .as(jonas)
      .post<ActionItem>(`${base}/action-items`, {
        meetingId: meetings[0].id,
        title: 'Confirm the Q1 container allocation',
        ownerContactId: contacts.jonas.id,
        dueOn: daysFromToday(7),
      });
    expect(created.status).toBe(201);
    expect(created.body.canChange).toBe(true);
    const item = `${base}/action-items/${created.body.id}`;

    // Lan neither owns the item nor takes the meeting's notes.
    const listed = await http(server.url)
      .as(lan)
      .get<{ items: ActionItem[] }>(`${base}/action-items`);
    expect(listed.body.items.find((i) => i.id === created.body.id)?.canChange).toBe(false);
    for (const patch of [
      { status: 'dropped', reason: 'We do not need it' },
      { status: 'done' },
      { title: 'Forget the allocation' },
      { ownerContactId: contacts.lan.id },
    ]) {
      const refused = await http(server.url).as(lan).patch<Problem>(item, patch);
      expect(refused.status).toBe(403);
      expect(refused.body.type).toBe('/problems/action-item-not-yours');
      expect(refused.body.title).toBe(
        'Only the owner, the note-taker or the principal’s team can change this item',
      );
    }
    // A principal viewer reads only.
    expect((await http(server.url).as(viewer).patch(item, { status: 'done' })).status).toBe(403);
    // Another principal editor may, though the item is not hers.
    const done = await http(server.url).as(katrin).patch<ActionItem>(item, { status: 'done' });
    expect(done.status).toBe(200);
    expect(done.body.history.map((e) => [e.from, e.to, e.byName])).toEqual([
      ['open', 'done', 'Katrin Weber'],
    ]);

    // Lan's own item: she closes it; Huy, her colleague, may not.
    const hers = await http(server.url)
      .as(jonas)
      .post<ActionItem>(`${base}/action-items`, {
        title: 'Send the filter inventory',
        ownerContactId: contacts.lan.id,
        dueOn: daysFromToday(3),
      });
    const hersPath = `${base}/action-items/${hers.body.id}`;
    expect((await http(server.url).as(huy).patch(hersPath, { status: 'done' })).status).toBe(403);
    const closed = await http(server.url).as(lan).patch<ActionItem>(hersPath, { status: 'done' });
    expect(closed.status).toBe(200);
    expect(closed.body.canChange).toBe(true);

    // Huy takes the notes of the next meeting: he may close that meeting's items.
    const noteTaker = await http(server.url)
      .as(jonas)
      .put(`${base}/meetings/${meetings[1].id}/notes`, { noteTakerContactId: contacts.huy.id });
    expect(noteTaker.status).toBe(200);
    const agreed = await http(server.url)
      .as(jonas)
      .post<ActionItem>(`${base}/action-items`, {
        meetingId: meetings[1].id,
        title: 'Book the Automechanika booth',
        ownerContactId: contacts.jonas.id,
        dueOn: daysFromToday(10),
      });
    const dropped = await http(server.url)
      .as(huy)
      .patch<ActionItem>(`${base}/action-items/${agreed.body.id}`, {
        status: 'dropped',
        reason: 'The fair is postponed to 2028',
      });
    expect(dropped.status).toBe(200);
  });

  it('needs a reason to drop, keeps each change as history both sides read, and reopens', async () => {
    const { jonas, lan, contacts, base, meetings } = await relationship(server);
    const created = await http(server.url)
      .as(jonas)
      .post<ActionItem>(`${base}/action-items`, {
        meetingId: meetings[0].id,
        title: 'Confirm the Q1 container allocation',
        ownerContactId: contacts.jonas.id,
        dueOn: daysFromToday(7),
      });
    // A check-in of onboarding month one is named by its rhythm, as on the meeting's page.
    expect(created.body.meeting).toMatchObject({ kind: 'weekly', rhythm: 'twice_weekly' });
    const item = `${base}/action-items/${created.body.id}`;
    const bare = await http(server.url).as(jonas).patch<Problem>(item, { status: 'dropped' });
    expect(bare.status).toBe(422);
    expect(bare.body.errors).toEqual([
      { pointer: '#/reason', detail: 'Say why the item is dropped: the other side reads it.' },
    ]);
    const blank = await http(server.url)
      .as(jonas)
      .patch<Problem>(item, { status: 'dropped', reason: '   ' });
    expect(blank.status).toBe(422);

    const dropped = await http(server.url)
      .as(jonas)
      .patch<ActionItem>(item, { status: 'dropped', reason: 'Allocation settled by phone' });
    expect(dropped.status).toBe(200);
    expect(dropped.body.status).toBe('dropped');

    // Lan finds it among the dropped items (not among the open ones), with who and why.
    const lanOpen = await http(server.url)
      .as(lan)
      .get<{ items: ActionItem[] }>(`${base}/action-items?status=open`);
    expect(lanOpen.body.items.map((i) => i.id)).not.toContain(created.body.id);
    const lanDropped = await http(server.url)
      .as(lan)
      .get<{ items: ActionItem[] }>(`${base}/action-items?status=dropped`);
    const seen = lanDropped.body.items.find((i) => i.id === created.body.id);
    expect(seen?.history).toMatchObject([
      {
        from: 'open',
        to: 'dropped',
        reason: 'Allocation settled by phone',
        byName: 'Jonas Becker',
      },
    ]);
    const onMeeting = await http(server.url)
      .as(lan)
      .get<{ actionItems: ActionItem[] }>(`${base}/meetings/${meetings[0].id}`);
    expect(onMeeting.body.actionItems[0]?.history[0]?.reason).toBe('Allocation settled by phone');

    // Undo: reopened by the same people, and the history grows.
    expect((await http(server.url).as(lan).patch(item, { status: 'open' })).status).toBe(403);
    const reopened = await http(server.url).as(jonas).patch<ActionItem>(item, { status: 'open' });
    expect(reopened.body.status).toBe('open');
    expect(reopened.body.history.map((e) => e.to)).toEqual(['dropped', 'open']);
  });

  it('refuses due dates more than five years ahead', async () => {
    const { jonas, contacts, base } = await relationship(server);
    const far = await http(server.url).as(jonas).post<Problem>(`${base}/action-items`, {
      title: 'Renew the warehouse lease',
      ownerContactId: contacts.jonas.id,
      dueOn: '9999-12-31',
    });
    expect(far.status).toBe(422);
    expect(far.body.errors?.[0]?.pointer).toBe('#/dueOn');
    expect(far.body.errors?.[0]?.detail).toMatch(/^Choose a due date within 5 years, by \d{4}-/);
    const fine = await http(server.url)
      .as(jonas)
      .post<ActionItem>(`${base}/action-items`, {
        title: 'Renew the warehouse lease',
        ownerContactId: contacts.jonas.id,
        dueOn: daysFromToday(4 * 365),
      });
    expect(fine.status).toBe(201);
    const moved = await http(server.url)
      .as(jonas)
      .patch<Problem>(`${base}/action-items/${fine.body.id}`, { dueOn: '9999-12-31' });
    expect(moved.status).toBe(422);
  });
});
