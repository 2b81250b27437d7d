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

/**
 * The relationship's status as both sides know it. The lifecycle stage is the principal's own
 * assessment: "at risk" is its worry about the distributor, not a state of the contract, so the
 * distributor sees such a relationship as active. Every other stage is a fact both sides know.
 */
export type RelationshipStatus = Exclude<LifecycleStage, 'at_risk'>;

export function relationshipStatusOf(stage: LifecycleStage): RelationshipStatus {
  return stage === 'at_risk' ? 'active' : stage;
}

/**
 * Stages of a working relationship: the distributors that "active" lists (the portfolio, the
 * library's coverage) show. Prospects have not started; suspended and terminated ones have
 * stopped, and are shown only when asked for by stage.
 */
export const workingStages = [
  'onboarding',
  'active',
  'at_risk',
] as const satisfies readonly LifecycleStage[];
