// The early-warning rules on building the relationship (docs/early-warnings.md): milestones of the
// joint plan both sides agreed that have passed their deadline undone, and an onboarding journey
// whose steps run past their due days. A plan that slips is a relationship that slips.
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

/** Days a late onboarding step beyond the threshold makes the signal critical. */
export const ONBOARDING_CRITICAL_DAYS = 30;

/**
 * A step of the onboarding journey open more than `onboardingLateDays` after its due day. A
 * warning (however many steps: steps fall due together); critical when the latest step is a month
 * beyond the days allowed.
 */
export function onboardingStalledSignal(
  facts: WarningFacts,
  thresholds: Thresholds,
): Signal | undefined {
  const late = (facts.onboarding?.lateSteps ?? []).filter(
    (step) => step.lateByDays > thresholds.onboardingLateDays,
  );
  const [latest] = late;
  if (!facts.onboarding || !latest) return undefined;
  const critical = latest.lateByDays > thresholds.onboardingLateDays + ONBOARDING_CRITICAL_DAYS;
  return {
    kind: 'onboarding_stalled',
    severity: critical ? 'critical' : 'warning',
    params: {
      day: facts.onboarding.day,
      step: latest.key,
      lateByDays: latest.lateByDays,
      lateSteps: late.length,
    },
    evidence: [
      { kind: 'onboarding', path: `/api/v1/distributors/${facts.distributorId}/onboarding` },
    ],
  };
}
