import type { LifecycleStage } from '../db/types.ts';

// A relationship moves forward through onboarding, may fall at risk or be suspended and recover,
// and ends terminated; a terminated distributor can only be re-approached as a prospect.
const allowedMoves: Record<LifecycleStage, readonly LifecycleStage[]> = {
  prospect: ['onboarding', 'terminated'],
  onboarding: ['active', 'at_risk', 'suspended', 'terminated'],
  active: ['at_risk', 'suspended', 'terminated'],
  at_risk: ['active', 'suspended', 'terminated'],
  suspended: ['active', 'at_risk', 'terminated'],
  terminated: ['prospect'],
};

export function nextLifecycleStages(from: LifecycleStage): readonly LifecycleStage[] {
  return allowedMoves[from];
}

export function canMoveToStage(from: LifecycleStage, to: LifecycleStage): boolean {
  return allowedMoves[from].includes(to);
}
