import { and, eq, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
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
import { actionItem, auditLog, meeting, outboxEmail } from '../db/schema.ts';
import { translator } from '../platform/i18n.ts';
import { sendNoteReminders } from './notes-mail.service.ts';
import { NOTES_DUE_HOURS } from './notes-rules.ts';

type Person = { contactId: string; name: string; side: string; present: boolean | null };
type ActionItem = {
  id: string;
  title: string;
  owner: { contactId: string; name: string; side: string };
  dueOn: string;
  status: string;
  closedAt: string | null;
  overdue: boolean;
  distributorName: string;
};
type Detail = {
  id: string;
  kind: string;
  status: string;
  agenda: string[];
  people: Person[];
  noteTaker: { contactId: string; name: string } | null;
  notes: string | null;
  notesState: string;
  notesPublishedBy: string | null;
  actionItems: ActionItem[];
  canEdit: boolean;
};
type Cadence = {
  meetings: { id: string; kind: string; startsAt: string; notesState: string }[];
  discipline: Record<string, number | string>;
};
type Problem = { status: number; type: string; errors?: { pointer: string; detail: string }[] };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const daysFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A planned relationship whose first weekly meeting is moved into the past, as if it just took place. */
async function heldRelationship(endedHoursAgo = 2) {
  const workspace = await makeWorkspace(server);
  const distributor = await makeDistributor(workspace);
  const seller = await makeDistributorUser(workspace, distributor.id, 'distributor_admin');
  const theirs = await makeContact(workspace, distributor.id, {
    isPrimary: true,
    name: 'Nguyễn Thị Lan',
    email: seller.email,
  });
  const manager = await makeUser(workspace, 'principal_manager', { name: 'Katrin Weber' });
  const ours = await makeContact(workspace, distributor.id, {
    side: 'principal',
    role: 'account_manager',
    name: 'Katrin Weber',
    email: manager.email,
    isPrimary: true,
    timeZone: 'Europe/Berlin',
    language: 'en',
  });
  const base = `/api/v1/distributors/${distributor.id}`;
  const planned = await http(server.url).as(manager).post<Cadence>(`${base}/cadence`, {});
  expect(planned.status).toBe(201);
  const first = planned.body.meetings.find((m) => m.kind === 'weekly');
  if (!first) throw new Error('no weekly meeting planned');
  await server.database.db
    .update(meeting)
    .set({
      startsAt: sql`now() - (${endedHoursAgo} * interval '1 hour') - minutes * interval '1 minute'`,
    })
    .where(and(eq(meeting.workspaceId, workspace.id), eq(meeting.id, first.id)));
  return { workspace, distributor, seller, manager, ours, theirs, base, meetingId: first.id };
}

function outboxOf(workspaceId: string) {
  return server.database.db
    .select()
    .from(outboxEmail)
    .where(eq(outboxEmail.workspaceId, workspaceId))
    .orderBy(outboxEmail.createdAt);
}

describe('meeting notes', () => {
  it('are drafted, refused before the meeting and when empty, then published to every attendee', async () => {
    const { workspace, distributor, manager, ours, theirs, base, meetingId } =
      await heldRelationship();
    const api = http(server.url).as(manager);
    const detail = await api.get<Detail>(`${base}/meetings/${meetingId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.agenda).toContain('Customer escalations');
    expect(detail.body.noteTaker).toEqual({ contactId: ours.id, name: 'Katrin Weber' });
    expect(detail.body.notesState).toBe('due');
    expect(detail.body.people.map((p) => p.present)).toEqual([null, null]);

    const cadence = await api.get<Cadence>(`${base}/cadence`);
    const later = cadence.body.meetings.find((m) => new Date(m.startsAt) > new Date());
    const early = await api.put<Problem>(`${base}/meetings/${later?.id}/notes`, { notes: 'x' });
    expect(early.status).toBe(409);
    expect(early.body.type).toBe('/problems/meeting-not-started');

    const other = await makeDistributor(workspace);
    const stranger = await makeContact(workspace, other.id);
    const bad = await api.put<Problem>(`${base}/meetings/${meetingId}/notes`, {
      attendance: [{ contactId: stranger.id, present: true }],
      notes: '  ',
      publish: true,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors?.map((e) => e.pointer)).toEqual(['#/attendance/0/contactId', '#/notes']);

    const draft = await api.put<Detail>(`${base}/meetings/${meetingId}/notes`, {
      attendance: [
        { contactId: ours.id, present: true },
        { contactId: theirs.id, present: false },
      ],
      agenda: ['Orders', 'Stock of brake pads'],
      notes: 'Brake pads: 2 containers in transit.',
    });
    expect(draft.status).toBe(200);
    expect(draft.body.status).toBe('scheduled');
    expect(draft.body.agenda).toEqual(['Orders', 'Stock of brake pads']);
    expect(await outboxOf(workspace.id)).toEqual([]);

    const published = await api.put<Detail>(`${base}/meetings/${meetingId}/notes`, {
      publish: true,
    });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({
      status: 'held',
      notesState: 'published',
      notesPublishedBy: 'Katrin Weber',
      notes: 'Brake pads: 2 containers in transit.',
    });
    const mails = await outboxOf(workspace.id);
    expect(mails.map((m) => m.toAddress).sort()).toEqual(
      [ours.email, theirs.email].map((e) => e?.toLowerCase()).sort(),
    );
    // Each in their language: Katrin in English, Lan in Vietnamese; the notes as written.
    const katrins = mails.find((m) => m.toAddress === ours.email?.toLowerCase());
    const lans = mails.find((m) => m.toAddress === theirs.email?.toLowerCase());
    expect(katrins?.subject).toMatch(/^Notes: Twice-weekly check-in 1 · /);
    expect(katrins?.bodyText).toContain('Present: Katrin Weber');
    expect(katrins?.bodyText).toContain('Absent: Nguyễn Thị Lan');
    expect(katrins?.bodyText).toContain('Brake pads: 2 containers in transit.');
    const vi = translator('vi');
    expect(lans?.subject).toBe(
      vi('email.meeting.notes.subject', {
        kind: vi('cadence.kind.twice_weekly'),
        number: 1,
        principal: workspace.name,
        distributor: distributor.name,
      }),
    );
    expect(lans?.subject).not.toBe(katrins?.subject);
    expect(lans?.bodyText).toContain('Brake pads: 2 containers in transit.');

    const again = await api.put<Problem>(`${base}/meetings/${meetingId}/notes`, { notes: 'edit' });
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('/problems/notes-published');
    const audit = await server.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, workspace.id), eq(auditLog.entityId, meetingId)));
    expect(audit.map((a) => a.action).sort()).toEqual([
      'meeting.notes_published',
      'meeting.notes_saved',
    ]);
  });

  it('may be published by the distributor side, which may not read the outbox', async () => {
    const { workspace, seller, base, meetingId } = await heldRelationship();
    const published = await http(server.url)
      .as(seller)
      .put<Detail>(`${base}/meetings/${meetingId}/notes`, {
        notes: 'Held in Vietnamese and English.',
        publish: true,
      });
    expect(published.status).toBe(200);
    expect(published.body.notesPublishedBy).toBe(seller.name);
    expect(await outboxOf(workspace.id)).toHaveLength(2);
  });

  it('remind the note-taker when the meeting ends and once more when they are overdue', async () => {
    const { workspace, ours, meetingId } = await heldRelationship(1);
    const remind = (now: Date) =>
      sendNoteReminders(server.database, 'http://liaison.example', now, {
        workspaceId: workspace.id,
      });
    const ended = new Date();
    expect(await remind(ended)).toBe(1);
    expect(await remind(ended)).toBe(0);
    // A day later the notes are overdue.
    const dayLater = DateTime.fromJSDate(ended).plus({ hours: NOTES_DUE_HOURS }).toJSDate();
    expect(await remind(dayLater)).toBe(1);
    expect(await remind(dayLater)).toBe(0);
    const mails = await outboxOf(workspace.id);
    expect(mails.map((m) => [m.toAddress, m.subject.split(':')[0]])).toEqual([
      [ours.email, 'Notes due'],
      [ours.email, 'Notes overdue'],
    ]);
    expect(mails[1]?.bodyText).toContain(`/meetings/${meetingId}`);
  });
});

describe('the meetings overview', () => {
  it('lists the week ahead and the notes still owed, each side its own relationships only', async () => {
    const { distributor, seller, manager, meetingId } = await heldRelationship(30);
    const other = await heldRelationship(30);
    const principal = http(server.url).as(manager);
    type Overview = {
      items: {
        id: string;
        distributorName: string;
        notesState: string;
        noteTaker: string | null;
      }[];
    };
    const owed = await principal.get<Overview>('/api/v1/meetings?notes=pending');
    expect(owed.body.items).toEqual([
      expect.objectContaining({
        id: meetingId,
        distributorName: distributor.name,
        notesState: 'overdue',
        noteTaker: 'Katrin Weber',
      }),
    ]);
    const week = await principal.get<Overview>('/api/v1/meetings');
    expect(week.body.items.length).toBeGreaterThan(0);
    expect(week.body.items.every((m) => m.notesState === 'upcoming')).toBe(true);
    const theirs = await http(server.url)
      .as(seller)
      .get<Overview>('/api/v1/meetings?notes=pending');
    expect(theirs.body.items.map((m) => m.id)).toEqual([meetingId]);
    // Another workspace's overdue notes appear on neither side.
    expect(owed.body.items.map((m) => m.id)).not.toContain(other.meetingId);
  });
});

describe('action items', () => {
  it('belong to a contact of either side; each person sees their own; overdue ones are flagged', async () => {
    const { workspace, distributor, seller, manager, theirs, base, meetingId } =
      await heldRelationship();
    const principal = http(server.url).as(manager);
    const other = await makeDistributor(workspace);
    const stranger = await makeContact(workspace, other.id);
    const bad = await principal.post<Problem>(`${base}/action-items`, {
      meetingId,
      title: 'Send the stock report',
      ownerContactId: stranger.id,
      dueOn: daysFromToday(-3),
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors?.map((e) => e.pointer)).toEqual(['#/ownerContactId', '#/dueOn']);
    expect(
      await server.database.db
        .select()
        .from(actionItem)
        .where(eq(actionItem.workspaceId, workspace.id)),
    ).toEqual([]);

    const created = await principal.post<ActionItem>(`${base}/action-items`, {
      meetingId,
      title: 'Send the stock report',
      ownerContactId: theirs.id,
      dueOn: daysFromToday(7),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      owner: { name: 'Nguyễn Thị Lan', side: 'distributor' },
      status: 'open',
      overdue: false,
      distributorName: distributor.name,
    });

    const distributorSide = http(server.url).as(seller);
    const mine = await distributorSide.get<{ items: ActionItem[] }>(
      '/api/v1/action-items?mine=true',
    );
    expect(mine.body.items.map((i) => i.title)).toEqual(['Send the stock report']);
    const managersOwn = await principal.get<{ items: ActionItem[] }>(
      '/api/v1/action-items?mine=true',
    );
    expect(managersOwn.body.items).toEqual([]);

    await server.database.db
      .update(actionItem)
      .set({ dueOn: daysFromToday(-2) })
      .where(and(eq(actionItem.workspaceId, workspace.id), eq(actionItem.id, created.body.id)));
    for (const side of [principal, distributorSide]) {
      const overdue = await side.get<{ items: ActionItem[]; overdue: number }>(
        '/api/v1/action-items?overdue=true',
      );
      expect(overdue.body.overdue).toBe(1);
      expect(overdue.body.items[0]).toMatchObject({ id: created.body.id, overdue: true });
    }

    const done = await distributorSide.patch<ActionItem>(
      `${base}/action-items/${created.body.id}`,
      {
        status: 'done',
      },
    );
    expect(done.status).toBe(200);
    expect(done.body.closedAt).not.toBeNull();
    expect(done.body.overdue).toBe(false);
    const meetingView = await principal.get<Detail>(`${base}/meetings/${meetingId}`);
    expect(meetingView.body.actionItems.map((i) => i.status)).toEqual(['done']);

    const cadence = await principal.get<Cadence>(`${base}/cadence`);
    expect(cadence.body.discipline).toMatchObject({
      meetingsPlanned: 1,
      meetingsHeld: 0,
      notesDue: 0,
      actionsDue: 1,
      actionsClosedOnTime: 0,
      actionsOverdue: 0,
      actionsOpen: 0,
    });
  });

  it('are read-only for principal viewers and invisible to other distributors', async () => {
    const { workspace, theirs, base, meetingId } = await heldRelationship();
    const viewer = await makeUser(workspace, 'principal_viewer');
    const refused = await http(server.url)
      .as(viewer)
      .post<Problem>(`${base}/action-items`, {
        title: 'Call back',
        ownerContactId: theirs.id,
        dueOn: daysFromToday(1),
      });
    expect(refused.status).toBe(403);
    const readable = await http(server.url).as(viewer).get<Detail>(`${base}/meetings/${meetingId}`);
    expect(readable.body.canEdit).toBe(false);

    const elsewhere = await makeDistributor(workspace);
    const outsider = await makeDistributorUser(workspace, elsewhere.id, 'distributor_admin');
    const hidden = await http(server.url)
      .as(outsider)
      .get<Problem>(`${base}/meetings/${meetingId}`);
    expect(hidden.status).toBe(404);
  });
});
