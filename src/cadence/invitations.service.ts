// E-mailed invitations: each attendee gets a METHOD:REQUEST for a meeting two weeks before it, an
// update whenever it moves (its SEQUENCE rose since the last mail), and a METHOD:CANCEL when it is
// cancelled or skipped after being sent. An hourly system job, so a plan of six months does not
// flood inboxes on the day it is made; the feed carries the whole horizon.
import { DateTime } from 'luxon';
import type { Database } from '../db/client.ts';
import { lookUpContactsWithLanguage } from '../distributors/contacts.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { translator } from '../platform/i18n.ts';
import { queueMail } from '../platform/mail.ts';
import { inSystemTransaction, systemActor } from '../platform/tenancy.ts';
import { calendarMeetingOf } from './calendar-meeting.ts';
import { type CalendarMeeting, renderInvitation } from './ical.ts';
import {
  findPendingInvitation,
  type InvitationWindow,
  listPendingInvitationsAsOwner,
  updateMeetingRow,
} from './meetings.queries.ts';
import { meetingLink } from './notes-mail.service.ts';

export const INVITE_DAYS_AHEAD = 14;

/** "Mon, 2 Mar 2026, 09:00 Europe/Berlin" in the person's language and time zone. */
function when(calendar: CalendarMeeting, zone: string | null, language: string) {
  const at = DateTime.fromJSDate(calendar.startsAt, { zone: zone ?? calendar.timeZone }).setLocale(
    language,
  );
  const formatted = at.toLocaleString({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${formatted} ${at.zoneName}`;
}

/**
 * Queues the invitations due at `now` and returns how many e-mails were queued. Finds the
 * meetings across workspaces as the owner, then mails, stamps and audits each meeting in one
 * transaction inside its workspace (row-level security on). `scope` confines a test's run to its
 * own workspace.
 */
export async function sendMeetingInvitations(
  database: Database,
  publicUrl: string,
  now: Date,
  scope: { workspaceId?: string } = {},
) {
  const window: InvitationWindow = {
    now,
    horizon: DateTime.fromJSDate(now, { zone: 'utc' }).plus({ days: INVITE_DAYS_AHEAD }).toJSDate(),
  };
  const uidDomain = new URL(publicUrl).hostname;
  let queued = 0;
  const pending = await listPendingInvitationsAsOwner(
    database.db,
    window,
    scope.workspaceId ?? null,
  );
  for (const { workspaceId, meetingId } of pending) {
    await inSystemTransaction(database, workspaceId, async (tx) => {
      // Asked again inside the workspace: another run may have sent it meanwhile.
      const row = await findPendingInvitation(tx, workspaceId, meetingId, window);
      if (!row) return;
      const people = await lookUpContactsWithLanguage(tx, workspaceId, {
        distributorId: row.meeting.distributorId,
      });
      // Each person's invitation in their language: the same event (UID, sequence, people), its
      // title and description written for them.
      const inLanguage = (language: string) => {
        const t = translator(language);
        const calendar = calendarMeetingOf(
          row.meeting,
          row.plan,
          people,
          { principal: row.principal, distributor: row.distributorName },
          t,
        );
        // RFC 5546 needs an organiser's address; without one nothing is sent, and the feed still works.
        const content = calendar.organizer.email
          ? renderInvitation(calendar, method, { uidDomain, sentAt: now })
          : null;
        return { t, calendar, content };
      };
      const event = calendarMeetingOf(
        row.meeting,
        row.plan,
        people,
        { principal: row.principal, distributor: row.distributorName },
        translator('en'),
      );
      const method = event.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
      const recipients = event.organizer.email
        ? event.attendees.map((attendee) => attendee.email)
        : [];
      for (const person of people.filter((p) => p.email && recipients.includes(p.email))) {
        const { t, calendar, content } = inLanguage(person.language);
        const params = {
          name: person.name,
          summary: calendar.summary,
          when: when(calendar, person.timeZone, person.language),
          minutes: calendar.durationMinutes,
          video: calendar.videoUrl ?? t('email.meeting.invitation.no_video'),
          agenda: calendar.agenda
            .split(' · ')
            .map((item) => `- ${item}`)
            .join('\n'),
          link: meetingLink(publicUrl, row.meeting.distributorId, row.meeting.id),
          // Why it was called off, as the person who did it wrote (a re-plan gives none).
          reasonLine: row.meeting.statusReason
            ? `${t('email.meeting.invitation.cancelled_reason', {
                by: row.meeting.statusChangedByName ?? '—',
                reason: row.meeting.statusReason,
              })}\n`
            : '',
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
      await updateMeetingRow(tx, workspaceId, meetingId, { invitedSequence: row.meeting.sequence });
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
