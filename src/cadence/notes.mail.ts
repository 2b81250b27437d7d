// E-mail about meeting notes: the published notes to every attendee, and the note-taker's
// reminders (when the meeting ends, and once the 24 hours have passed). All through the outbox.
import { and, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database, Tx } from '../db/client.ts';
import { cadencePlan, contact, distributor, meeting, workspace } from '../db/schema.ts';
import { recordAudit } from '../platform/audit.ts';
import { translator } from '../platform/i18n.ts';
import { queueMail } from '../platform/mail.ts';
import { type Context, systemActor } from '../platform/tenancy.ts';
import { meetingDistributor, meetingNoteTaker, meetingPlan } from './meeting-joins.ts';
import type { meetingDetail } from './notes.service.ts';

type Detail = Awaited<ReturnType<typeof meetingDetail>>;

export function meetingLink(publicUrl: string, distributorId: string, meetingId: string) {
  return `${publicUrl}/distributors/${distributorId}/meetings/${meetingId}`;
}

async function workspaceName(tx: Tx, workspaceId: string) {
  const [row] = await tx
    .select({ name: workspace.name })
    .from(workspace)
    .where(eq(workspace.id, workspaceId));
  return row?.name ?? '';
}

/** "2026-03-31 14:00 (Asia/Ho_Chi_Minh)" for the person, else the time in UTC. */
function localWhen(detail: Detail, contactId: string) {
  const own = detail.attendees.find((attendee) => attendee.participantId === contactId);
  if (own) return `${own.localDate} ${own.localTime} (${own.timeZone})`;
  return `${detail.startsAt.toISOString().slice(0, 16).replace('T', ' ')} (UTC)`;
}

/** The published notes, to every attendee with an e-mail address (each address once). */
export async function queueNotesMail(ctx: Context, tx: Tx, distributorId: string, detail: Detail) {
  const t = translator('en');
  const principal = await workspaceName(tx, ctx.actor.workspaceId);
  const names = (present: boolean) =>
    detail.people.filter((person) => person.present === present).map((person) => person.name);
  const actions = detail.actionItems.map((item) =>
    t('email.meeting.notes.action', { title: item.title, owner: item.owner.name, due: item.dueOn }),
  );
  const sent = new Set<string>();
  for (const person of detail.people) {
    const address = person.email?.toLowerCase();
    if (!address || sent.has(address)) continue;
    sent.add(address);
    const params = {
      kind: t(`cadence.kind.${detail.kind}`),
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
 * Reminds each note-taker once when the meeting ends and once when the notes are overdue. A
 * system job across workspaces, run as the owner like the outbox delivery; each reminder is
 * queued, stamped and audited in one transaction.
 */
export async function sendNoteReminders(
  database: Database,
  publicUrl: string,
  options: { now?: Date; workspaceId?: string } = {},
) {
  const now = options.now ?? new Date();
  const ends = sql`(${meeting.startsAt} + ${meeting.minutes} * interval '1 minute')`;
  const overdue = sql`${ends} + interval '24 hours' < ${now}`;
  const due = await database.db
    .select({
      meeting,
      principal: workspace.name,
      distributorName: distributor.name,
      noteTaker: { name: contact.name, email: contact.email },
      isOverdue: sql<boolean>`${overdue}`,
    })
    .from(meeting)
    .innerJoin(workspace, eq(workspace.id, meeting.workspaceId))
    .innerJoin(distributor, meetingDistributor)
    .innerJoin(cadencePlan, meetingPlan)
    .leftJoin(contact, meetingNoteTaker)
    .where(
      and(
        options.workspaceId ? eq(meeting.workspaceId, options.workspaceId) : undefined,
        inArray(meeting.status, ['scheduled', 'held']),
        isNull(meeting.notesPublishedAt),
        lte(ends, now),
        gt(ends, new Date(now.getTime() - REMINDER_LOOKBACK_DAYS * 86_400_000)),
        or(isNull(meeting.notesRemindedAt), and(overdue, isNull(meeting.notesOverdueNotifiedAt))),
      ),
    );
  let sent = 0;
  for (const row of due) {
    const stage = row.isOverdue ? 'overdue' : 'due';
    await database.db.transaction(async (tx) => {
      if (row.noteTaker?.email) {
        const t = translator('en');
        const params = {
          name: row.noteTaker.name,
          kind: t(`cadence.kind.${row.meeting.kind}`),
          number: row.meeting.number,
          principal: row.principal,
          distributor: row.distributorName,
          due: new Date(row.meeting.startsAt.getTime() + (row.meeting.minutes + 24 * 60) * 60_000)
            .toISOString()
            .slice(0, 16)
            .replace('T', ' '),
          link: meetingLink(publicUrl, row.meeting.distributorId, row.meeting.id),
        };
        await queueMail(tx, row.meeting.workspaceId, {
          to: row.noteTaker.email,
          subject: t(`email.meeting.${stage}.subject`, params),
          text: t(`email.meeting.${stage}.body`, params),
        });
        sent += 1;
      }
      await tx
        .update(meeting)
        .set(
          stage === 'overdue'
            ? { notesRemindedAt: row.meeting.notesRemindedAt ?? now, notesOverdueNotifiedAt: now }
            : { notesRemindedAt: now },
        )
        .where(
          and(eq(meeting.workspaceId, row.meeting.workspaceId), eq(meeting.id, row.meeting.id)),
        );
      await recordAudit(tx, systemActor(row.meeting.workspaceId), {
        entityType: 'meeting',
        entityId: row.meeting.id,
        distributorId: row.meeting.distributorId,
        action: `meeting.notes_${stage}_reminder`,
        after: { recipient: row.noteTaker?.email ?? null },
      });
    });
  }
  return sent;
}
