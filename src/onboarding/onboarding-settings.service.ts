// The onboarding journey's due days per workspace (#18): a principal whose charters take six weeks
// says so, and every journey, the portfolio and the early warning count from its days. Both sides
// read them; the principal's admins change them, audited.
import type { Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { type Context, inTransaction, principalRoles, requireRole } from '../platform/tenancy.ts';
import type { OnboardingDueDays } from './onboarding.schema.ts';
import { findOnboardingDueDays, upsertOnboardingDueDays } from './onboarding-settings.queries.ts';
import {
  type DueDays,
  type OnboardingStepKey,
  dueDays as standardDueDays,
} from './onboarding-steps.ts';

/** The settings' names of the steps (the API's camelCase). */
const settingOf: Record<OnboardingStepKey, keyof OnboardingDueDays> = {
  cadence_planned: 'cadencePlanned',
  charter_signed: 'charterSigned',
  training_assigned: 'trainingAssigned',
  first_report: 'firstReport',
  first_order: 'firstOrder',
  first_monthly_review: 'firstMonthlyReview',
};
const stepKeys = Object.keys(settingOf) as OnboardingStepKey[];

function asSettings(days: DueDays): Required<OnboardingDueDays> {
  return Object.fromEntries(
    stepKeys.map((key) => [settingOf[key], days[key]]),
  ) as Required<OnboardingDueDays>;
}

/** The workspace's due days by step, the standard ones where it set none. */
export async function dueDaysOf(tx: Tx, workspaceId: string): Promise<DueDays> {
  // A jsonb column, checked by OnboardingDueDays when it was set.
  const stored = ((await findOnboardingDueDays(tx, workspaceId)) ?? {}) as OnboardingDueDays;
  return Object.fromEntries(
    stepKeys.map((key) => [key, stored[settingOf[key]] ?? standardDueDays[key]]),
  ) as DueDays;
}

/** The due days (principal staff; a distributor reads them as its journey's due dates). */
export function getOnboardingDueDays(ctx: Context) {
  requireRole(ctx.actor, principalRoles);
  return inTransaction(ctx, async (tx) => asSettings(await dueDaysOf(tx, ctx.actor.workspaceId)));
}

/** Sets the due days given; the others keep theirs. */
export function setOnboardingDueDays(ctx: Context, input: OnboardingDueDays) {
  requireRole(ctx.actor, ['principal_admin']);
  return inTransaction(ctx, async (tx) => {
    const workspaceId = ctx.actor.workspaceId;
    const before = asSettings(await dueDaysOf(tx, workspaceId));
    const after = { ...before, ...input };
    await upsertOnboardingDueDays(tx, workspaceId, after, ctx.clock.now());
    await recordAudit(tx, ctx.actor, {
      entityType: 'onboarding_settings',
      entityId: workspaceId,
      action: 'onboarding.settings_set',
      before,
      after,
    });
    return after;
  });
}
