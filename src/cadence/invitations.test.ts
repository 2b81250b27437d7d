import ICAL from 'ical.js';
import { type AddressObject, simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContact, makeDistributor, makeUser, makeWorkspace } from '../../test/factories.ts';
import { startFakeSmtp } from '../../test/fakes/smtp.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { translator } from '../platform/i18n.ts';
import { createMailer, deliverOutbox } from '../platform/mail.ts';
import { defaultAgenda } from './agenda.ts';
import { INVITE_DAYS_AHEAD, sendMeetingInvitations } from './invitations.service.ts';

type Meeting = {
  id: string;
  kind: string;
  rhythm: string;
  number: number;
  startsAt: string;
  status: string;
  sequence: number;
};
type Cadence = {
  plan: { checkInWeekday: number; noteTakerContactId: string | null };
  meetings: Meeting[];
};
type Problem = { status: number; errors?: { pointer: string; detail: string }[] };

let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
let server: TestServer;
beforeAll(async () => {
  smtp = await startFakeSmtp();
  server = await startTestServer({
    mailer: createMailer(smtp.url, 'Liaison <liaison@brenner.example>'),
  });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

async function plannedRelationship() {
  const workspace = await makeWorkspace(server);
  const distributor = await makeDistributor(workspace);
  const theirs = await makeContact(workspace, distributor.id, {
    isPrimary: true,
    email: `lan.${workspace.id.slice(0, 8)}@saigonmotor.example`,
  });
  const ours = await makeContact(workspace, distributor.id, {
    side: 'principal',
    role: 'account_manager',
    name: 'Katrin Weber',
    isPrimary: true,
    email: `katrin.${workspace.id.slice(0, 8)}@brenner.example`,
    timeZone: 'Europe/Berlin',
    language: 'de',
  });
  const manager = await makeUser(workspace);
  const base = `/api/v1/distributors/${distributor.id}`;
  const api = http(server.url).as(manager);
  const planned = await api.post<Cadence>(`${base}/cadence`, { horizonMonths: 2 });
  expect(planned.status).toBe(201);
  return { workspace, distributor, theirs, ours, manager, api, base, cadence: planned.body };
}

/** The iCalendar part of each e-mail the fake SMTP server received for this address. */
async function calendarsFor(address: string) {
  const found = [];
  for (const mail of smtp.received.filter((m) => m.to.includes(address))) {
    const parsed = await simpleParser(mail.raw);
    const part = parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    const to = (parsed.to as AddressObject | undefined)?.text;
    if (part) {
      found.push({
        subject: parsed.subject ?? '',
        to,
        text: parsed.text ?? '',
        ics: part.content.toString('utf8'),
      });
    }
  }
  return found;
}

/**
 * Where an invitation's subject in `language` starts: its words up to the name of a check-in of
 * onboarding month one (twice weekly).
 */
function subjectStart(language: string, key: 'subject' | 'cancelled_subject') {
  const t = translator(language);
  const summary = `${t('cadence.kind.twice_weekly')}\u0000`;
  return t(`email.meeting.invitation.${key}`, { summary, when: '' }).split('\u0000')[0] ?? '';
}
/** The weekly check-in's default agenda item on customer escalations, in `language`. */
const agendaItem = (language: string) => defaultAgenda('weekly', translator(language))[3] ?? '';

describe('e-mailed invitations', () => {
  it('invite every attendee two weeks ahead with a valid METHOD:REQUEST, then CANCEL when called off', async () => {
    const { workspace, theirs, ours, api, base, cadence } = await plannedRelationship();
    const scope = { workspaceId: workspace.id };
    const soon = cadence.meetings.filter(
      (m) => new Date(m.startsAt).getTime() < Date.now() + INVITE_DAYS_AHEAD * 86_400_000,
    );
    expect(soon.length).toBeGreaterThan(0);
    expect(await sendMeetingInvitations(server.database, server.url, new Date(), scope)).toBe(
      soon.length * 2,
    );
    expect(await sendMeetingInvitations(server.database, server.url, new Date(), scope)).toBe(0);
    await deliverOutbox(server.database, server.mailer, server.clock, { ...scope, limit: 100 });

    const received = await calendarsFor(theirs.email ?? '');
    expect(received).toHaveLength(soon.length);
    const first = soon[0] as Meeting;
    const invitation = received.find((r) => r.ics.includes(`UID:${first.id}@`));
    // Each person's invitation in their own language: Lan's in Vietnamese, Katrin's in German.
    expect(invitation?.subject.startsWith(subjectStart('vi', 'subject'))).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(invitation?.ics ?? ''));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = calendar.getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('sequence')).toBe(0);
    // Named by its rhythm: in onboarding month one a check-in is twice weekly.
    expect(first.rhythm).toBe('twice_weekly');
    expect(String(event?.getFirstPropertyValue('summary'))).toMatch(
      new RegExp(`^${translator('vi')('cadence.kind.twice_weekly')} · `),
    );
    expect(new ICAL.Event(event ?? undefined).startDate.toJSDate().toISOString()).toBe(
      new Date(first.startsAt).toISOString(),
    );
    const attendees = event
      ?.getAllProperties('attendee')
      .map((p) => String(p.getFirstValue()).toLowerCase());
    expect(attendees?.sort()).toEqual([`mailto:${ours.email}`, `mailto:${theirs.email}`].sort());
    expect(String(event?.getFirstPropertyValue('description'))).toContain(agendaItem('vi'));
    const german = (await calendarsFor(ours.email ?? '')).find((r) =>
      r.ics.includes(`UID:${first.id}@`),
    );
    expect(german?.subject.startsWith(subjectStart('de', 'subject'))).toBe(true);
    const germanEvent = new ICAL.Component(ICAL.parse(german?.ics ?? '')).getFirstSubcomponent(
      'vevent',
    );
    expect(germanEvent?.getFirstPropertyValue('uid')).toBe(event?.getFirstPropertyValue('uid'));
    expect(String(germanEvent?.getFirstPropertyValue('description'))).toContain(agendaItem('de'));

    const cancelled = await api.post<Meeting>(`${base}/meetings/${first.id}/changes`, {
      action: 'cancel',
      reason: 'Tết holiday',
    });
    expect(cancelled.body.sequence).toBe(1);
    expect(await sendMeetingInvitations(server.database, server.url, new Date(), scope)).toBe(2);
    await deliverOutbox(server.database, server.mailer, server.clock, scope);
    const cancellation = (await calendarsFor(theirs.email ?? '')).find((r) =>
      r.subject.startsWith(subjectStart('vi', 'cancelled_subject')),
    );
    const cancel = new ICAL.Component(ICAL.parse(cancellation?.ics ?? ''));
    expect(cancel.getFirstPropertyValue('method')).toBe('CANCEL');
    const cancelledEvent = cancel.getFirstSubcomponent('vevent');
    expect(cancelledEvent?.getFirstPropertyValue('uid')).toBe(event?.getFirstPropertyValue('uid'));
    expect(cancelledEvent?.getFirstPropertyValue('sequence')).toBe(1);
    expect(cancelledEvent?.getFirstPropertyValue('status')).toBe('CANCELLED');
    // The e-mail says why, as the person who cancelled wrote it.
    expect(cancellation?.text).toContain('Tết holiday');
  });
});

describe('editing a plan', () => {
  it('re-plans the meetings to come on the new weekday, keeping their ids and raising their sequence', async () => {
    const { api, base, cadence, ours } = await plannedRelationship();
    const weekly = cadence.meetings.filter((m) => m.kind === 'weekly');
    const checkInWeekday = cadence.plan.checkInWeekday === 3 ? 2 : 3;
    const moved = await api.patch<Cadence>(`${base}/cadence`, {
      checkInWeekday,
      agendas: { weekly: ['Orders', 'Shipments'] },
      noteTakerContactId: ours.id,
    });
    expect(moved.status).toBe(200);
    const after = moved.body.meetings.filter(
      (m) => m.kind === 'weekly' && m.status === 'scheduled',
    );
    const byNumber = new Map(weekly.map((m) => [m.number, m]));
    const kept = after.filter((m) => byNumber.get(m.number)?.id === m.id);
    expect(kept.length).toBeGreaterThan(3);
    for (const meeting of kept) {
      expect(meeting.startsAt).not.toBe(byNumber.get(meeting.number)?.startsAt);
      expect(meeting.sequence).toBe(1);
    }
    // After the twice-weekly first month, every check-in falls on the new weekday.
    const settled = after.filter(
      (m) => new Date(m.startsAt).getTime() > Date.now() + 35 * 86_400_000,
    );
    expect(settled.length).toBeGreaterThan(0);
    for (const meeting of settled)
      expect(new Date(meeting.startsAt).getUTCDay()).toBe(checkInWeekday);
    const detail = await api.get<{ agenda: string[] }>(`${base}/meetings/${kept[0]?.id}`);
    expect(detail.body.agenda).toEqual(['Orders', 'Shipments']);
  });

  it('refuses a note-taker or attendee from another relationship and changes nothing', async () => {
    const { workspace, api, base, cadence, theirs } = await plannedRelationship();
    const other = await makeDistributor(workspace);
    const stranger = await makeContact(workspace, other.id);
    const refused = await api.patch<Problem>(`${base}/cadence`, {
      attendeeContactIds: [theirs.id, stranger.id],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors?.map((e) => e.pointer)).toEqual([
      '#/attendeeContactIds/1',
      '#/attendeeContactIds',
    ]);
    const badTaker = await api.patch<Problem>(`${base}/cadence`, {
      noteTakerContactId: stranger.id,
    });
    expect(badTaker.body.errors?.map((e) => e.pointer)).toEqual(['#/noteTakerContactId']);
    const unchanged = await api.get<Cadence>(`${base}/cadence`);
    expect(unchanged.body.meetings.map((m) => [m.id, m.startsAt, m.sequence])).toEqual(
      cadence.meetings.map((m) => [m.id, m.startsAt, m.sequence]),
    );
  });
});
