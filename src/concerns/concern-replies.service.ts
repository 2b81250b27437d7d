// The distributor's side of a sent concern: its users acknowledge it (who, when) and answer it in
// writing, each once; the principal reads both on the concern. A draft is never reachable here.
import { lookUpMembers } from '../accounts/accounts.service.ts';
import type { Tx } from '../db/client.ts';
import type { Role } from '../db/types.ts';
import { recordAudit } from '../platform/audit.ts';
import { translator } from '../platform/i18n.ts';
import { queueMail } from '../platform/mail.ts';
import { type Context, inTransaction, requireRole } from '../platform/tenancy.ts';
import { concernView, stateError, visibleConcern } from './concern-drafting.service.ts';
import { type ConcernRow, updateConcern } from './concerns.queries.ts';

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

/** Tells the principal's people who drafted and sent the concern that it has been answered. */
async function mailResponse(ctx: Context, tx: Tx, concern: ConcernRow) {
  const ids = [concern.createdByUserId, concern.sentByUserId].filter(
    (id): id is string => id !== null,
  );
  const people = await lookUpMembers(tx, ctx.actor.workspaceId, [...new Set(ids)]);
  const link = `${ctx.config.publicUrl}/distributors/${concern.distributorId}/concerns/${concern.id}`;
  for (const person of people.filter((member) => member.distributorId === null)) {
    const t = translator(person.locale);
    const params = {
      number: concern.number,
      distributor: concern.distributorName,
      name: ctx.actor.name,
      response: concern.response ?? '',
      link,
    };
    await queueMail(tx, ctx.actor.workspaceId, {
      to: person.email,
      subject: t('concerns.mail.respondedSubject', params),
      text: t('concerns.mail.respondedBody', params),
    });
  }
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
    await mailResponse(ctx, tx, after);
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
