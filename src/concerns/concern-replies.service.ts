// The distributor's side of a sent concern: its users acknowledge it (who, when) and answer it in
// writing, each once; the principal reads both on the concern. A draft is never reachable here.
import type { Role } from '../db/schema.ts';
import { recordAudit } from '../platform/audit.ts';
import { type Context, inTransaction, requireRole } from '../platform/tenancy.ts';
import { concernView, stateError, visibleConcern } from './concern-drafting.service.ts';
import { updateConcern } from './concerns.queries.ts';

const distributorRoles: readonly Role[] = ['distributor_admin', 'distributor_member'];

export function acknowledgeConcern(ctx: Context, distributorId: string, id: string) {
  requireRole(ctx.actor, distributorRoles);
  return inTransaction(ctx, async (tx) => {
    const before = await visibleConcern(ctx, tx, distributorId, id);
    if (before.acknowledgedAt) throw stateError(ctx, before, 'acknowledge');
    await updateConcern(tx, ctx.actor.workspaceId, id, {
      acknowledgedAt: ctx.clock.now(),
      acknowledgedByUserId: ctx.actor.userId,
      acknowledgedByName: ctx.actor.name,
    });
    const after = await visibleConcern(ctx, tx, distributorId, id);
    await recordAudit(tx, ctx.actor, {
      entityType: 'performance_concern',
      entityId: id,
      distributorId,
      action: 'concern.acknowledged',
      after: { acknowledgedAt: after.acknowledgedAt, acknowledgedBy: after.acknowledgedByName },
    });
    return concernView(ctx, after);
  });
}

/** The written response; answering also acknowledges a concern not acknowledged yet. */
export function respondToConcern(
  ctx: Context,
  distributorId: string,
  id: string,
  input: { response: string },
) {
  requireRole(ctx.actor, distributorRoles);
  return inTransaction(ctx, async (tx) => {
    const before = await visibleConcern(ctx, tx, distributorId, id);
    if (before.respondedAt) throw stateError(ctx, before, 'respond');
    const now = ctx.clock.now();
    await updateConcern(tx, ctx.actor.workspaceId, id, {
      ...(before.acknowledgedAt
        ? {}
        : {
            acknowledgedAt: now,
            acknowledgedByUserId: ctx.actor.userId,
            acknowledgedByName: ctx.actor.name,
          }),
      response: input.response,
      respondedAt: now,
      respondedByUserId: ctx.actor.userId,
      respondedByName: ctx.actor.name,
    });
    const after = await visibleConcern(ctx, tx, distributorId, id);
    await recordAudit(tx, ctx.actor, {
      entityType: 'performance_concern',
      entityId: id,
      distributorId,
      action: 'concern.responded',
      after: { response: after.response, respondedAt: after.respondedAt },
    });
    return concernView(ctx, after);
  });
}
