import type { Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, fieldError, postgresErrorCode } from '../platform/errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import {
  deleteEscalationStep,
  findContact,
  findEscalationStep,
  insertEscalationStep,
  listEscalationSteps,
  updateEscalationStep,
} from './distributors.queries.ts';
import type { EscalationStepInput, EscalationStepPatch } from './distributors.schema.ts';
import { getVisibleDistributor } from './distributors.service.ts';

/** Both ladders of a relationship, visible to both sides: each must know whom to call. */
export function getEscalationLadder(ctx: Context, distributorId: string) {
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    return listEscalationSteps(tx, ctx.actor.workspaceId, distributorId);
  });
}

/** Both ladders inside the caller's transaction, for the charter's handbook. */
export function listEscalationLadder(tx: Tx, workspaceId: string, distributorId: string) {
  return listEscalationSteps(tx, workspaceId, distributorId);
}

async function requireContactOnSide(
  ctx: Context,
  tx: Tx,
  distributorId: string,
  contactId: string,
  side: 'principal' | 'distributor',
) {
  const found = await findContact(tx, ctx.actor.workspaceId, distributorId, contactId);
  if (!found) throw fieldError(ctx.t, '#/contactId', 'validation.contact_other_distributor');
  if (found.side !== side) {
    throw fieldError(ctx.t, '#/contactId', 'validation.contact_wrong_side', {
      side: ctx.t(`side.${side}`),
    });
  }
}

function rethrowLevelTaken(ctx: Context, level: number, side: 'principal' | 'distributor') {
  return (error: unknown): never => {
    if (postgresErrorCode(error) === '23505') {
      // The side's name as it reads inside a sentence (lower case in English, a noun in German).
      const params = { level, side: ctx.t(`sideInSentence.${side}`) };
      throw new AppError('escalation_level_taken', {
        params,
        errors: [
          { pointer: '#/level', detail: ctx.t('errors.escalation_level_taken.detail', params) },
        ],
      });
    }
    throw error;
  };
}

export function addEscalationStep(ctx: Context, distributorId: string, input: EscalationStepInput) {
  const { actor } = ctx;
  requireRole(actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    await requireContactOnSide(ctx, tx, distributorId, input.contactId, input.side);
    const inserted = await insertEscalationStep(tx, {
      ...input,
      workspaceId: actor.workspaceId,
      distributorId,
    }).catch(rethrowLevelTaken(ctx, input.level, input.side));
    if (!inserted) throw new Error('escalation step insert returned no row');
    const created = await findEscalationStep(tx, actor.workspaceId, distributorId, inserted.id);
    if (!created) throw new Error('escalation step vanished after insert');
    await recordAudit(tx, actor, {
      entityType: 'escalation_step',
      entityId: inserted.id,
      distributorId,
      action: 'escalation_step.created',
      after: created,
    });
    return created;
  });
}

export function changeEscalationStep(
  ctx: Context,
  distributorId: string,
  id: string,
  patch: EscalationStepPatch,
) {
  const { actor } = ctx;
  requireRole(actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const before = await findEscalationStep(tx, actor.workspaceId, distributorId, id);
    if (!before) throw new AppError('not_found');
    if (patch.contactId) {
      await requireContactOnSide(ctx, tx, distributorId, patch.contactId, before.side);
    }
    await updateEscalationStep(tx, actor.workspaceId, id, patch).catch(
      rethrowLevelTaken(ctx, patch.level ?? before.level, before.side),
    );
    const after = await findEscalationStep(tx, actor.workspaceId, distributorId, id);
    await recordAudit(tx, actor, {
      entityType: 'escalation_step',
      entityId: id,
      distributorId,
      action: 'escalation_step.updated',
      before,
      after,
    });
    return after ?? before;
  });
}

export function removeEscalationStep(ctx: Context, distributorId: string, id: string) {
  const { actor } = ctx;
  requireRole(actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const before = await findEscalationStep(tx, actor.workspaceId, distributorId, id);
    if (!before) throw new AppError('not_found');
    await deleteEscalationStep(tx, actor.workspaceId, id);
    await recordAudit(tx, actor, {
      entityType: 'escalation_step',
      entityId: id,
      distributorId,
      action: 'escalation_step.deleted',
      before,
    });
  });
}
