// Progress on what was agreed: an objective done, a milestone under way or done. Either side's
// plan writers record it directly, without the other side's agreement: it changes no commitment,
// and both sides see who did it and when (the objective names who ticked it; the audit log
// keeps every step).
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { todayIn } from '../platform/clock.ts';
import { AppError } from '../platform/errors.ts';
import { type Context, inTransaction } from '../platform/tenancy.ts';
import {
  findMilestone,
  findObjective,
  lockPlan,
  updateMilestone,
  updateObjective,
} from './plan.queries.ts';
import { isPlanWriter, milestoneView } from './plan-views.ts';

export function setObjectiveDone(
  ctx: Context,
  distributorId: string,
  objectiveId: string,
  isDone: boolean,
) {
  if (!isPlanWriter(ctx.actor)) throw new AppError('forbidden');
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    await lockPlan(tx, ctx.actor.workspaceId, distributorId);
    const row = await findObjective(tx, ctx.actor.workspaceId, distributorId, objectiveId);
    if (!row) throw new AppError('not_found');
    const doneAt = isDone ? (row.doneAt ?? ctx.clock.now()) : null;
    const doneByName = isDone ? (row.doneByName ?? ctx.actor.name) : null;
    await updateObjective(tx, ctx.actor.workspaceId, row.id, { doneAt, doneByName });
    await recordAudit(tx, ctx.actor, {
      entityType: 'plan_objective',
      entityId: row.id,
      distributorId,
      action: isDone ? 'plan.objective_done' : 'plan.objective_reopened',
      before: { text: row.text, isDone: row.doneAt !== null },
      after: { text: row.text, isDone },
    });
    return {
      id: row.id,
      text: row.text,
      ownerSide: row.ownerSide,
      isDone,
      doneAt,
      doneByName,
    };
  });
}

export function setMilestoneStatus(
  ctx: Context,
  distributorId: string,
  milestoneId: string,
  status: 'planned' | 'in_progress' | 'done',
) {
  if (!isPlanWriter(ctx.actor)) throw new AppError('forbidden');
  return inTransaction(ctx, async (tx) => {
    const distributor = await getVisibleDistributor(ctx, tx, distributorId);
    await lockPlan(tx, ctx.actor.workspaceId, distributorId);
    const row = await findMilestone(tx, ctx.actor.workspaceId, distributorId, milestoneId);
    if (!row) throw new AppError('not_found');
    const today = todayIn(ctx.clock, distributor.timeZone);
    const after = await updateMilestone(tx, ctx.actor.workspaceId, row.id, {
      status,
      doneOn: status === 'done' ? (row.doneOn ?? today) : null,
    });
    if (!after) throw new Error('milestone vanished in its own transaction');
    await recordAudit(tx, ctx.actor, {
      entityType: 'plan_milestone',
      entityId: row.id,
      distributorId,
      action: 'plan.milestone_status',
      before: { title: row.title, status: row.status },
      after: { title: row.title, status },
    });
    return milestoneView(after, today);
  });
}
