// The SQL of the charter reminder job: the due versions across workspaces (owner), and each
// version's details and stamp in its own workspace's scope.
import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { charterVersion, distributor, workspace } from '../db/schema.ts';

/**
 * Every charter version, across workspaces, that waits for the distributor (in negotiation or
 * agreed) and was not reminded since `remindedBefore`, while the distributor is active and has no
 * signed charter yet. Ids only: the reminder job handles each in its own workspace's scope.
 */
export function listDueCharterRemindersAsOwner(db: Db, remindedBefore: Date) {
  return db
    .select({ workspaceId: charterVersion.workspaceId, id: charterVersion.id })
    .from(charterVersion)
    .innerJoin(
      distributor,
      and(
        eq(distributor.workspaceId, charterVersion.workspaceId),
        eq(distributor.id, charterVersion.distributorId),
      ),
    )
    .where(
      and(
        inArray(charterVersion.status, ['negotiation', 'agreed']),
        eq(distributor.status, 'active'),
        or(
          isNull(charterVersion.lastRemindedAt),
          lt(charterVersion.lastRemindedAt, remindedBefore),
        ),
        sql`NOT EXISTS (SELECT 1 FROM charter_version s WHERE s.workspace_id = ${charterVersion.workspaceId}
              AND s.distributor_id = ${charterVersion.distributorId} AND s.status IN ('signed', 'superseded'))`,
      ),
    );
}

/** A version a reminder is about, with the principal's name the mail shows. */
export function findReminderVersion(tx: Tx, workspaceId: string, id: string) {
  return tx
    .select({
      id: charterVersion.id,
      distributorId: charterVersion.distributorId,
      version: charterVersion.version,
      status: charterVersion.status,
      principal: workspace.name,
    })
    .from(charterVersion)
    .innerJoin(workspace, eq(workspace.id, charterVersion.workspaceId))
    .where(and(eq(charterVersion.workspaceId, workspaceId), eq(charterVersion.id, id)))
    .then((rows) => rows[0]);
}

export function markCharterReminded(tx: Tx, workspaceId: string, id: string, now: Date) {
  return tx
    .update(charterVersion)
    .set({ lastRemindedAt: now })
    .where(and(eq(charterVersion.workspaceId, workspaceId), eq(charterVersion.id, id)));
}
