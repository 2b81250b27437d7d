import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { appUser, membership, type Role, userSession } from '../db/schema.ts';

type Row = {
  user_id: string;
  name: string;
  email: string;
  locale: string;
  role: Role;
  distributor_id: string | null;
};

/**
 * Enabled members among these user ids that a thread of the caller may name: the principal's, and
 * the caller's distributor's. Through liaison_thread_members() (migration 0013), because a
 * distributor's user may not read the principal's memberships.
 */
export async function findMembersByIds(tx: Tx, workspaceId: string, userIds: string[]) {
  // Both drivers answer execute() with an object holding `rows`.
  const result = (await tx.execute(
    sql`SELECT * FROM liaison_thread_members(${workspaceId}::uuid, ${sql.param(userIds)}::uuid[])`,
  )) as unknown as { rows: Row[] };
  return result.rows.map((row) => ({
    userId: row.user_id,
    name: row.name,
    email: row.email,
    locale: row.locale,
    role: row.role,
    distributorId: row.distributor_id,
  }));
}

/** Members who can still sign in, with what notifications need: side, language and time zone. */
export function findMembersToNotify(tx: Tx, workspaceId: string) {
  return tx
    .select({
      userId: appUser.id,
      name: appUser.name,
      email: appUser.email,
      locale: appUser.locale,
      timeZone: appUser.timeZone,
      role: membership.role,
      distributorId: membership.distributorId,
    })
    .from(membership)
    .innerJoin(appUser, eq(appUser.id, membership.userId))
    .where(
      and(
        eq(membership.workspaceId, workspaceId),
        isNull(appUser.disabledAt),
        isNull(membership.deactivatedAt),
      ),
    );
}

/** A member of the workspace with their name, for a change to their membership. */
export function findMemberForChange(tx: Tx, workspaceId: string, userId: string) {
  return tx
    .select({
      userId: membership.userId,
      name: appUser.name,
      role: membership.role,
      distributorId: membership.distributorId,
      deactivatedAt: membership.deactivatedAt,
    })
    .from(membership)
    .innerJoin(appUser, eq(appUser.id, membership.userId))
    .where(and(eq(membership.workspaceId, workspaceId), eq(membership.userId, userId)))
    .then((rows) => rows[0]);
}

/**
 * The active admins' user ids, their rows locked until the transaction ends: two admins demoting
 * each other at the same moment cannot both pass the last-admin check.
 */
export function lockActiveAdmins(tx: Tx, workspaceId: string) {
  return tx
    .select({ userId: membership.userId })
    .from(membership)
    .where(
      and(
        eq(membership.workspaceId, workspaceId),
        eq(membership.role, 'principal_admin'),
        isNull(membership.deactivatedAt),
      ),
    )
    .for('update')
    .then((rows) => rows.map((row) => row.userId));
}

export function updateMembership(
  tx: Tx,
  workspaceId: string,
  userId: string,
  patch: { role?: Role; deactivatedAt?: Date | null },
) {
  return tx
    .update(membership)
    .set(patch)
    .where(and(eq(membership.workspaceId, workspaceId), eq(membership.userId, userId)))
    .returning()
    .then((rows) => rows[0]);
}

/** Ends a member's sessions in one workspace (sessions are read only by the owner connection). */
export function deleteMemberSessionsAsOwner(db: Db, workspaceId: string, userId: string) {
  return db
    .delete(userSession)
    .where(and(eq(userSession.workspaceId, workspaceId), eq(userSession.userId, userId)));
}
