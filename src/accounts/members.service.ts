// The members of a workspace: principal editors list them; an admin (or an operator at the
// command line) adds an existing account with a role.
import type { Role } from '../db/types.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError } from '../platform/errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import { findMembership, insertMembership, listMembers } from './accounts.queries.ts';

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
