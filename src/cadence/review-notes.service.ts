// The qualitative side of a distributor's performance: what its reviews (monthly, quarterly and
// annual meetings) recorded, for the reports domain's scorecard and review packs.
import type { Tx } from '../db/client.ts';
import { listPublishedReviewNotes } from './meetings.queries.ts';

/** The `limit` latest review meetings with published notes, newest first. */
export async function listReviewMeetingNotes(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  limit: number,
) {
  const rows = await listPublishedReviewNotes(tx, workspaceId, distributorId, limit);
  return rows.map((row) => ({
    meetingId: row.id,
    kind: row.kind,
    startsAt: row.startsAt,
    notes: row.notes ?? '',
  }));
}
