// Every SQL statement of accounts. Functions named *AsOwner run on the owner connection, before a
// workspace is known (sign-in, token and invitation look-ups); all others take a tenant tx.
import { and, desc, eq, gt, isNull, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import {
  apiToken,
  appUser,
  distributor,
  invitation,
  membership,
  type Role,
  userSession,
  workspace,
} from '../db/schema.ts';
import { liveTokenConditions, membershipOf } from './actor-liveness.queries.ts';

export function findUserByEmailAsOwner(db: Db, email: string) {
  return db
    .select()
    .from(appUser)
    .where(sql`lower(${appUser.email}) = lower(${email})`)
    .then((rows) => rows[0]);
}

export function listMembershipsAsOwner(db: Db | Tx, userId: string) {
  return (
    db
      .select({
        workspaceId: membership.workspaceId,
        workspaceName: workspace.name,
        workspaceSlug: workspace.slug,
        role: membership.role,
        distributorId: membership.distributorId,
      })
      .from(membership)
      .innerJoin(workspace, eq(workspace.id, membership.workspaceId))
      // A deactivated member cannot sign in to, or switch to, that workspace.
      .where(and(eq(membership.userId, userId), isNull(membership.deactivatedAt)))
      .orderBy(workspace.name)
  );
}

export const actorColumns = {
  userId: appUser.id,
  name: appUser.name,
  email: appUser.email,
  locale: appUser.locale,
  timeZone: appUser.timeZone,
  workspaceId: membership.workspaceId,
  role: membership.role,
  distributorId: membership.distributorId,
};

export function findTokenActorAsOwner(db: Db, tokenHash: string, now: Date) {
  return db
    .select({
      ...actorColumns,
      tokenId: apiToken.id,
      // Whether last_used_at is more than a minute old, so the caller writes only then.
      isUseStale: sql<boolean>`(${apiToken.lastUsedAt} IS NULL OR ${apiToken.lastUsedAt} < ${new Date(now.getTime() - 60_000)})`,
    })
    .from(apiToken)
    .innerJoin(appUser, eq(appUser.id, apiToken.userId))
    .innerJoin(membership, membershipOf(apiToken.userId, apiToken.workspaceId))
    .where(liveTokenConditions(tokenHash))
    .then((rows) => rows[0]);
}

export function touchTokenAsOwner(db: Db, workspaceId: string, tokenId: string, now: Date) {
  return db
    .update(apiToken)
    .set({ lastUsedAt: now })
    .where(and(eq(apiToken.workspaceId, workspaceId), eq(apiToken.id, tokenId)));
}

export function insertSessionAsOwner(db: Db, row: typeof userSession.$inferInsert) {
  return db.insert(userSession).values(row);
}

export function deleteSessionAsOwner(db: Db, sessionHash: string) {
  return db.delete(userSession).where(eq(userSession.id, sessionHash));
}

export function switchSessionWorkspaceAsOwner(db: Db, sessionHash: string, workspaceId: string) {
  return db.update(userSession).set({ workspaceId }).where(eq(userSession.id, sessionHash));
}

export function findWorkspaceBySlugAsOwner(db: Db, slug: string) {
  return db
    .select()
    .from(workspace)
    .where(eq(workspace.slug, slug))
    .then((rows) => rows[0]);
}

export function listWorkspacesAsOwner(db: Db) {
  return db.select().from(workspace).orderBy(workspace.slug);
}

export function insertWorkspaceAsOwner(db: Db | Tx, row: typeof workspace.$inferInsert) {
  return db
    .insert(workspace)
    .values(row)
    .returning()
    .then((rows) => rows[0]);
}

export function insertUserAsOwner(db: Db | Tx, row: typeof appUser.$inferInsert) {
  return db
    .insert(appUser)
    .values(row)
    .returning()
    .then((rows) => rows[0]);
}

export function findInvitationByTokenAsOwner(db: Db, tokenHash: string, now: Date) {
  return db
    .select({
      invitation,
      workspaceName: workspace.name,
      workspaceLocale: workspace.defaultLocale,
      distributorName: distributor.name,
      distributorLanguages: distributor.languages,
      distributorTimeZone: distributor.timeZone,
    })
    .from(invitation)
    .innerJoin(workspace, eq(workspace.id, invitation.workspaceId))
    .leftJoin(
      distributor,
      and(
        eq(distributor.workspaceId, invitation.workspaceId),
        eq(distributor.id, invitation.distributorId),
      ),
    )
    .where(
      and(
        eq(invitation.tokenHash, tokenHash),
        isNull(invitation.acceptedAt),
        isNull(invitation.revokedAt),
        gt(invitation.expiresAt, now),
      ),
    )
    .then((rows) => rows[0]);
}

// ---- tenant queries (row-level security applies) ----

export function findMembership(tx: Tx, workspaceId: string, userId: string) {
  return tx
    .select()
    .from(membership)
    .where(and(eq(membership.workspaceId, workspaceId), eq(membership.userId, userId)))
    .then((rows) => rows[0]);
}

export function insertMembership(tx: Tx, row: typeof membership.$inferInsert) {
  return tx
    .insert(membership)
    .values(row)
    .returning()
    .then((rows) => rows[0]);
}

export function listMembers(tx: Tx, workspaceId: string) {
  return tx
    .select({
      userId: appUser.id,
      name: appUser.name,
      email: appUser.email,
      role: membership.role,
      distributorId: membership.distributorId,
      distributorName: distributor.name,
      joinedAt: membership.createdAt,
      deactivatedAt: membership.deactivatedAt,
    })
    .from(membership)
    .innerJoin(appUser, eq(appUser.id, membership.userId))
    .leftJoin(
      distributor,
      and(
        eq(distributor.workspaceId, membership.workspaceId),
        eq(distributor.id, membership.distributorId),
      ),
    )
    .where(eq(membership.workspaceId, workspaceId))
    .orderBy(appUser.name);
}

export function updateUserProfile(
  tx: Tx,
  userId: string,
  values: { name?: string; locale?: string; timeZone?: string },
) {
  return tx
    .update(appUser)
    .set(values)
    .where(eq(appUser.id, userId))
    .returning({
      id: appUser.id,
      name: appUser.name,
      email: appUser.email,
      locale: appUser.locale,
      timeZone: appUser.timeZone,
    })
    .then((rows) => rows[0]);
}

export function insertApiToken(tx: Tx, row: typeof apiToken.$inferInsert) {
  return tx
    .insert(apiToken)
    .values(row)
    .returning()
    .then((rows) => rows[0]);
}

const tokenColumns = {
  id: apiToken.id,
  name: apiToken.name,
  tokenPrefix: apiToken.tokenPrefix,
  userId: apiToken.userId,
  createdAt: apiToken.createdAt,
  lastUsedAt: apiToken.lastUsedAt,
  revokedAt: apiToken.revokedAt,
};

export function listApiTokens(tx: Tx, workspaceId: string, userId: string) {
  return tx
    .select(tokenColumns)
    .from(apiToken)
    .where(and(eq(apiToken.workspaceId, workspaceId), eq(apiToken.userId, userId)))
    .orderBy(desc(apiToken.createdAt));
}

export function revokeApiToken(
  tx: Tx,
  workspaceId: string,
  userId: string,
  tokenId: string,
  now: Date,
) {
  return tx
    .update(apiToken)
    .set({ revokedAt: now })
    .where(
      and(
        eq(apiToken.workspaceId, workspaceId),
        eq(apiToken.userId, userId),
        eq(apiToken.id, tokenId),
        isNull(apiToken.revokedAt),
      ),
    )
    .returning(tokenColumns)
    .then((rows) => rows[0]);
}

export function insertInvitation(tx: Tx, row: typeof invitation.$inferInsert) {
  return tx
    .insert(invitation)
    .values(row)
    .returning()
    .then((rows) => rows[0]);
}

export function listInvitations(tx: Tx, workspaceId: string) {
  return tx
    .select({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      distributorId: invitation.distributorId,
      distributorName: distributor.name,
      createdAt: invitation.createdAt,
      expiresAt: invitation.expiresAt,
      acceptedAt: invitation.acceptedAt,
      revokedAt: invitation.revokedAt,
    })
    .from(invitation)
    .leftJoin(
      distributor,
      and(
        eq(distributor.workspaceId, invitation.workspaceId),
        eq(distributor.id, invitation.distributorId),
      ),
    )
    .where(eq(invitation.workspaceId, workspaceId))
    .orderBy(desc(invitation.createdAt));
}

/**
 * Changes an open invitation (neither accepted nor revoked): accepts or revokes it, or gives it
 * a new secret (the old link stops working, the new one runs anew).
 */
export function markInvitation(
  tx: Tx,
  workspaceId: string,
  invitationId: string,
  change: { acceptedAt?: Date; revokedAt?: Date; tokenHash?: string; expiresAt?: Date },
) {
  return tx
    .update(invitation)
    .set(change)
    .where(
      and(
        eq(invitation.workspaceId, workspaceId),
        eq(invitation.id, invitationId),
        isNull(invitation.acceptedAt),
        isNull(invitation.revokedAt),
      ),
    )
    .returning()
    .then((rows) => rows[0]);
}

export type NewMembership = { workspaceId: string; userId: string; role: Role };

export function findWorkspaceName(tx: Tx, workspaceId: string) {
  return tx
    .select({ name: workspace.name })
    .from(workspace)
    .where(eq(workspace.id, workspaceId))
    .then((rows) => rows[0]?.name ?? '');
}

/**
 * A member of a workspace as an actor, for a credential found by another domain before any
 * workspace is known (a calendar feed's token); undefined for a disabled user or a former member.
 */
export function findMemberActorAsOwner(db: Db, workspaceId: string, userId: string) {
  return db
    .select({ ...actorColumns, workspaceName: workspace.name })
    .from(membership)
    .innerJoin(appUser, eq(appUser.id, membership.userId))
    .innerJoin(workspace, eq(workspace.id, membership.workspaceId))
    .where(
      and(
        eq(membership.workspaceId, workspaceId),
        eq(membership.userId, userId),
        isNull(appUser.disabledAt),
        isNull(membership.deactivatedAt),
      ),
    )
    .then((rows) => rows[0]);
}

/** The distributor's admins who can still sign in: they receive charter and report mail. */
export function findDistributorAdmins(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({ email: appUser.email, name: appUser.name, locale: appUser.locale })
    .from(membership)
    .innerJoin(appUser, eq(appUser.id, membership.userId))
    .where(
      and(
        eq(membership.workspaceId, workspaceId),
        eq(membership.distributorId, distributorId),
        eq(membership.role, 'distributor_admin'),
        isNull(appUser.disabledAt),
        isNull(membership.deactivatedAt),
      ),
    );
}

// Fragments for other domains' queries: each takes the SQL expression it is evaluated for.

/** The name of the user with this id, or null: who changed something, in another domain's list. */
export function userNameSql(userId: SQLWrapper): SQL<string | null> {
  return sql<
    string | null
  >`(select ${appUser.name} from ${appUser} where ${appUser.id} = ${userId})`;
}
