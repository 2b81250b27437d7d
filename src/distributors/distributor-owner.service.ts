// The account owner of a distributor, and the directory's bulk actions (stage, owner). A bulk
// action is one request with a result per row; each row is changed and audited in its own
// transaction, exactly as the single action would, so one refused row leaves the others changed
// (docs/decisions.md, "Account owners, bulk actions and saved filters").

import type { LifecycleStage } from '../db/types.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, fieldError, toProblem } from '../platform/errors.ts';
import {
  type Context,
  inTransaction,
  isPrincipal,
  principalEditors,
  requireRole,
} from '../platform/tenancy.ts';
import { distributorView } from './distributor-view.ts';
import { updateDistributor } from './distributors.queries.ts';
import { changeLifecycleStage, getVisibleDistributor } from './distributors.service.ts';
import { isPrincipalMember, listPrincipalMembers } from './owner.queries.ts';

/** The people who can own a distributor, for the directory's filter and the owner pickers. */
export function listOwnerCandidates(ctx: Context) {
  if (!isPrincipal(ctx.actor)) throw new AppError('forbidden');
  return inTransaction(ctx, (tx) => listPrincipalMembers(tx, ctx.actor.workspaceId));
}

export async function setDistributorOwner(ctx: Context, id: string, ownerId: string | null) {
  const { actor, t } = ctx;
  requireRole(actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const before = await getVisibleDistributor(ctx, tx, id);
    if (ownerId && !(await isPrincipalMember(tx, actor.workspaceId, ownerId))) {
      throw fieldError(t, '#/ownerId', 'validation.owner_not_principal');
    }
    if (before.ownerUserId === ownerId) return distributorView(actor, before);
    const after = await updateDistributor(tx, actor.workspaceId, id, { ownerUserId: ownerId });
    await recordAudit(tx, actor, {
      entityType: 'distributor',
      entityId: id,
      distributorId: id,
      action: 'distributor.owner_changed',
      before: { ownerId: before.ownerUserId, ownerName: before.ownerName },
      after: { ownerId, ownerName: after?.ownerName ?? null },
    });
    return distributorView(actor, after ?? before);
  });
}

export type BulkRowResult = {
  id: string;
  name: string | null;
  ok: boolean;
  detail: string | null;
};

/** Runs one change per distributor, each in its own transaction, and says how each went. */
async function eachRow(
  ctx: Context,
  ids: readonly string[],
  change: (id: string) => Promise<{ name: string }>,
): Promise<BulkRowResult[]> {
  const results: BulkRowResult[] = [];
  for (const id of new Set(ids)) {
    try {
      const { name } = await change(id);
      results.push({ id, name, ok: true, detail: null });
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      const problem = toProblem(error, ctx.t, undefined, undefined);
      const name = await inTransaction(ctx, (tx) =>
        getVisibleDistributor(ctx, tx, id).then(
          (row) => row.name,
          () => null,
        ),
      );
      results.push({
        id,
        name,
        ok: false,
        detail: problem.errors?.[0]?.detail ?? problem.detail ?? problem.title,
      });
    }
  }
  return results;
}

export function bulkChangeStage(
  ctx: Context,
  input: { ids: string[]; stage: LifecycleStage; reason: string },
) {
  // Refused as a whole before any row: a person who may not change stages changes none.
  requireRole(ctx.actor, principalEditors);
  return eachRow(ctx, input.ids, (id) =>
    changeLifecycleStage(ctx, id, { stage: input.stage, reason: input.reason }),
  );
}

export async function bulkChangeOwner(
  ctx: Context,
  input: { ids: string[]; ownerId: string | null },
) {
  const { actor, t } = ctx;
  requireRole(actor, principalEditors);
  if (input.ownerId) {
    const ownerId = input.ownerId;
    const valid = await inTransaction(ctx, (tx) =>
      isPrincipalMember(tx, actor.workspaceId, ownerId),
    );
    if (!valid) throw fieldError(t, '#/ownerId', 'validation.owner_not_principal');
  }
  return eachRow(ctx, input.ids, (id) => setDistributorOwner(ctx, id, input.ownerId));
}
