// How plan rows read in answers, and the rules both the reading and the writing services share:
// who may propose and answer, the side a person speaks for, a goal's progress against its KPI.
import type { Role } from '../db/types.ts';
import type { Actor } from '../platform/tenancy.ts';
import { isPrincipal, principalEditors } from '../platform/tenancy.ts';
import type { KpiKey } from '../reports/kpi.schema.ts';
import { kpiShape } from '../reports/kpi-shape.ts';
import type { ChangeRow, GoalRow, MilestoneRow, ObjectiveRow } from './plan.queries.ts';
import type {
  GoalFields,
  MilestoneFields,
  MilestoneView,
  PlanChangeView,
  ResponsibilityFields,
} from './plan.schema.ts';

/**
 * Who proposes and agrees: the principal's admins and managers and the distributor's admin, as
 * for the charter's negotiation. Viewers and a distributor's members read the plan only.
 */
export const planWriters: readonly Role[] = [...principalEditors, 'distributor_admin'];

export const isPlanWriter = (actor: Actor) => planWriters.includes(actor.role);

export const sideOfActor = (actor: Actor) => (isPrincipal(actor) ? 'principal' : 'distributor');

/** A proposal's values: one of the three subjects, the others null. */
export type ChangeValues = {
  goal: (Omit<GoalFields, 'kpi'> & { kpi: string | null }) | null;
  responsibilities: ResponsibilityFields | null;
  milestone: MilestoneFields | null;
};

export const noValues: ChangeValues = { goal: null, responsibilities: null, milestone: null };

export function goalValues(goal: GoalRow, objectives: ObjectiveRow[]): ChangeValues['goal'] {
  return {
    metric: goal.metric,
    target: Number(goal.target),
    unit: goal.unit,
    dueOn: goal.dueOn,
    kpi: goal.kpi,
    objectives: objectives
      .filter((objective) => objective.goalId === goal.id)
      .map((objective) => ({ text: objective.text, ownerSide: objective.ownerSide })),
  };
}

export function milestoneValues(milestone: MilestoneRow): MilestoneFields {
  return {
    title: milestone.title,
    dueOn: milestone.dueOn,
    ownerSide: milestone.ownerSide,
    ownerName: milestone.ownerName,
  };
}

export function changeView(actor: Actor, row: ChangeRow): PlanChangeView {
  const isOpen = row.status === 'proposed';
  return {
    number: row.number,
    subject: row.subject,
    action: row.action,
    subjectId: row.subjectId,
    // jsonb written by this domain from the same shapes (ChangeValues).
    proposal: row.proposal as ChangeValues,
    before: (row.before as ChangeValues | null) ?? null,
    note: row.note,
    proposerSide: row.proposerSide,
    proposerName: row.proposerName,
    charterVersion: row.charterVersion,
    status: row.status,
    declineReason: row.declineReason,
    answererName: row.answererName,
    answeredAt: row.answeredAt,
    createdAt: row.createdAt,
    isMine: isOpen && row.proposedBy !== null && row.proposedBy === actor.userId,
    canAnswer: isOpen && isPlanWriter(actor) && sideOfActor(actor) !== row.proposerSide,
  };
}

export function milestoneView(row: MilestoneRow, today: string): MilestoneView {
  return {
    id: row.id,
    title: row.title,
    dueOn: row.dueOn,
    ownerSide: row.ownerSide,
    ownerName: row.ownerName,
    status: row.status,
    doneOn: row.doneOn,
    isOverdue: row.status !== 'done' && row.dueOn < today,
  };
}

/**
 * A goal's current value and progress from its KPI. A ratio KPI (attainment 0.93) is compared in
 * percent (93 against a target of 95); for a KPI where lower is better (complaints) a value at or
 * under the target is 100 %.
 */
export function goalProgress(
  kpi: string | null,
  target: number,
  values: Partial<Record<KpiKey, number | null>>,
): { currentValue: number | null; progressPercent: number | null } {
  // The kpi column holds a key GoalKpi checked on the way in; `in` confirms it still names one.
  const key = kpi && kpi in kpiShape ? (kpi as KpiKey) : null;
  const shape = key ? kpiShape[key] : undefined;
  const value = key ? values[key] : undefined;
  if (!shape || value === null || value === undefined) {
    return { currentValue: null, progressPercent: null };
  }
  const current = shape.unit === 'ratio' ? Math.round(value * 1000) / 10 : value;
  let percent: number;
  if (shape.lowerIsBetter) percent = current <= target ? 100 : (target / current) * 100;
  else percent = target === 0 ? 100 : (current / target) * 100;
  return { currentValue: current, progressPercent: Math.max(0, Math.round(percent)) };
}
