// The published notes of a relationship's performance reviews, for the reports domain's scorecard
// (which asks through review-notes.service.ts, never this file).
import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { meeting } from '../db/schema.ts';

/** The latest monthly, quarterly and annual meetings with published notes, newest first. */
export function listPublishedReviewNotes(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  limit: number,
) {
  return tx
    .select({
      id: meeting.id,
      kind: meeting.kind,
      startsAt: meeting.startsAt,
      notes: meeting.notes,
    })
    .from(meeting)
    .where(
      and(
        eq(meeting.workspaceId, workspaceId),
        eq(meeting.distributorId, distributorId),
        inArray(meeting.kind, ['monthly', 'quarterly', 'annual']),
        isNotNull(meeting.notesPublishedAt),
      ),
    )
    .orderBy(desc(meeting.startsAt))
    .limit(limit);
}
