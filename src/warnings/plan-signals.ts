// The early-warning rule on the joint plan (docs/early-warnings.md): milestones both sides agreed
// that have passed their deadline undone. A plan that slips is a relationship that slips.
import type { Signal, Thresholds, WarningFacts } from './signals.ts';

const DAY_MS = 86_400_000;

/** Days late beyond which slipping milestones are critical, when they are also twice the threshold. */
export const MILESTONE_CRITICAL_DAYS = 30;

/**
 * `overdueMilestones` or more milestones past their deadline and not done. A warning; critical
 * when twice the threshold have slipped and the oldest is more than a month late.
 */
export function milestonesOverdueSignal(
  facts: WarningFacts,
  thresholds: Thresholds,
): Signal | undefined {
  const milestones = facts.milestones;
  if (!milestones || milestones.overdue < thresholds.overdueMilestones) return undefined;
  const daysLate = Math.round(
    (Date.parse(`${facts.asOf}T00:00:00Z`) - Date.parse(`${milestones.oldestDueOn}T00:00:00Z`)) /
      DAY_MS,
  );
  const critical =
    milestones.overdue >= 2 * thresholds.overdueMilestones && daysLate > MILESTONE_CRITICAL_DAYS;
  return {
    kind: 'milestones_overdue',
    severity: critical ? 'critical' : 'warning',
    params: {
      overdue: milestones.overdue,
      oldestDueOn: milestones.oldestDueOn,
      daysLate,
      titles: milestones.titles,
    },
    evidence: [{ kind: 'plan', path: `/api/v1/distributors/${facts.distributorId}/plan` }],
  };
}
