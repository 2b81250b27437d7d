// Stalled onboarding journeys as the early warnings read them (docs/early-warnings.md,
// `onboarding_stalled`): on the day assessed, each relationship then in onboarding or out of it
// for at most 90 days, with its steps as they stood that day (a step counts as done when its proof
// is dated on or before the day) and how late the open ones are.
import type { Tx } from '../db/client.ts';
import { onboardingSpansIn } from '../distributors/distributors.service.ts';
import { listOnboardingTicks } from './onboarding.queries.ts';
import { onboardingEvidence } from './onboarding-evidence.service.ts';
import { dueDaysOf } from './onboarding-settings.service.ts';
import {
  daysBetween,
  isFollowed,
  type OnboardingStepKey,
  onboardingStepKeys,
  stepTiming,
} from './onboarding-steps.ts';

export type OnboardingStall = {
  /** The journey's day on the day assessed. */
  day: number;
  /** The open steps past their due day, the latest first. */
  lateSteps: { key: OnboardingStepKey; lateByDays: number }[];
};

/**
 * Every followed journey with at least one late step on the day that ends at `until`, by
 * distributor. A handful of reads per journey: only relationships in their first months have one.
 */
export async function onboardingStalls(
  tx: Tx,
  workspaceId: string,
  until: Date,
  distributorId?: string,
): Promise<Map<string, OnboardingStall>> {
  const spans = (await onboardingSpansIn(tx, workspaceId, distributorId ?? null, until)).filter(
    (span) => isFollowed(span.leftAt, until),
  );
  const ticks = new Map(
    (
      await listOnboardingTicks(
        tx,
        workspaceId,
        spans.map((span) => span.distributorId),
      )
    ).map((tick) => [tick.distributorId, tick]),
  );
  const stalls = new Map<string, OnboardingStall>();
  const days = await dueDaysOf(tx, workspaceId);
  for (const span of spans) {
    const tick = ticks.get(span.distributorId);
    const evidence = await onboardingEvidence(
      tx,
      workspaceId,
      span.distributorId,
      span.startedAt,
      until,
      tick && tick.changedAt <= until ? tick : undefined,
    );
    const lateSteps = onboardingStepKeys
      .map((key) => {
        const proof = evidence[key];
        const isDone = proof.isDone && (proof.doneAt === null || proof.doneAt <= until);
        const timing = stepTiming(days[key], span.startedAt, until, isDone);
        return { key, lateByDays: timing.lateByDays };
      })
      .filter((step) => step.lateByDays > 0)
      .sort((a, b) => b.lateByDays - a.lateByDays);
    if (lateSteps.length) {
      stalls.set(span.distributorId, { day: daysBetween(span.startedAt, until), lateSteps });
    }
  }
  return stalls;
}
