// What other areas ask of the plan (the playbook's "goals agreed and progress measured"): how
// many goals both sides have agreed, and how many of them have their progress measured, by a
// KPI with a value or by objectives. The caller owns the transaction.
import type { Tx } from '../db/client.ts';
import { currentKpiValues } from '../reports/kpi.service.ts';
import { listGoals, listObjectives } from './plan.queries.ts';
import { goalProgress } from './plan-views.ts';

export type GoalEvidence = { agreed: number; measured: number };

export async function goalEvidence(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
): Promise<GoalEvidence> {
  const goals = await listGoals(tx, workspaceId, distributorId);
  if (goals.length === 0) return { agreed: 0, measured: 0 };
  const objectives = await listObjectives(tx, workspaceId, distributorId);
  const kpis = goals.some((goal) => goal.kpi)
    ? await currentKpiValues(tx, workspaceId, distributorId)
    : {};
  const measured = goals.filter(
    (goal) =>
      goalProgress(goal.kpi, Number(goal.target), kpis).progressPercent !== null ||
      objectives.some((objective) => objective.goalId === goal.id),
  ).length;
  return { agreed: goals.length, measured };
}
