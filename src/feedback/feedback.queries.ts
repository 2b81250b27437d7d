// Every SQL statement of feedback rounds and their answers, and the two reads of the schedule's
// job across workspaces (as the owner: no workspace is known yet).
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { distributor, feedbackAnswer, feedbackRound, workspace } from '../db/schema.ts';

export type FeedbackRoundRow = typeof feedbackRound.$inferSelect;
export type FeedbackAnswerRow = typeof feedbackAnswer.$inferSelect;

async function rowsOf<Row>(db: Db | Tx, query: ReturnType<typeof sql>): Promise<Row[]> {
  // Both drivers answer `execute` with an object carrying `rows`; drizzle types it per driver.
  return ((await db.execute(query)) as unknown as { rows: Row[] }).rows;
}

/** A distributor's rounds, newest quarter first. */
export function listRounds(tx: Tx, workspaceId: string, distributorId: string, limit: number) {
  return tx
    .select()
    .from(feedbackRound)
    .where(
      and(
        eq(feedbackRound.workspaceId, workspaceId),
        eq(feedbackRound.distributorId, distributorId),
      ),
    )
    .orderBy(desc(feedbackRound.quarter))
    .limit(limit);
}

export function listAnswers(tx: Tx, workspaceId: string, roundIds: string[]) {
  if (roundIds.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(feedbackAnswer)
    .where(
      and(eq(feedbackAnswer.workspaceId, workspaceId), inArray(feedbackAnswer.roundId, roundIds)),
    )
    .orderBy(feedbackAnswer.side, feedbackAnswer.answeredAt);
}

/** One round of this distributor, locked: answers to it serialise, so nobody answers twice. */
export function findRoundForUpdate(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  roundId: string,
) {
  return tx
    .select()
    .from(feedbackRound)
    .where(
      and(
        eq(feedbackRound.workspaceId, workspaceId),
        eq(feedbackRound.distributorId, distributorId),
        eq(feedbackRound.id, roundId),
      ),
    )
    .for('update')
    .then((rows) => rows[0]);
}

export function findRoundByQuarter(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  quarter: string,
) {
  return tx
    .select()
    .from(feedbackRound)
    .where(
      and(
        eq(feedbackRound.workspaceId, workspaceId),
        eq(feedbackRound.distributorId, distributorId),
        eq(feedbackRound.quarter, quarter),
      ),
    )
    .then((rows) => rows[0]);
}

/** Inserts a round unless the quarter has one already (then answers undefined). */
export function insertRound(tx: Tx, values: typeof feedbackRound.$inferInsert) {
  return tx
    .insert(feedbackRound)
    .values(values)
    .onConflictDoNothing()
    .returning()
    .then((rows) => rows[0]);
}

export function insertAnswer(tx: Tx, values: typeof feedbackAnswer.$inferInsert) {
  return tx
    .insert(feedbackAnswer)
    .values(values)
    .returning()
    .then((rows) => rows[0]);
}

export function markRoundReminded(tx: Tx, workspaceId: string, roundId: string, at: Date) {
  return tx
    .update(feedbackRound)
    .set({ remindedAt: at })
    .where(and(eq(feedbackRound.workspaceId, workspaceId), eq(feedbackRound.id, roundId)));
}

/** The distributor's name, for mail and notifications. */
export function findDistributorName(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({ name: distributor.name, ownerUserId: distributor.ownerUserId })
    .from(distributor)
    .where(and(eq(distributor.workspaceId, workspaceId), eq(distributor.id, distributorId)))
    .then((rows) => rows[0]);
}

/**
 * Working relationships (onboarding, active, at risk; not archived) with no round for this
 * quarter, in every workspace (or one): ids only, read as the owner because it crosses
 * workspaces; each round is then opened inside its workspace's scope.
 */
export function listDistributorsWithoutRoundAsOwner(db: Db, quarter: string, workspaceId?: string) {
  return rowsOf<{ workspace_id: string; distributor_id: string }>(
    db,
    sql`select d.workspace_id, d.id as distributor_id from distributor d
      where d.status = 'active' and d.lifecycle_stage in ('onboarding', 'active', 'at_risk')
        ${workspaceId ? sql`and d.workspace_id = ${workspaceId}` : sql``}
        and not exists (select 1 from feedback_round r where r.workspace_id = d.workspace_id
          and r.distributor_id = d.id and r.quarter = ${quarter})
      order by d.workspace_id, d.name`,
  );
}

/**
 * Open rounds opened at or before `openedBefore` whose reminder has not gone out, in every
 * workspace (or one): ids only, as the owner, like the list above.
 */
export function listRoundsToRemindAsOwner(
  db: Db,
  now: Date,
  openedBefore: Date,
  workspaceId?: string,
) {
  return rowsOf<{ workspace_id: string; round_id: string }>(
    db,
    sql`select r.workspace_id, r.id as round_id from feedback_round r
      where r.reminded_at is null and r.closes_at > ${now.toISOString()}::timestamptz
        and r.opened_at <= ${openedBefore.toISOString()}::timestamptz
        ${workspaceId ? sql`and r.workspace_id = ${workspaceId}` : sql``}
      order by r.workspace_id, r.opened_at`,
  );
}

/** The principal's name: its workspace's. */
export function findWorkspaceName(tx: Tx, workspaceId: string) {
  return tx
    .select({ name: workspace.name })
    .from(workspace)
    .where(eq(workspace.id, workspaceId))
    .then((rows) => rows[0]?.name ?? '');
}

/** A round by id, in a system transaction of its workspace. */
export function findRound(tx: Tx, workspaceId: string, roundId: string) {
  return tx
    .select()
    .from(feedbackRound)
    .where(and(eq(feedbackRound.workspaceId, workspaceId), eq(feedbackRound.id, roundId)))
    .then((rows) => rows[0]);
}
