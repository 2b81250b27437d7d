// The onboarding journey's standard steps and the pure rule of where a journey stands (#18): each
// step is due a number of days after the relationship entered onboarding; an open step past its
// due day is late, and one late step makes the journey stalled.

/** The journey's length: the first 90 days of a relationship. */
export const JOURNEY_DAYS = 90;

const DAY_MS = 86_400_000;

export const onboardingStepKeys = [
  'cadence_planned',
  'charter_signed',
  'training_assigned',
  'first_report',
  'first_order',
  'first_monthly_review',
] as const;
export type OnboardingStepKey = (typeof onboardingStepKeys)[number];

/** Steps a person ticks with a note: there is no evidence for them elsewhere (no training area). */
export const manualStepKeys = ['training_assigned'] as const;
export type ManualStepKey = (typeof manualStepKeys)[number];

export type DueDays = Record<OnboardingStepKey, number>;

/** The standard due days; a workspace may set its own (onboarding-settings.service.ts). */
export const dueDays: DueDays = {
  cadence_planned: 7,
  charter_signed: 30,
  training_assigned: 30,
  first_report: 45,
  first_order: 60,
  first_monthly_review: 90,
};

export const isManualStep = (key: OnboardingStepKey): key is ManualStepKey =>
  (manualStepKeys as readonly string[]).includes(key);

/** Whole days from `from` to `to` (UTC), never negative. */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}

export const dayAfter = (start: Date, days: number) =>
  new Date(start.getTime() + days * DAY_MS).toISOString().slice(0, 10);

export type StepTiming = {
  dueOn: string;
  /** Days past the due day while the step is open; 0 when done or not yet due. */
  lateByDays: number;
  isLate: boolean;
};

/** Where one step, due on day `dueDay`, stands on `now`'s day of a journey begun at `start`. */
export function stepTiming(dueDay: number, start: Date, now: Date, isDone: boolean): StepTiming {
  const lateByDays = isDone ? 0 : Math.max(0, daysBetween(start, now) - dueDay);
  return { dueOn: dayAfter(start, dueDay), lateByDays, isLate: lateByDays > 0 };
}

/** Whether a journey belongs in the portfolio: in onboarding, or left it at most 90 days ago. */
export function isFollowed(leftAt: Date | null, now: Date): boolean {
  return leftAt === null || daysBetween(leftAt, now) <= JOURNEY_DAYS;
}
