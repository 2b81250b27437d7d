// What other domains ask of accounts: an actor for a credential they verified, and the people to
// mail. Each of accounts' own use cases has its file (sessions, API tokens, invitations, members,
// workspaces).
import type { Tx } from '../db/client.ts';
import type { Actor, Services } from '../platform/tenancy.ts';
import { findDistributorAdmins, findMemberActorAsOwner } from './accounts.queries.ts';
import { findMembersByIds, findMembersToNotify } from './members.queries.ts';

type Base = Pick<Services, 'db'>;

/** The actor behind a credential another domain verified (a calendar feed's token). */
export async function resolveMemberActor(
  base: Base,
  member: { workspaceId: string; userId: string },
  via: Actor['via'],
): Promise<(Actor & { workspaceName: string }) | undefined> {
  const row = await findMemberActorAsOwner(base.db, member.workspaceId, member.userId);
  return row ? { ...row, via, requestId: null } : undefined;
}

/** The distributor's admins, inside the caller's transaction (mail is queued in it). */
export function listDistributorAdmins(tx: Tx, workspaceId: string, distributorId: string) {
  return findDistributorAdmins(tx, workspaceId, distributorId);
}

/**
 * Members among these user ids that a thread may name (the principal's, and the caller's
 * distributor's), inside the caller's transaction: communication names thread participants.
 */
export function lookUpMembers(tx: Tx, workspaceId: string, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return findMembersByIds(tx, workspaceId, userIds);
}

/**
 * Every member who can still sign in, inside the caller's (system) transaction: notifications
 * decide who is told of an event and mail digests in each person's language and time zone.
 */
export function listMembersToNotify(tx: Tx, workspaceId: string) {
  return findMembersToNotify(tx, workspaceId);
}
