// Every SQL statement of the onboarding journey: the ticks of its manual steps (onboarding_tick).
// The other steps are read from the owning domains' services.
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { onboardingTick } from '../db/schema.ts';

export type OnboardingTickRow = typeof onboardingTick.$inferSelect;

export function listOnboardingTicks(tx: Tx, workspaceId: string, distributorIds: string[]) {
  if (!distributorIds.length) return Promise.resolve([]);
  return tx
    .select()
    .from(onboardingTick)
    .where(
      and(
        eq(onboardingTick.workspaceId, workspaceId),
        inArray(onboardingTick.distributorId, distributorIds),
      ),
    );
}

export function upsertOnboardingTick(tx: Tx, values: typeof onboardingTick.$inferInsert) {
  const { workspaceId: _w, distributorId: _d, stepKey: _k, ...changes } = values;
  return tx
    .insert(onboardingTick)
    .values(values)
    .onConflictDoUpdate({
      target: [onboardingTick.workspaceId, onboardingTick.distributorId, onboardingTick.stepKey],
      set: changes,
    })
    .returning()
    .then((rows) => rows[0]);
}
