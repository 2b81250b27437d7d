import type { Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, fieldError, postgresConstraint, postgresErrorCode } from '../platform/errors.ts';
import {
  type Context,
  inTransaction,
  isPrincipal,
  principalEditors,
  requireDistributorAccess,
  requireRole,
} from '../platform/tenancy.ts';
import { distributorView, lifecycleHistoryView } from './distributor-view.ts';
import {
  findDistributor,
  findDistributorByName,
  insertDistributor,
  listDistributors,
  updateDistributor,
} from './distributors.queries.ts';
import type {
  DistributorInput,
  DistributorListQuery,
  DistributorPatch,
} from './distributors.schema.ts';
import {
  insertLifecycleEvent,
  listLifecycleEvents,
  listStageChanges,
} from './lifecycle.queries.ts';
import { canMoveToStage, nextLifecycleStages } from './lifecycle.ts';

export function listDistributorPage(ctx: Context, query: DistributorListQuery) {
  // The stage is the principal's own assessment: a filter by it would tell a distributor's user
  // its stage by whether its one row comes back.
  // So is the owner (principal-internal too).
  if ((query.stage || query.owner) && !isPrincipal(ctx.actor)) throw new AppError('forbidden');
  // "me" is the caller; an actor without a user (the command line) owns nothing.
  const owner =
    query.owner === 'me'
      ? (ctx.actor.userId ?? '00000000-0000-0000-0000-000000000000')
      : query.owner;
  return inTransaction(ctx, async (tx) => {
    const { items, total } = await listDistributors(
      tx,
      ctx.actor.workspaceId,
      ctx.actor.distributorId,
      { ...query, owner },
    );
    return {
      items: items.map((item) => {
        const { notes: _notes, ...view } = distributorView(ctx.actor, item);
        return { ...view, contactCount: item.contactCount };
      }),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

/** Loads a distributor the actor may see, or answers 404 (missing and forbidden look alike). */
export async function getVisibleDistributor(ctx: Context, tx: Tx, id: string) {
  requireDistributorAccess(ctx.actor, id);
  const row = await findDistributor(tx, ctx.actor.workspaceId, id);
  if (!row) throw new AppError('not_found');
  return row;
}

/** A distributor's profile; the principal's internal fields are never shown to its own staff. */
export function getDistributor(ctx: Context, id: string) {
  return inTransaction(ctx, async (tx) =>
    distributorView(ctx.actor, await getVisibleDistributor(ctx, tx, id)),
  );
}

function duplicateName(ctx: Context, name: string) {
  return new AppError('distributor_exists', {
    params: { name },
    errors: [{ pointer: '#/name', detail: ctx.t('errors.distributor_exists.detail', { name }) }],
  });
}

/** Two requests racing past the name check still meet the unique index; answer the same. */
function rethrowDuplicateName(ctx: Context, name: string) {
  return (error: unknown): never => {
    if (
      postgresErrorCode(error) === '23505' &&
      postgresConstraint(error) === 'distributor_name_key'
    ) {
      throw duplicateName(ctx, name);
    }
    throw error;
  };
}

export async function createDistributor(ctx: Context, input: DistributorInput) {
  const { actor } = ctx;
  requireRole(actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    if (await findDistributorByName(tx, actor.workspaceId, input.name)) {
      throw duplicateName(ctx, input.name);
    }
    const created = await insertDistributor(tx, actor.workspaceId, input).catch(
      rethrowDuplicateName(ctx, input.name),
    );
    if (!created) throw new Error('distributor insert returned no row');
    await insertLifecycleEvent(tx, {
      workspaceId: actor.workspaceId,
      distributorId: created.id,
      fromStage: null,
      toStage: created.lifecycleStage,
      reason: null,
      changedBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      entityType: 'distributor',
      entityId: created.id,
      distributorId: created.id,
      action: 'distributor.created',
      after: created,
    });
    return distributorView(actor, created);
  });
}

export async function updateDistributorProfile(ctx: Context, id: string, patch: DistributorPatch) {
  const { actor } = ctx;
  requireRole(actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const before = await getVisibleDistributor(ctx, tx, id);
    if (patch.name && patch.name.toLowerCase() !== before.name.toLowerCase()) {
      const clash = await findDistributorByName(tx, actor.workspaceId, patch.name);
      if (clash) throw duplicateName(ctx, patch.name);
    }
    const after = await updateDistributor(tx, actor.workspaceId, id, patch).catch(
      rethrowDuplicateName(ctx, patch.name ?? before.name),
    );
    const action =
      patch.status && patch.status !== before.status
        ? `distributor.${patch.status === 'archived' ? 'archived' : 'restored'}`
        : 'distributor.updated';
    await recordAudit(tx, actor, {
      entityType: 'distributor',
      entityId: id,
      distributorId: id,
      action,
      before,
      after,
    });
    return distributorView(actor, after ?? before);
  });
}

export async function changeLifecycleStage(
  ctx: Context,
  id: string,
  change: { stage: DistributorInput['lifecycleStage']; reason: string | null },
) {
  const { actor, t } = ctx;
  requireRole(actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const before = await getVisibleDistributor(ctx, tx, id);
    if (before.lifecycleStage === change.stage) {
      throw fieldError(t, '#/stage', 'validation.same_stage');
    }
    if (!canMoveToStage(before.lifecycleStage, change.stage)) {
      throw fieldError(t, '#/stage', 'validation.stage_transition', {
        from: t(`lifecycle.${before.lifecycleStage}`),
        to: t(`lifecycle.${change.stage}`),
        values: nextLifecycleStages(before.lifecycleStage)
          .map((stage) => t(`lifecycle.${stage}`))
          .join(', '),
      });
    }
    const after = await updateDistributor(tx, actor.workspaceId, id, {
      lifecycleStage: change.stage,
    });
    const event = await insertLifecycleEvent(tx, {
      workspaceId: actor.workspaceId,
      distributorId: id,
      fromStage: before.lifecycleStage,
      toStage: change.stage,
      reason: change.reason,
      changedBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      entityType: 'distributor',
      entityId: id,
      distributorId: id,
      action: 'distributor.lifecycle_changed',
      before: { lifecycleStage: before.lifecycleStage },
      after: { lifecycleStage: change.stage, reason: change.reason, eventId: event?.id },
    });
    return distributorView(actor, after ?? before);
  });
}

export function getLifecycleHistory(ctx: Context, id: string) {
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, id);
    return lifecycleHistoryView(
      ctx.actor,
      await listLifecycleEvents(tx, ctx.actor.workspaceId, id),
    );
  });
}

export type OnboardingSpan = {
  distributorId: string;
  name: string;
  country: string;
  /** When the relationship last entered the onboarding stage. */
  startedAt: Date;
  /** When it then left onboarding, if it has. */
  leftAt: Date | null;
};

/**
 * When each relationship (or the one asked for) last entered onboarding and when it left, from
 * the lifecycle history, in the caller's transaction (the onboarding journey, #18). A
 * distributor's user gets only its own; onboarding is a status both sides know.
 */
export function onboardingSpans(
  ctx: Context,
  tx: Tx,
  distributorId: string | null,
): Promise<OnboardingSpan[]> {
  return onboardingSpansIn(tx, ctx.actor.workspaceId, ctx.actor.distributorId ?? distributorId);
}

/**
 * The same spans in a workspace (or for one relationship), as the history stood at `until`: the
 * early warnings read them on the day they assess, outside any person's request.
 */
export async function onboardingSpansIn(
  tx: Tx,
  workspaceId: string,
  distributorId: string | null,
  until?: Date,
): Promise<OnboardingSpan[]> {
  const changes = await listStageChanges(tx, workspaceId, distributorId);
  const spans = new Map<string, OnboardingSpan>();
  for (const change of changes) {
    if (until && change.changedAt > until) break;
    const span = spans.get(change.distributorId);
    if (change.toStage === 'onboarding') {
      const { distributorId: id, name, country, changedAt } = change;
      spans.set(id, { distributorId: id, name, country, startedAt: changedAt, leftAt: null });
    } else if (span && !span.leftAt) {
      span.leftAt = change.changedAt;
    }
  }
  return [...spans.values()];
}
