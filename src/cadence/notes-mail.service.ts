// E-mail about meeting notes: the published notes to every attendee, and the note-taker's
// reminders (when the meeting ends, and once the 24 hours have passed). All through the outbox.
import { DateTime } from 'luxon';
import type { Database, Tx } from '../db/client.ts';
import { lookUpContactsWithLanguage } from '../distributors/contacts.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { translator } from '../platform/i18n.ts';
import { queueMail } from '../platform/mail.ts';
import { type Context, inSystemTransaction, systemActor } from '../platform/tenancy.ts';
import {
  findDueNoteReminder,
  findPrincipalName,
  listDueNoteRemindersAsOwner,
  type ReminderWindow,
  updateMeetingRow,
} from './meetings.queries.ts';
import type { meetingDetail } from './notes.service.ts';
import { notesDueAt } from './notes-rules.ts';
import type { PlannedOccurrence } from './rotation.ts';
import { rhythmOf } from './schedule.ts';

type Detail = Awaited<ReturnType<typeof meetingDetail>>;

export function meetingLink(publicUrl: string, distributorId: string, meetingId: string) {
  return `${publicUrl}/distributors/${distributorId}/meetings/${meetingId}`;
}

/** "2026-03-31 14:00 (Asia/Ho_Chi_Minh)" for the person, else the time in UTC. */
function localWhen(detail: Detail, contactId: string) {
  const own = detail.attendees.find((attendee) => attendee.participantId === contactId);
  if (own) return `${own.localDate} ${own.localTime} (${own.timeZone})`;
  return `${detail.startsAt.toISOString().slice(0, 16).replace('T', ' ')} (UTC)`;
}

/** The published notes, to every attendee with an e-mail address (each address once). */
export async function queueNotesMail(ctx: Context, tx: Tx, distributorId: string, detail: Detail) {
  const principal = await findPrincipalName(tx, ctx.actor.workspaceId);
  // Each person reads the mail in their language: the notes stay as written.
  const languages = new Map(
    (
      await lookUpContactsWithLanguage(tx, ctx.actor.workspaceId, {
        distributorId,
        ids: detail.people.map((person) => person.contactId),
      })
    ).map((person) => [person.id, person.language]),
  );
  const names = (present: boolean) =>
    detail.people.filter((person) => person.present === present).map((person) => person.name);
  const sent = new Set<string>();
  for (const person of detail.people) {
    const address = person.email?.toLowerCase();
    if (!address || sent.has(address)) continue;
    sent.add(address);
    const t = translator(languages.get(person.contactId));
    const actions = detail.actionItems.map((item) =>
      t('email.meeting.notes.action', {
        title: item.title,
        owner: item.owner.name,
        due: item.dueOn,
      }),
    );
    const params = {
      kind: t(`cadence.kind.${detail.rhythm}`),
      number: detail.number,
      principal,
      distributor: detail.distributorName,
      when: localWhen(detail, person.contactId),
      actor: ctx.actor.name,
      present: names(true).join(', ') || '–',
      absent: names(false).join(', ') || '–',
      agenda: detail.agenda.map((item) => `- ${item}`).join('\n'),
      notes: detail.notes ?? '',
      actions: actions.join('\n') || t('email.meeting.notes.no_actions'),
      link: meetingLink(ctx.config.publicUrl, distributorId, detail.id),
    };
    await queueMail(tx, ctx.actor.workspaceId, {
      to: address,
      subject: t('email.meeting.notes.subject', params),
      text: t('email.meeting.notes.body', params),
    });
  }
  return sent.size;
}

/** Reminders go out for meetings that ended within this many days; older ones are only flagged. */
const REMINDER_LOOKBACK_DAYS = 7;

/**
 * Reminds each note-taker once when the meeting ends and once when the notes are overdue. Finds
 * the meetings across workspaces as the owner, then queues, stamps and audits each reminder in
 * one transaction inside its workspace (row-level security on). `scope` confines a test's run
 * to its own workspace.
 */
export async function sendNoteReminders(
  database: Database,
  publicUrl: string,
  now: Date,
  scope: { workspaceId?: string } = {},
) {
  const window: ReminderWindow = {
    now,
    endedAfter: DateTime.fromJSDate(now, { zone: 'utc' })
      .minus({ days: REMINDER_LOOKBACK_DAYS })
      .toJSDate(),
  };
  const due = await listDueNoteRemindersAsOwner(database.db, window, scope.workspaceId ?? null);
  let sent = 0;
  for (const { workspaceId, meetingId } of due) {
    await inSystemTransaction(database, workspaceId, async (tx) => {
      // Asked again inside the workspace: another run may have sent it meanwhile.
      const row = await findDueNoteReminder(tx, workspaceId, meetingId, window);
      if (!row) return;
      const stage = row.isOverdue ? 'overdue' : 'due';
      const [noteTaker] = row.noteTakerContactId
        ? await lookUpContactsWithLanguage(tx, workspaceId, {
            distributorId: row.meeting.distributorId,
            ids: [row.noteTakerContactId],
          })
        : [];
      if (noteTaker?.email) {
        const t = translator(noteTaker.language);
        const params = {
          name: noteTaker.name,
          kind: t(
            `cadence.kind.${rhythmOf(row.meeting.kind, (row.meeting.rotation as PlannedOccurrence).date, row.planStartsOn)}`,
          ),
          number: row.meeting.number,
          principal: row.principal,
          distributor: row.distributorName,
          due: notesDueAt(row.meeting).toISOString().slice(0, 16).replace('T', ' '),
          link: meetingLink(publicUrl, row.meeting.distributorId, row.meeting.id),
        };
        await queueMail(tx, workspaceId, {
          to: noteTaker.email,
          subject: t(`email.meeting.${stage}.subject`, params),
          text: t(`email.meeting.${stage}.body`, params),
        });
        sent += 1;
      }
      await updateMeetingRow(
        tx,
        workspaceId,
        meetingId,
        stage === 'overdue'
          ? { notesRemindedAt: row.meeting.notesRemindedAt ?? now, notesOverdueNotifiedAt: now }
          : { notesRemindedAt: now },
      );
      await recordAudit(tx, systemActor(workspaceId), {
        entityType: 'meeting',
        entityId: meetingId,
        distributorId: row.meeting.distributorId,
        action: `meeting.notes_${stage}_reminder`,
        after: { recipient: noteTaker?.email ?? null },
      });
    });
  }
  return sent;
}
