// Every SQL statement about new times proposed for meetings (meeting_time_proposal).
import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { meetingTimeProposal } from '../db/schema.ts';

export type TimeProposalRow = typeof meetingTimeProposal.$inferSelect;

export function insertTimeProposal(tx: Tx, values: typeof meetingTimeProposal.$inferInsert) {
  return tx
    .insert(meetingTimeProposal)
    .values(values)
    .returning()
    .then((rows) => rows[0]);
}

/** One proposal of a meeting, locked for the rest of the transaction. */
export function findTimeProposalForUpdate(
  tx: Tx,
  workspaceId: string,
  meetingId: string,
  proposalId: string,
) {
  return tx
    .select()
    .from(meetingTimeProposal)
    .where(
      and(
        eq(meetingTimeProposal.workspaceId, workspaceId),
        eq(meetingTimeProposal.meetingId, meetingId),
        eq(meetingTimeProposal.id, proposalId),
      ),
    )
    .for('update')
    .then((rows) => rows[0]);
}

/** The proposal still waiting for an answer, if any (one at most per meeting). */
export function findPendingTimeProposal(tx: Tx, workspaceId: string, meetingId: string) {
  return tx
    .select()
    .from(meetingTimeProposal)
    .where(
      and(
        eq(meetingTimeProposal.workspaceId, workspaceId),
        eq(meetingTimeProposal.meetingId, meetingId),
        eq(meetingTimeProposal.status, 'pending'),
      ),
    )
    .then((rows) => rows[0]);
}

export function updateTimeProposalRow(
  tx: Tx,
  workspaceId: string,
  proposalId: string,
  changes: Partial<typeof meetingTimeProposal.$inferInsert>,
) {
  return tx
    .update(meetingTimeProposal)
    .set(changes)
    .where(
      and(eq(meetingTimeProposal.workspaceId, workspaceId), eq(meetingTimeProposal.id, proposalId)),
    )
    .returning()
    .then((rows) => rows[0]);
}

/** A meeting's proposals, newest first. */
export function listTimeProposals(tx: Tx, workspaceId: string, meetingId: string) {
  return tx
    .select()
    .from(meetingTimeProposal)
    .where(
      and(
        eq(meetingTimeProposal.workspaceId, workspaceId),
        eq(meetingTimeProposal.meetingId, meetingId),
      ),
    )
    .orderBy(desc(meetingTimeProposal.createdAt));
}

/** Closes the meeting's waiting proposal as withdrawn: the meeting changed by other means. */
export function closePendingTimeProposal(
  tx: Tx,
  workspaceId: string,
  meetingId: string,
  by: { userId: string | null; name: string; now: Date },
) {
  return tx
    .update(meetingTimeProposal)
    .set({
      status: 'withdrawn',
      answeredBy: by.userId,
      answeredByName: by.name,
      answeredAt: by.now,
    })
    .where(
      and(
        eq(meetingTimeProposal.workspaceId, workspaceId),
        eq(meetingTimeProposal.meetingId, meetingId),
        eq(meetingTimeProposal.status, 'pending'),
      ),
    );
}
