// The other side's answer to a proposed plan change: agreeing applies it to the plan in the same
// transaction; declining needs a reason; the proposer may withdraw it while it waits. A change
// whose goal or milestone moved on since it was proposed is refused as stale, so nobody agrees
// to something other than what they read.
import type { Tx } from '../db/client.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError } from '../platform/errors.ts';
import { publishEvent } from '../platform/events.ts';
import { type Context, inTransaction } from '../platform/tenancy.ts';
import {
  type ChangeRow,
  deleteObjectivesOfGoal,
  findChange,
  findGoal,
  findMilestone,
  insertGoal,
  insertMilestone,
  insertObjectives,
  listObjectives,
  lockPlan,
  nextGoalPosition,
  replaceResponsibilities,
  updateChange,
  updateGoal,
  updateMilestone,
} from './plan.queries.ts';
import {
  type ChangeValues,
  changeView,
  goalValues,
  isPlanWriter,
  milestoneValues,
  sideOfActor,
} from './plan-views.ts';

/** Key order aside (jsonb keeps its own), the same values. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, item]) => [key, canonical(item)]),
    );
  }
  return value;
}
const sameValues = (a: unknown, b: unknown) =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** A proposed change, locked for its answer; anything else is refused with its status. */
async function openChange(ctx: Context, tx: Tx, distributorId: string, number: number) {
  await getVisibleDistributor(ctx, tx, distributorId);
  await lockPlan(tx, ctx.actor.workspaceId, distributorId);
  const row = await findChange(tx, ctx.actor.workspaceId, distributorId, number);
  if (!row) throw new AppError('not_found');
  if (row.status !== 'proposed') {
    throw new AppError('plan_change_state', {
      params: { number, status: ctx.t(`plan.change_status.${row.status}`) },
    });
  }
  return row;
}

function requireOtherSide(ctx: Context, row: ChangeRow) {
  if (!isPlanWriter(ctx.actor)) throw new AppError('forbidden');
  if (sideOfActor(ctx.actor) === row.proposerSide) throw new AppError('plan_change_own_side');
}

/** Writes a goal's objectives; one with the same text as before keeps whether it was done. */
async function writeObjectives(
  ctx: Context,
  tx: Tx,
  distributorId: string,
  goalId: string,
  objectives: NonNullable<ChangeValues['goal']>['objectives'],
) {
  const previous = await deleteObjectivesOfGoal(tx, ctx.actor.workspaceId, goalId);
  await insertObjectives(
    tx,
    objectives.map((objective, position) => {
      const before = previous.find((row) => row.text === objective.text);
      return {
        workspaceId: ctx.actor.workspaceId,
        distributorId,
        goalId,
        text: objective.text,
        ownerSide: objective.ownerSide,
        position,
        doneAt: before?.doneAt ?? null,
        doneByName: before?.doneByName ?? null,
      };
    }),
  );
}

/** Applies an agreed change to the plan; returns the goal or milestone it concerns. */
async function applyChange(ctx: Context, tx: Tx, row: ChangeRow): Promise<string | null> {
  const workspaceId = ctx.actor.workspaceId;
  const { distributorId } = row;
  const now = ctx.clock.now();
  // jsonb this domain wrote from the same shape (plan-views.ts).
  const proposal = row.proposal as ChangeValues;
  const before = row.before as ChangeValues | null;
  const stale = () => new AppError('plan_change_stale', { params: { number: row.number } });
  if (row.subject === 'responsibilities') {
    const lists = proposal.responsibilities ?? { principal: [], distributor: [] };
    await replaceResponsibilities(tx, workspaceId, distributorId, [
      ...(['principal', 'distributor'] as const).flatMap((side) =>
        lists[side].map((text, position) => ({ workspaceId, distributorId, side, text, position })),
      ),
    ]);
    return null;
  }
  if (row.subject === 'goal') {
    const values = proposal.goal;
    if (!values) throw new Error(`plan change ${row.number} has no goal`);
    if (row.action === 'add') {
      const goal = await insertGoal(tx, {
        workspaceId,
        distributorId,
        metric: values.metric,
        target: String(values.target),
        unit: values.unit,
        dueOn: values.dueOn,
        kpi: values.kpi,
        position: await nextGoalPosition(tx, workspaceId, distributorId),
        agreedAt: now,
      });
      if (!goal) throw new Error('goal insert returned no row');
      await writeObjectives(ctx, tx, distributorId, goal.id, values.objectives);
      return goal.id;
    }
    const goal = row.subjectId && (await findGoal(tx, workspaceId, distributorId, row.subjectId));
    if (!goal) throw stale();
    const objectives = await listObjectives(tx, workspaceId, distributorId);
    if (!sameValues(goalValues(goal, objectives), before?.goal)) throw stale();
    if (row.action === 'remove') {
      await updateGoal(tx, workspaceId, goal.id, { removedAt: now });
    } else {
      await updateGoal(tx, workspaceId, goal.id, {
        metric: values.metric,
        target: String(values.target),
        unit: values.unit,
        dueOn: values.dueOn,
        kpi: values.kpi,
        agreedAt: now,
      });
      await writeObjectives(ctx, tx, distributorId, goal.id, values.objectives);
    }
    return goal.id;
  }
  const values = proposal.milestone;
  if (!values) throw new Error(`plan change ${row.number} has no milestone`);
  if (row.action === 'add') {
    const milestone = await insertMilestone(tx, { workspaceId, distributorId, ...values });
    return milestone?.id ?? null;
  }
  const milestone =
    row.subjectId && (await findMilestone(tx, workspaceId, distributorId, row.subjectId));
  if (!milestone || !sameValues(milestoneValues(milestone), before?.milestone)) throw stale();
  await updateMilestone(
    tx,
    workspaceId,
    milestone.id,
    row.action === 'remove' ? { removedAt: now } : values,
  );
  return milestone.id;
}

export function agreePlanChange(ctx: Context, distributorId: string, number: number) {
  return inTransaction(ctx, async (tx) => {
    const row = await openChange(ctx, tx, distributorId, number);
    requireOtherSide(ctx, row);
    const subjectId = await applyChange(ctx, tx, row);
    return endChange(ctx, tx, distributorId, row, {
      values: { status: 'agreed', subjectId },
      action: 'plan.change_agreed',
      audit: { subject: row.subject, change: row.action },
    });
  });
}

export function declinePlanChange(
  ctx: Context,
  distributorId: string,
  number: number,
  input: { reason: string },
) {
  return inTransaction(ctx, async (tx) => {
    const row = await openChange(ctx, tx, distributorId, number);
    requireOtherSide(ctx, row);
    return endChange(ctx, tx, distributorId, row, {
      values: { status: 'declined', declineReason: input.reason },
      action: 'plan.change_declined',
      audit: { reason: input.reason },
    });
  });
}

/** The proposer takes their own proposal back while it waits. */
export function withdrawPlanChange(ctx: Context, distributorId: string, number: number) {
  return inTransaction(ctx, async (tx) => {
    const row = await openChange(ctx, tx, distributorId, number);
    if (row.proposedBy === null || row.proposedBy !== ctx.actor.userId) {
      throw new AppError('forbidden');
    }
    return endChange(ctx, tx, distributorId, row, {
      values: { status: 'withdrawn' },
      action: 'plan.change_withdrawn',
      audit: {},
    });
  });
}

/**
 * Ends a waiting change (agreed, declined or withdrawn) as the caller: who answered and when,
 * and its audit entry, in the caller's transaction.
 */
async function endChange(
  ctx: Context,
  tx: Tx,
  distributorId: string,
  row: ChangeRow,
  end: {
    values: Parameters<typeof updateChange>[3] & { status: 'agreed' | 'declined' | 'withdrawn' };
    action: 'plan.change_agreed' | 'plan.change_declined' | 'plan.change_withdrawn';
    audit: Record<string, unknown>;
  },
) {
  const after = await updateChange(tx, ctx.actor.workspaceId, row.id, {
    ...end.values,
    answeredBy: ctx.actor.userId,
    answererName: ctx.actor.name,
    answeredAt: ctx.clock.now(),
  });
  if (!after) throw new Error(`plan change ${row.number} vanished in its own transaction`);
  await recordAudit(tx, ctx.actor, {
    entityType: 'plan_change',
    entityId: row.id,
    distributorId,
    action: end.action,
    before: { number: row.number, status: row.status },
    after: { number: row.number, status: end.values.status, ...end.audit },
  });
  // The proposer's side hears the answer; a withdrawal only takes back what was never answered.
  if (end.values.status !== 'withdrawn') {
    await publishEvent(tx, ctx.actor.workspaceId, {
      type: end.values.status === 'agreed' ? 'plan.change_agreed' : 'plan.change_declined',
      distributorId,
      subjectId: row.id,
      actorUserId: ctx.actor.userId,
      data: {
        number: row.number,
        subject: row.subject,
        answererName: ctx.actor.name,
        reason: end.values.declineReason ?? null,
      },
      occurredAt: ctx.clock.now(),
    });
  }
  return changeView(ctx.actor, after);
}
