// Goals and the joint plan of a distributor: reading what both sides agreed, and proposing a
// change (a goal, the responsibilities, a milestone) that the other side then agrees to or
// declines (plan-agreement.service.ts). Rights and views: plan-views.ts.
import type { Tx } from '../db/client.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { todayIn } from '../platform/clock.ts';
import { AppError } from '../platform/errors.ts';
import { publishEvent } from '../platform/events.ts';
import { type Context, inTransaction } from '../platform/tenancy.ts';
import { currentKpiValues } from '../reports/kpi.service.ts';
import {
  type ChangeRow,
  findGoal,
  findMilestone,
  insertChanges,
  listChanges,
  listGoals,
  listMilestones,
  listObjectives,
  listOverdueMilestones,
  listResponsibilities,
  lockPlan,
  nextChangeNumber,
} from './plan.queries.ts';
import type { GoalInput, MilestoneFields, PlanView, ResponsibilityFields } from './plan.schema.ts';
import { planConfirmations } from './plan-confirmation.service.ts';
import {
  type ChangeValues,
  changeView,
  goalProgress,
  goalValues,
  isPlanWriter,
  milestoneValues,
  milestoneView,
  noValues,
  sideOfActor,
} from './plan-views.ts';

export function getPlan(ctx: Context, distributorId: string): Promise<PlanView> {
  return inTransaction(ctx, async (tx) => {
    const distributor = await getVisibleDistributor(ctx, tx, distributorId);
    const workspaceId = ctx.actor.workspaceId;
    const today = todayIn(ctx.clock, distributor.timeZone);
    const goals = await listGoals(tx, workspaceId, distributorId);
    const objectives = await listObjectives(tx, workspaceId, distributorId);
    const kpis = goals.some((goal) => goal.kpi)
      ? await currentKpiValues(tx, workspaceId, distributorId)
      : {};
    const responsibilities = await listResponsibilities(tx, workspaceId, distributorId);
    const bySide = (side: 'principal' | 'distributor') =>
      responsibilities
        .filter((item) => item.side === side)
        .map((item) => ({ id: item.id, text: item.text }));
    return {
      today,
      canPropose: isPlanWriter(ctx.actor),
      goals: goals.map((goal) => ({
        id: goal.id,
        metric: goal.metric,
        target: Number(goal.target),
        unit: goal.unit,
        dueOn: goal.dueOn,
        kpi: goal.kpi,
        charterVersion: goal.charterVersion,
        agreedAt: goal.agreedAt,
        ...goalProgress(goal.kpi, Number(goal.target), kpis),
        objectives: objectives
          .filter((objective) => objective.goalId === goal.id)
          .map((objective) => ({
            id: objective.id,
            text: objective.text,
            ownerSide: objective.ownerSide,
            isDone: objective.doneAt !== null,
            doneAt: objective.doneAt,
            doneByName: objective.doneByName,
          })),
      })),
      responsibilities: { principal: bySide('principal'), distributor: bySide('distributor') },
      milestones: (await listMilestones(tx, workspaceId, distributorId)).map((row) =>
        milestoneView(row, today),
      ),
      changes: (await listChanges(tx, workspaceId, distributorId)).map((row) =>
        changeView(ctx.actor, row),
      ),
      confirmations: await planConfirmations(ctx, tx, distributorId, today),
    };
  });
}

/**
 * A distributor's milestones past their deadline and not done, on its calendar, inside the
 * caller's transaction: for the page and for the early warnings, which may read them later.
 */
export async function overdueMilestones(ctx: Context, tx: Tx, distributorId: string) {
  const distributor = await getVisibleDistributor(ctx, tx, distributorId);
  const today = todayIn(ctx.clock, distributor.timeZone);
  const rows = await listOverdueMilestones(tx, ctx.actor.workspaceId, distributorId, today);
  return rows.map((row) => milestoneView(row, today));
}

type Proposal = {
  subject: ChangeRow['subject'];
  action: ChangeRow['action'];
  subjectId: string | null;
  proposal: ChangeValues;
  before: ChangeValues | null;
};

/** One side's proposal, written with its audit entry; the other side answers it. */
function propose(
  ctx: Context,
  distributorId: string,
  note: string,
  build: (tx: Tx) => Promise<Proposal>,
) {
  if (!isPlanWriter(ctx.actor)) throw new AppError('forbidden');
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const workspaceId = ctx.actor.workspaceId;
    await lockPlan(tx, workspaceId, distributorId);
    const built = await build(tx);
    const side = sideOfActor(ctx.actor);
    const [row] = await insertChanges(tx, [
      {
        workspaceId,
        distributorId,
        number: await nextChangeNumber(tx, workspaceId, distributorId),
        ...built,
        note: note || null,
        proposerSide: side,
        proposedBy: ctx.actor.userId,
        proposerName: ctx.actor.name,
      },
    ]);
    if (!row) throw new Error('plan change insert returned no row');
    await recordAudit(tx, ctx.actor, {
      entityType: 'plan_change',
      entityId: row.id,
      distributorId,
      action: 'plan.change_proposed',
      after: {
        number: row.number,
        subject: row.subject,
        change: row.action,
        proposal: built.proposal,
        note: row.note,
        side,
      },
    });
    await publishEvent(tx, workspaceId, {
      type: 'plan.change_proposed',
      distributorId,
      subjectId: row.id,
      actorUserId: ctx.actor.userId,
      data: { number: row.number, subject: row.subject, proposerName: ctx.actor.name },
      occurredAt: ctx.clock.now(),
    });
    return changeView(ctx.actor, row);
  });
}

async function currentGoal(ctx: Context, tx: Tx, distributorId: string, goalId: string) {
  const goal = await findGoal(tx, ctx.actor.workspaceId, distributorId, goalId);
  if (!goal) throw new AppError('not_found');
  const objectives = await listObjectives(tx, ctx.actor.workspaceId, distributorId);
  return { goal, values: goalValues(goal, objectives) };
}

async function currentMilestone(ctx: Context, tx: Tx, distributorId: string, id: string) {
  const milestone = await findMilestone(tx, ctx.actor.workspaceId, distributorId, id);
  if (!milestone) throw new AppError('not_found');
  return milestoneValues(milestone);
}

const goalOf = ({ note: _note, ...fields }: GoalInput): ChangeValues['goal'] => fields;

export function proposeGoal(ctx: Context, distributorId: string, input: GoalInput) {
  return propose(ctx, distributorId, input.note, async () => ({
    subject: 'goal',
    action: 'add',
    subjectId: null,
    proposal: { ...noValues, goal: goalOf(input) },
    before: null,
  }));
}

export function proposeGoalChange(
  ctx: Context,
  distributorId: string,
  goalId: string,
  input: GoalInput,
) {
  return propose(ctx, distributorId, input.note, async (tx) => {
    const { values } = await currentGoal(ctx, tx, distributorId, goalId);
    return {
      subject: 'goal',
      action: 'change',
      subjectId: goalId,
      proposal: { ...noValues, goal: goalOf(input) },
      before: { ...noValues, goal: values },
    };
  });
}

export function proposeGoalRemoval(
  ctx: Context,
  distributorId: string,
  goalId: string,
  note: string,
) {
  return propose(ctx, distributorId, note, async (tx) => {
    const { values } = await currentGoal(ctx, tx, distributorId, goalId);
    return {
      subject: 'goal',
      action: 'remove',
      subjectId: goalId,
      proposal: { ...noValues, goal: values },
      before: { ...noValues, goal: values },
    };
  });
}

export function proposeResponsibilities(
  ctx: Context,
  distributorId: string,
  input: ResponsibilityFields & { note: string },
) {
  return propose(ctx, distributorId, input.note, async (tx) => {
    const rows = await listResponsibilities(tx, ctx.actor.workspaceId, distributorId);
    const textsOf = (side: string) => rows.filter((row) => row.side === side).map((r) => r.text);
    return {
      subject: 'responsibilities',
      action: 'change',
      subjectId: null,
      proposal: {
        ...noValues,
        responsibilities: { principal: input.principal, distributor: input.distributor },
      },
      before: {
        ...noValues,
        responsibilities: { principal: textsOf('principal'), distributor: textsOf('distributor') },
      },
    };
  });
}

const milestoneOf = ({ note: _note, ...fields }: MilestoneFields & { note: string }) => fields;

export function proposeMilestone(
  ctx: Context,
  distributorId: string,
  input: MilestoneFields & { note: string },
) {
  return propose(ctx, distributorId, input.note, async () => ({
    subject: 'milestone',
    action: 'add',
    subjectId: null,
    proposal: { ...noValues, milestone: milestoneOf(input) },
    before: null,
  }));
}

export function proposeMilestoneChange(
  ctx: Context,
  distributorId: string,
  milestoneId: string,
  input: MilestoneFields & { note: string },
) {
  return propose(ctx, distributorId, input.note, async (tx) => ({
    subject: 'milestone',
    action: 'change',
    subjectId: milestoneId,
    proposal: { ...noValues, milestone: milestoneOf(input) },
    before: {
      ...noValues,
      milestone: await currentMilestone(ctx, tx, distributorId, milestoneId),
    },
  }));
}

export function proposeMilestoneRemoval(
  ctx: Context,
  distributorId: string,
  milestoneId: string,
  note: string,
) {
  return propose(ctx, distributorId, note, async (tx) => {
    const values = await currentMilestone(ctx, tx, distributorId, milestoneId);
    return {
      subject: 'milestone',
      action: 'remove',
      subjectId: milestoneId,
      proposal: { ...noValues, milestone: values },
      before: { ...noValues, milestone: values },
    };
  });
}
