import { describe, expect, it } from 'vitest';
import { canMoveToStage, nextLifecycleStages } from './lifecycle.ts';

describe('lifecycle stages', () => {
  it.each([
    ['prospect', 'onboarding', true],
    ['prospect', 'active', false],
    ['onboarding', 'active', true],
    ['active', 'at_risk', true],
    ['at_risk', 'active', true],
    ['suspended', 'active', true],
    ['active', 'prospect', false],
    ['terminated', 'active', false],
    ['terminated', 'prospect', true],
    ['active', 'active', false],
  ] as const)('%s → %s is allowed: %s', (from, to, expected) => {
    expect(canMoveToStage(from, to)).toBe(expected);
  });

  it('offers a terminated distributor only a fresh start as a prospect', () => {
    expect(nextLifecycleStages('terminated')).toEqual(['prospect']);
  });
});
