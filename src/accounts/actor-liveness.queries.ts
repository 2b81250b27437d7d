// The conditions under which a session or an API token still stands for its person, written once:
// the look-ups that resolve a request's actor use them, and so does the check that a remembered
// actor (actor-cache.ts) is still live, folded into the statement that opens the request's
// transaction. Both run as the owner (docs/decisions.md, "…AsOwner").
import { type AnyColumn, and, eq, gt, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { apiToken, appUser, membership, userSession } from '../db/schema.ts';
import type { Actor } from '../platform/tenancy.ts';

/** A session that has neither reached its end nor gone unused since `idleSince`, of an active member. */
export function liveSessionConditions(
  sessionHash: string,
  { now, idleSince }: { now: Date; idleSince: Date },
): SQL {
  return and(
    eq(userSession.id, sessionHash),
    gt(userSession.expiresAt, now),
    gt(userSession.lastSeenAt, idleSince),
    isNull(appUser.disabledAt),
    isNull(membership.deactivatedAt),
  ) as SQL;
}

/** A token not revoked, of an active member. */
export function liveTokenConditions(tokenHash: string): SQL {
  return and(
    eq(apiToken.tokenHash, tokenHash),
    isNull(apiToken.revokedAt),
    isNull(appUser.disabledAt),
    isNull(membership.deactivatedAt),
  ) as SQL;
}

/** The join to the person's membership of the workspace a session or token is for. */
export function membershipOf(userId: AnyColumn, workspaceId: AnyColumn): SQL {
  return and(eq(membership.userId, userId), eq(membership.workspaceId, workspaceId)) as SQL;
}

/** The remembered actor's authority is still the member's: workspace, role and distributor. */
function sameAuthority(actor: Actor): SQL {
  return and(
    eq(membership.workspaceId, actor.workspaceId),
    eq(membership.role, actor.role),
    sql`${membership.distributorId} is not distinct from ${actor.distributorId}`,
  ) as SQL;
}

/** True while the session still signs in `actor` as remembered. */
export function sessionStillLive(
  db: Db,
  sessionHash: string,
  times: { now: Date; idleSince: Date },
  actor: Actor,
): SQL {
  const query = db
    .select({ one: sql`1` })
    .from(userSession)
    .innerJoin(appUser, eq(appUser.id, userSession.userId))
    .innerJoin(membership, membershipOf(userSession.userId, userSession.workspaceId))
    .where(and(liveSessionConditions(sessionHash, times), sameAuthority(actor)));
  return sql`exists (${query})`;
}

/** True while the token still stands for `actor` as remembered. */
export function tokenStillLive(db: Db, tokenHash: string, actor: Actor): SQL {
  const query = db
    .select({ one: sql`1` })
    .from(apiToken)
    .innerJoin(appUser, eq(appUser.id, apiToken.userId))
    .innerJoin(membership, membershipOf(apiToken.userId, apiToken.workspaceId))
    .where(and(liveTokenConditions(tokenHash), sameAuthority(actor)));
  return sql`exists (${query})`;
}

/** Answers a liveness condition on its own, for a request that opened no tenant transaction. */
export async function isStillLiveAsOwner(db: Db, condition: SQL): Promise<boolean> {
  const result = (await db.execute(sql`select ${condition} as live`)) as unknown as {
    rows: { live: boolean }[];
  };
  return result.rows[0]?.live === true;
}
