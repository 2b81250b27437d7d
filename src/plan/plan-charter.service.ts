// The signed charter's goals section becomes the plan's goals, in the signing transaction: the
// signatures of both parties are the agreement, so nothing waits for an answer. A later signed
// version updates the goals it shares with the one before (the same metric), adds its new ones
// and retires those it dropped; each step is kept as an agreed change naming the version.
import type { SignedCharter } from '../charter/charter-signed-listeners.ts';
import type { Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import type { Context } from '../platform/tenancy.ts';
import {
  insertChanges,
  insertGoal,
  listGoals,
  listObjectives,
  lockPlan,
  nextChangeNumber,
  nextGoalPosition,
  updateGoal,
} from './plan.queries.ts';
import { type ChangeValues, goalValues, noValues, sideOfActor } from './plan-views.ts';

const sameMetric = (a: string, b: string) =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export async function adoptCharterGoals(ctx: Context, tx: Tx, signed: SignedCharter) {
  const workspaceId = ctx.actor.workspaceId;
  const { distributorId } = signed;
  const now = signed.signedAt;
  await lockPlan(tx, workspaceId, distributorId);
  const fromCharter = (await listGoals(tx, workspaceId, distributorId)).filter(
    (goal) => goal.charterVersionId !== null,
  );
  const objectives = await listObjectives(tx, workspaceId, distributorId);
  const changes: {
    action: 'add' | 'change' | 'remove';
    subjectId: string;
    proposal: ChangeValues;
    before: ChangeValues | null;
  }[] = [];
  const kept = new Set<string>();
  let position = await nextGoalPosition(tx, workspaceId, distributorId);
  for (const item of signed.content.goals.items) {
    const match = fromCharter.find(
      (goal) => !kept.has(goal.id) && sameMetric(goal.metric, item.metric),
    );
    if (match) {
      kept.add(match.id);
      const before = goalValues(match, objectives);
      const after = await updateGoal(tx, workspaceId, match.id, {
        metric: item.metric,
        target: String(item.target),
        unit: item.unit,
        dueOn: item.dueOn,
        charterVersionId: signed.charterVersionId,
        charterVersion: signed.version,
      });
      if (
        after &&
        (Number(match.target) !== item.target ||
          match.unit !== item.unit ||
          match.dueOn !== item.dueOn ||
          match.metric !== item.metric)
      ) {
        changes.push({
          action: 'change',
          subjectId: match.id,
          proposal: { ...noValues, goal: goalValues(after, objectives) },
          before: { ...noValues, goal: before },
        });
      }
      continue;
    }
    const goal = await insertGoal(tx, {
      workspaceId,
      distributorId,
      metric: item.metric,
      target: String(item.target),
      unit: item.unit,
      dueOn: item.dueOn,
      charterVersionId: signed.charterVersionId,
      charterVersion: signed.version,
      position,
      agreedAt: now,
    });
    if (!goal) throw new Error('goal insert returned no row');
    position += 1;
    changes.push({
      action: 'add',
      subjectId: goal.id,
      proposal: { ...noValues, goal: goalValues(goal, []) },
      before: null,
    });
  }
  for (const goal of fromCharter.filter((goal) => !kept.has(goal.id))) {
    await updateGoal(tx, workspaceId, goal.id, { removedAt: now });
    const values = goalValues(goal, objectives);
    changes.push({
      action: 'remove',
      subjectId: goal.id,
      proposal: { ...noValues, goal: values },
      before: { ...noValues, goal: values },
    });
  }
  if (changes.length === 0) return;
  const first = await nextChangeNumber(tx, workspaceId, distributorId);
  const rows = await insertChanges(
    tx,
    changes.map((change, index) => ({
      workspaceId,
      distributorId,
      number: first + index,
      subject: 'goal' as const,
      ...change,
      note: null,
      proposerSide: sideOfActor(ctx.actor),
      proposedBy: ctx.actor.userId,
      proposerName: ctx.actor.name,
      charterVersion: signed.version,
      status: 'agreed' as const,
      answeredBy: ctx.actor.userId,
      answererName: ctx.actor.name,
      answeredAt: now,
    })),
  );
  for (const row of rows) {
    await recordAudit(tx, ctx.actor, {
      entityType: 'plan_change',
      entityId: row.id,
      distributorId,
      action: 'plan.goal_from_charter',
      after: { number: row.number, change: row.action, version: signed.version },
    });
  }
}
