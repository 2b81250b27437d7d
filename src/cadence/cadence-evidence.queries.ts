// What the relationship playbook reads of the cadence (#18): meetings held with their notes on
// time, and the first quarterly review held. The held rule and the notes rule are the discipline
// figures' own fragments, so the playbook and the scorecard count alike.
import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { meeting } from '../db/schema.ts';
import { heldSql, notesDueAtSql } from './discipline.queries.ts';

const held = heldSql(meeting.status, meeting.bothSidesPresent);
const notesOnTime = sql`(${meeting.notesPublishedAt} is not null
  and ${meeting.notesPublishedAt} <= ${notesDueAtSql(meeting.startsAt, meeting.minutes)})`;

/** Meetings that started in [since, now], were held, and had their notes published in time. */
export function countHeldWithNotesOnTime(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  since: Date,
  now: Date,
) {
  return tx
    .select({
      count: sql<number>`count(*)::int`,
      latestId: sql<string | null>`(array_agg(${meeting.id} order by ${meeting.startsAt} desc))[1]`,
    })
    .from(meeting)
    .where(
      and(
        eq(meeting.workspaceId, workspaceId),
        eq(meeting.distributorId, distributorId),
        gte(meeting.startsAt, since),
        lte(meeting.startsAt, now),
        held,
        notesOnTime,
      ),
    )
    .then((rows) => rows[0] ?? { count: 0, latestId: null });
}

/** The first quarterly business review held, with its notes published by `now`. */
export function findFirstHeldReview(tx: Tx, workspaceId: string, distributorId: string, now: Date) {
  return tx
    .select({ id: meeting.id, startsAt: meeting.startsAt })
    .from(meeting)
    .where(
      and(
        eq(meeting.workspaceId, workspaceId),
        eq(meeting.distributorId, distributorId),
        eq(meeting.kind, 'quarterly'),
        held,
        lte(meeting.notesPublishedAt, now),
      ),
    )
    .orderBy(asc(meeting.startsAt))
    .limit(1)
    .then((rows) => rows[0]);
}

/** The latest meeting held, for the playbook's link while too few count. */
export function findLatestHeldMeeting(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({ id: meeting.id, startsAt: meeting.startsAt })
    .from(meeting)
    .where(
      and(eq(meeting.workspaceId, workspaceId), eq(meeting.distributorId, distributorId), held),
    )
    .orderBy(desc(meeting.startsAt))
    .limit(1)
    .then((rows) => rows[0]);
}
