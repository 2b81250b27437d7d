// Meetings across every relationship the caller can see: the week ahead, or the notes still owed.
// The principal's dashboard reads it for the whole portfolio, a distributor's for its own.
import { DateTime } from 'luxon';
import { lookUpContacts } from '../distributors/contacts.service.ts';
import { type Context, inTransaction } from '../platform/tenancy.ts';
import { DISCIPLINE_DAYS } from './discipline.service.ts';
import { listMeetingsBetween } from './meetings.queries.ts';
import type { MeetingOverviewQuery } from './notes.schema.ts';
import { notesDueAt, notesState } from './notes-rules.ts';
import type { PlannedOccurrence } from './rotation.ts';
import { rhythmOf } from './schedule.ts';

export function listMeetings(ctx: Context, query: MeetingOverviewQuery) {
  const now = ctx.clock.now();
  const pending = query.notes === 'pending';
  const from = pending
    ? DateTime.fromJSDate(now, { zone: 'utc' }).minus({ days: DISCIPLINE_DAYS }).toJSDate()
    : new Date(query.from ?? now);
  const to = pending
    ? now
    : query.to
      ? new Date(query.to)
      : DateTime.fromJSDate(now, { zone: 'utc' }).plus({ days: 7 }).toJSDate();
  return inTransaction(ctx, async (tx) => {
    const rows = await listMeetingsBetween(tx, ctx.actor.workspaceId, {
      distributorId: ctx.actor.distributorId,
      from,
      to,
      pendingNotesAt: pending ? now : null,
      limit: query.limit,
    });
    const noteTakerIds = rows.flatMap((row) => row.noteTakerContactId ?? []);
    const noteTakers = await lookUpContacts(tx, ctx.actor.workspaceId, {
      ids: [...new Set(noteTakerIds)],
    });
    const nameOf = new Map(noteTakers.map((person) => [person.id, person.name]));
    return {
      items: rows.map((row) => ({
        id: row.meeting.id,
        kind: row.meeting.kind,
        rhythm: rhythmOf(
          row.meeting.kind,
          (row.meeting.rotation as PlannedOccurrence).date,
          row.planStartsOn,
        ),
        number: row.meeting.number,
        startsAt: row.meeting.startsAt,
        minutes: row.meeting.minutes,
        status: row.meeting.status,
        videoUrl: row.meeting.videoUrl,
        notesDueAt: notesDueAt(row.meeting),
        notesState: notesState(row.meeting, now),
        distributorId: row.meeting.distributorId,
        distributorName: row.distributorName,
        noteTaker: (row.noteTakerContactId && nameOf.get(row.noteTakerContactId)) ?? null,
      })),
    };
  });
}
