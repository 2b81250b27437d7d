// Meetings across every relationship the caller can see: the week ahead, or the notes still owed.
// The principal's dashboard reads it for the whole portfolio, a distributor's for its own.
import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { cadencePlan, contact, distributor, meeting } from '../db/schema.ts';
import { type Context, inTransaction } from '../platform/tenancy.ts';
import { DISCIPLINE_DAYS } from './discipline.service.ts';
import { meetingDistributor, meetingNoteTaker, meetingPlan } from './meeting-joins.ts';
import type { MeetingOverviewQuery } from './notes.schema.ts';
import { notesDueAt, notesState } from './notes-rules.ts';

export function listMeetings(ctx: Context, query: MeetingOverviewQuery) {
  const now = new Date();
  const pending = query.notes === 'pending';
  const from = pending
    ? new Date(now.getTime() - DISCIPLINE_DAYS * 86_400_000)
    : new Date(query.from ?? now);
  const to = pending ? now : new Date(query.to ?? now.getTime() + 7 * 86_400_000);
  return inTransaction(ctx, async (tx) => {
    const rows = await tx
      .select({ meeting, distributorName: distributor.name, noteTaker: contact.name })
      .from(meeting)
      .innerJoin(distributor, meetingDistributor)
      .innerJoin(cadencePlan, meetingPlan)
      .leftJoin(contact, meetingNoteTaker)
      .where(
        and(
          eq(meeting.workspaceId, ctx.actor.workspaceId),
          ctx.actor.distributorId ? eq(meeting.distributorId, ctx.actor.distributorId) : undefined,
          gte(meeting.startsAt, from),
          lte(meeting.startsAt, to),
          pending
            ? and(
                isNull(meeting.notesPublishedAt),
                inArray(meeting.status, ['scheduled', 'held']),
                sql`${meeting.startsAt} + ${meeting.minutes} * interval '1 minute' <= ${now}`,
              )
            : undefined,
        ),
      )
      .orderBy(pending ? desc(meeting.startsAt) : asc(meeting.startsAt))
      .limit(query.limit);
    return {
      items: rows.map((row) => ({
        id: row.meeting.id,
        kind: row.meeting.kind,
        number: row.meeting.number,
        startsAt: row.meeting.startsAt,
        minutes: row.meeting.minutes,
        status: row.meeting.status,
        videoUrl: row.meeting.videoUrl,
        notesDueAt: notesDueAt(row.meeting),
        notesState: notesState(row.meeting, now),
        distributorId: row.meeting.distributorId,
        distributorName: row.distributorName,
        noteTaker: row.noteTaker,
      })),
    };
  });
}
