// The members of a workspace: principal editors list them; an admin (or an operator at the
// command line) adds an existing account with a role, changes a member's role within their side,
// and deactivates or reactivates a member. The workspace always keeps one active admin.
import type { Tx } from '../db/client.ts';
import type { Role } from '../db/types.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, fieldError } from '../platform/errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import { findMembership, insertMembership, listMembers } from './accounts.queries.ts';
import {
  deleteMemberSessionsAsOwner,
  findMemberForChange,
  lockActiveAdmins,
  updateMembership,
} from './members.queries.ts';

export function listWorkspaceMembers(ctx: Context) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, (tx) => listMembers(tx, ctx.actor.workspaceId));
}

/** Adds an existing account to the actor's workspace with a role (and distributor). */
export function addMember(
  ctx: Context,
  input: { userId: string; role: Role; distributorId: string | null },
) {
  requireRole(ctx.actor, ['principal_admin']);
  return inTransaction(ctx, async (tx) => {
    if (await findMembership(tx, ctx.actor.workspaceId, input.userId)) {
      throw new AppError('member_exists');
    }
    const member = await insertMembership(tx, { workspaceId: ctx.actor.workspaceId, ...input });
    await recordAudit(tx, ctx.actor, {
      entityType: 'membership',
      entityId: input.userId,
      action: 'membership.created',
      distributorId: input.distributorId,
      after: member,
    });
    return member;
  });
}

const isDistributorRole = (role: Role) => role.startsWith('distributor_');

/** Refuses a change that would leave the workspace without an active admin. */
async function assertNotLastAdmin(
  tx: Tx,
  workspaceId: string,
  member: { userId: string; name: string },
) {
  const admins = await lockActiveAdmins(tx, workspaceId);
  if (admins.length === 1 && admins[0] === member.userId) {
    throw new AppError('last_admin', { params: { name: member.name } });
  }
}

/**
 * Gives a member another role on their side: a principal's user among the principal's roles, a
 * distributor's user among the distributor's (their distributor stays the same).
 */
export function changeMemberRole(ctx: Context, userId: string, role: Role) {
  requireRole(ctx.actor, ['principal_admin']);
  return inTransaction(ctx, async (tx) => {
    const member = await findMemberForChange(tx, ctx.actor.workspaceId, userId);
    if (!member) throw new AppError('not_found');
    if (isDistributorRole(member.role) !== isDistributorRole(role)) {
      throw fieldError(ctx.t, '#/role', 'validation.role_other_side');
    }
    if (member.role === role) return member;
    if (member.role === 'principal_admin' && !member.deactivatedAt) {
      await assertNotLastAdmin(tx, ctx.actor.workspaceId, member);
    }
    await updateMembership(tx, ctx.actor.workspaceId, userId, { role });
    await recordAudit(tx, ctx.actor, {
      entityType: 'membership',
      entityId: userId,
      action: 'membership.role_changed',
      distributorId: member.distributorId,
      before: { name: member.name, role: member.role },
      after: { name: member.name, role },
    });
    return { ...member, role };
  });
}

/**
 * Deactivates a member (they can no longer sign in to this workspace, and their sessions and API
 * tokens in it stop working at once) or reactivates one.
 */
export async function setMemberActive(ctx: Context, userId: string, active: boolean) {
  requireRole(ctx.actor, ['principal_admin']);
  const member = await inTransaction(ctx, async (tx) => {
    const found = await findMemberForChange(tx, ctx.actor.workspaceId, userId);
    if (!found) throw new AppError('not_found');
    if (!found.deactivatedAt === active) return found;
    if (!active && found.role === 'principal_admin') {
      await assertNotLastAdmin(tx, ctx.actor.workspaceId, found);
    }
    const deactivatedAt = active ? null : ctx.clock.now();
    await updateMembership(tx, ctx.actor.workspaceId, userId, { deactivatedAt });
    await recordAudit(tx, ctx.actor, {
      entityType: 'membership',
      entityId: userId,
      action: active ? 'membership.reactivated' : 'membership.deactivated',
      distributorId: found.distributorId,
      before: { name: found.name, deactivatedAt: found.deactivatedAt },
      after: { name: found.name, deactivatedAt },
    });
    return { ...found, deactivatedAt };
  });
  // Sessions already fail to resolve for a deactivated membership; deleting them ends them for
  // good, so a reactivation does not bring an old session back.
  if (!active) await deleteMemberSessionsAsOwner(ctx.db, ctx.actor.workspaceId, userId);
  return member;
}
