// Every SQL statement of account security: sessions, passwords and their reset links, the second
// factor and its recovery codes. These are the person's own, not a workspace's, so they run on the
// owner connection (`…AsOwner`, docs/decisions.md); only the workspace's requirement is tenant data.
import { and, count, desc, eq, gt, isNotNull, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import {
  appUser,
  membership,
  passwordReset,
  recoveryCode,
  userSession,
  workspace,
} from '../db/schema.ts';
import { actorColumns } from './accounts.queries.ts';
import { liveSessionConditions, membershipOf } from './actor-liveness.queries.ts';

type Owner = Db | Tx;

export function findUserByIdAsOwner(db: Owner, userId: string) {
  return db
    .select()
    .from(appUser)
    .where(eq(appUser.id, userId))
    .then((rows) => rows[0]);
}

/**
 * The signed-in person behind a session cookie, in the session's current workspace, if the
 * session has neither reached its end nor gone unused since `idleSince`.
 */
export function findSessionActorAsOwner(
  db: Db,
  sessionHash: string,
  { now, idleSince }: { now: Date; idleSince: Date },
) {
  return db
    .select({
      ...actorColumns,
      sessionId: userSession.publicId,
      // Whether last_seen_at is more than a minute old, so the caller writes only then.
      isSeenStale: sql<boolean>`(${userSession.lastSeenAt} < ${new Date(now.getTime() - 60_000)})`,
      // A workspace that requires a second factor lets someone without one only set it up.
      mustEnrolTwoFactor: sql<boolean>`(${workspace.requireTwoFactor} AND ${appUser.totpEnabledAt} IS NULL)`,
    })
    .from(userSession)
    .innerJoin(appUser, eq(appUser.id, userSession.userId))
    .innerJoin(workspace, eq(workspace.id, userSession.workspaceId))
    .innerJoin(membership, membershipOf(userSession.userId, userSession.workspaceId))
    .where(liveSessionConditions(sessionHash, { now, idleSince }))
    .then((rows) => rows[0]);
}

export function touchSessionAsOwner(db: Db, sessionHash: string, now: Date) {
  return db.update(userSession).set({ lastSeenAt: now }).where(eq(userSession.id, sessionHash));
}

export function listSessionsAsOwner(db: Db, userId: string, idleSince: Date, now: Date) {
  return db
    .select({
      id: userSession.publicId,
      hash: userSession.id,
      createdAt: userSession.createdAt,
      lastSeenAt: userSession.lastSeenAt,
      expiresAt: userSession.expiresAt,
      userAgent: userSession.userAgent,
      ip: userSession.ip,
    })
    .from(userSession)
    .where(
      and(
        eq(userSession.userId, userId),
        gt(userSession.expiresAt, now),
        gt(userSession.lastSeenAt, idleSince),
      ),
    )
    .orderBy(desc(userSession.lastSeenAt));
}

export function deleteSessionByIdAsOwner(db: Owner, userId: string, publicId: string) {
  return db
    .delete(userSession)
    .where(and(eq(userSession.userId, userId), eq(userSession.publicId, publicId)))
    .returning({ id: userSession.publicId })
    .then((rows) => rows[0]);
}

/** Ends every session of the person except the one whose hash is kept (none: all of them). */
export function deleteSessionsAsOwner(db: Owner, userId: string, keepHash?: string) {
  return db
    .delete(userSession)
    .where(and(eq(userSession.userId, userId), keepHash ? ne(userSession.id, keepHash) : undefined))
    .returning({ id: userSession.publicId })
    .then((rows) => rows.length);
}

/** Ended sessions are of no use to anyone: the hourly sweep deletes them. */
export function deleteEndedSessionsAsOwner(db: Db, now: Date, idleSince: Date) {
  return db
    .delete(userSession)
    .where(or(lt(userSession.expiresAt, now), lt(userSession.lastSeenAt, idleSince)))
    .returning({ id: userSession.publicId })
    .then((rows) => rows.length);
}

export function setPasswordAsOwner(tx: Owner, userId: string, passwordHash: string, now: Date) {
  return tx
    .update(appUser)
    .set({ passwordHash, passwordChangedAt: now })
    .where(eq(appUser.id, userId));
}

export function insertPasswordResetAsOwner(db: Owner, row: typeof passwordReset.$inferInsert) {
  return db.insert(passwordReset).values(row);
}

export function latestPasswordResetAsOwner(db: Db, userId: string) {
  return db
    .select({ createdAt: passwordReset.createdAt })
    .from(passwordReset)
    .where(eq(passwordReset.userId, userId))
    .orderBy(desc(passwordReset.createdAt))
    .limit(1)
    .then((rows) => rows[0]);
}

/** A reset link that can still be used: known, unused, unexpired. */
function usableReset(tokenHash: string, now: Date) {
  return and(
    eq(passwordReset.tokenHash, tokenHash),
    isNull(passwordReset.usedAt),
    gt(passwordReset.expiresAt, now),
  );
}

/** Marks an unused, unexpired link used; undefined when it is unknown, used or expired. */
export function spendPasswordResetAsOwner(tx: Owner, tokenHash: string, now: Date) {
  return tx
    .update(passwordReset)
    .set({ usedAt: now })
    .where(usableReset(tokenHash, now))
    .returning({ userId: passwordReset.userId })
    .then((rows) => rows[0]);
}

export function findPasswordResetAsOwner(db: Db, tokenHash: string, now: Date) {
  return db
    .select({ userId: passwordReset.userId })
    .from(passwordReset)
    .where(usableReset(tokenHash, now))
    .then((rows) => rows[0]);
}

export function setPendingTotpAsOwner(db: Owner, userId: string, sealedSecret: string) {
  return db.update(appUser).set({ totpPendingSecret: sealedSecret }).where(eq(appUser.id, userId));
}

/** The pending secret becomes the one in force, once a code from it was right. */
export function enableTotpAsOwner(tx: Owner, userId: string, now: Date, step: number) {
  return tx
    .update(appUser)
    .set({
      totpSecret: appUser.totpPendingSecret,
      totpPendingSecret: null,
      totpEnabledAt: now,
      totpLastStep: step,
    })
    .where(and(eq(appUser.id, userId), isNotNull(appUser.totpPendingSecret)))
    .returning({ id: appUser.id })
    .then((rows) => rows[0]);
}

export function disableTotpAsOwner(tx: Owner, userId: string) {
  return tx
    .update(appUser)
    .set({ totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null })
    .where(eq(appUser.id, userId));
}

/**
 * Records the time step of a code just accepted, only if it is later than the last one: a code
 * seen once (by a shoulder-surfer, a proxy's log) is refused the second time. False if it was not.
 */
export function claimTotpStepAsOwner(db: Owner, userId: string, step: number) {
  return db
    .update(appUser)
    .set({ totpLastStep: step })
    .where(
      and(eq(appUser.id, userId), or(isNull(appUser.totpLastStep), lt(appUser.totpLastStep, step))),
    )
    .returning({ id: appUser.id })
    .then((rows) => rows.length === 1);
}

export async function replaceRecoveryCodesAsOwner(tx: Owner, userId: string, hashes: string[]) {
  await tx.delete(recoveryCode).where(eq(recoveryCode.userId, userId));
  if (hashes.length) {
    await tx.insert(recoveryCode).values(hashes.map((codeHash) => ({ userId, codeHash })));
  }
}

export function spendRecoveryCodeAsOwner(db: Owner, userId: string, codeHash: string, now: Date) {
  return db
    .update(recoveryCode)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCode.userId, userId),
        eq(recoveryCode.codeHash, codeHash),
        isNull(recoveryCode.usedAt),
      ),
    )
    .returning({ userId: recoveryCode.userId })
    .then((rows) => rows.length === 1);
}

export function countUnusedRecoveryCodesAsOwner(db: Db, userId: string) {
  return db
    .select({ count: count() })
    .from(recoveryCode)
    .where(and(eq(recoveryCode.userId, userId), isNull(recoveryCode.usedAt)))
    .then((rows) => rows[0]?.count ?? 0);
}

/** Workspaces of the person that require a second factor (they may not switch it off). */
export function countWorkspacesRequiringTwoFactorAsOwner(db: Db, userId: string) {
  return db
    .select({ count: count() })
    .from(membership)
    .innerJoin(workspace, eq(workspace.id, membership.workspaceId))
    .where(and(eq(membership.userId, userId), eq(workspace.requireTwoFactor, true)))
    .then((rows) => rows[0]?.count ?? 0);
}

export function findWorkspaceSecurity(tx: Tx, workspaceId: string) {
  return tx
    .select({ requireTwoFactor: workspace.requireTwoFactor })
    .from(workspace)
    .where(eq(workspace.id, workspaceId))
    .then((rows) => rows[0]);
}

export function updateWorkspaceSecurity(tx: Tx, workspaceId: string, requireTwoFactor: boolean) {
  return tx
    .update(workspace)
    .set({ requireTwoFactor })
    .where(eq(workspace.id, workspaceId))
    .returning({ requireTwoFactor: workspace.requireTwoFactor })
    .then((rows) => rows[0]);
}
