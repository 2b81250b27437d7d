// The statements of the onboarding journey's due days per workspace (onboarding_settings).
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { onboardingSettings } from '../db/schema.ts';

export function findOnboardingDueDays(tx: Tx, workspaceId: string) {
  return tx
    .select({ dueDays: onboardingSettings.dueDays })
    .from(onboardingSettings)
    .where(eq(onboardingSettings.workspaceId, workspaceId))
    .then((rows) => rows[0]?.dueDays);
}

export function upsertOnboardingDueDays(tx: Tx, workspaceId: string, dueDays: unknown, at: Date) {
  return tx
    .insert(onboardingSettings)
    .values({ workspaceId, dueDays, updatedAt: at })
    .onConflictDoUpdate({
      target: onboardingSettings.workspaceId,
      set: { dueDays, updatedAt: at },
    });
}
