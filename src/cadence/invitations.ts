// E-mailed invitations: each attendee gets a METHOD:REQUEST for a meeting two weeks before it, an
// update whenever it moves (its SEQUENCE rose since the last mail), and a METHOD:CANCEL when it is
// cancelled or skipped after being sent. An hourly system job, so a plan of six months does not
// flood inboxes on the day it is made; the feed carries the whole horizon.
import { and, eq, gt, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Database } from '../db/client.ts';
import { cadencePlan, contact, distributor, meeting, workspace } from '../db/schema.ts';
import { recordAudit } from '../platform/audit.ts';
import { translator } from '../platform/i18n.ts';
import { queueMail } from '../platform/mail.ts';
import { systemActor } from '../platform/tenancy.ts';
import { calendarMeetingOf } from './calendar-meeting.ts';
import { type CalendarMeeting, renderInvitation } from './ical.ts';
import { meetingDistributor, meetingPlan } from './meeting-joins.ts';
import { meetingLink } from './notes.mail.ts';

export const INVITE_DAYS_AHEAD = 14;

function pendingInvitations(database: Database, now: Date, workspaceId?: string) {
  const horizon = new Date(now.getTime() + INVITE_DAYS_AHEAD * 86_400_000);
  return database.db
    .select({
      meeting,
      plan: cadencePlan,
      principal: workspace.name,
      distributorName: distributor.name,
    })
    .from(meeting)
    .innerJoin(workspace, eq(workspace.id, meeting.workspaceId))
    .innerJoin(distributor, meetingDistributor)
    .innerJoin(cadencePlan, meetingPlan)
    .where(
      and(
        workspaceId ? eq(meeting.workspaceId, workspaceId) : undefined,
        sql`${meeting.invitedSequence} is distinct from ${meeting.sequence}`,
        gt(meeting.startsAt, now),
        or(
          // Soon and not yet sent in this version; or moved after it was sent, however far.
          and(
            eq(meeting.status, 'scheduled'),
            or(lt(meeting.startsAt, horizon), isNotNull(meeting.invitedSequence)),
          ),
          and(
            inArray(meeting.status, ['cancelled', 'skipped']),
            isNotNull(meeting.invitedSequence),
          ),
        ),
      ),
    )
    .orderBy(meeting.startsAt);
}

function when(calendar: CalendarMeeting, zone: string | null) {
  const at = DateTime.fromJSDate(calendar.startsAt, { zone: zone ?? calendar.timeZone });
  return `${at.toFormat('ccc d LLL yyyy, HH:mm')} ${at.zoneName}`;
}

/** Queues the invitations due now and returns how many e-mails were queued. */
export async function sendMeetingInvitations(
  database: Database,
  publicUrl: string,
  options: { now?: Date; workspaceId?: string } = {},
) {
  const now = options.now ?? new Date();
  const uidDomain = new URL(publicUrl).hostname;
  const t = translator('en');
  let queued = 0;
  for (const row of await pendingInvitations(database, now, options.workspaceId)) {
    await database.db.transaction(async (tx) => {
      const people = await tx
        .select({
          id: contact.id,
          name: contact.name,
          email: contact.email,
          side: contact.side,
          timeZone: contact.timeZone,
        })
        .from(contact)
        .where(
          and(
            eq(contact.workspaceId, row.meeting.workspaceId),
            eq(contact.distributorId, row.meeting.distributorId),
          ),
        );
      const calendar = calendarMeetingOf(
        row.meeting,
        row.plan,
        people,
        { principal: row.principal, distributor: row.distributorName },
        t,
      );
      const method = calendar.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
      // RFC 5546 needs an organiser's address; without one nothing is sent, and the feed still works.
      const content = calendar.organizer.email
        ? renderInvitation(calendar, method, { uidDomain, sentAt: now })
        : null;
      const recipients = content ? calendar.attendees.map((attendee) => attendee.email) : [];
      for (const person of people.filter((p) => p.email && recipients.includes(p.email))) {
        const params = {
          name: person.name,
          summary: calendar.summary,
          when: when(calendar, person.timeZone),
          minutes: calendar.durationMinutes,
          video: calendar.videoUrl ?? t('email.meeting.invitation.no_video'),
          agenda: calendar.agenda
            .split(' · ')
            .map((item) => `- ${item}`)
            .join('\n'),
          link: meetingLink(publicUrl, row.meeting.distributorId, row.meeting.id),
        };
        const subject =
          method === 'CANCEL'
            ? 'cancelled_subject'
            : row.meeting.invitedSequence === null
              ? 'subject'
              : 'updated_subject';
        await queueMail(tx, row.meeting.workspaceId, {
          to: person.email ?? '',
          subject: t(`email.meeting.invitation.${subject}`, params),
          text: t(
            `email.meeting.invitation.${method === 'CANCEL' ? 'cancelled_body' : 'body'}`,
            params,
          ),
          calendar: content ? { method, content } : undefined,
        });
        queued += 1;
      }
      await tx
        .update(meeting)
        .set({ invitedSequence: row.meeting.sequence })
        .where(
          and(eq(meeting.workspaceId, row.meeting.workspaceId), eq(meeting.id, row.meeting.id)),
        );
      await recordAudit(tx, systemActor(row.meeting.workspaceId), {
        entityType: 'meeting',
        entityId: row.meeting.id,
        distributorId: row.meeting.distributorId,
        action: method === 'CANCEL' ? 'meeting.cancellation_sent' : 'meeting.invitation_sent',
        after: { sequence: row.meeting.sequence, recipients },
      });
    });
  }
  return queued;
}
