import { describe, expect, it } from 'vitest';
import { milestonesOverdueSignal, onboardingStalledSignal } from './plan-signals.ts';
import { defaultThresholds, evaluateSignals, type WarningFacts } from './signals.ts';

const asOf = '2026-11-20';
const distributorId = '00000000-0000-4000-8000-000000000001';

function facts(
  milestones: WarningFacts['milestones'],
  onboarding: WarningFacts['onboarding'] = null,
): WarningFacts {
  return {
    distributorId,
    asOf,
    months: [],
    bufferWeeks: null,
    responseHours: null,
    orders: null,
    communication: null,
    milestones,
    onboarding,
    discipline: { meetingsPlanned: 0, meetingsHeld: 0, notesOverdue: 0, actionsOverdue: 0 },
  };
}

describe('milestones of the joint plan overdue', () => {
  it('raises nothing while none has slipped, or fewer than the threshold', () => {
    expect(milestonesOverdueSignal(facts(null), defaultThresholds)).toBeUndefined();
    const one = facts({ overdue: 1, oldestDueOn: '2026-11-10', titles: ['Đào tạo kỹ thuật viên'] });
    expect(milestonesOverdueSignal(one, { ...defaultThresholds, overdueMilestones: 2 })).toBe(
      undefined,
    );
  });

  it('warns of one slipped milestone, names it, says how late, and links the plan', () => {
    const signal = milestonesOverdueSignal(
      facts({ overdue: 1, oldestDueOn: '2026-11-10', titles: ['Đào tạo kỹ thuật viên'] }),
      defaultThresholds,
    );
    expect(signal).toEqual({
      kind: 'milestones_overdue',
      severity: 'warning',
      params: {
        overdue: 1,
        oldestDueOn: '2026-11-10',
        daysLate: 10,
        titles: ['Đào tạo kỹ thuật viên'],
      },
      evidence: [{ kind: 'plan', path: `/api/v1/distributors/${distributorId}/plan` }],
    });
  });

  it('is critical only when twice the threshold have slipped and the oldest is over a month late', () => {
    const severity = (overdue: number, oldestDueOn: string) =>
      milestonesOverdueSignal(facts({ overdue, oldestDueOn, titles: [] }), defaultThresholds)
        ?.severity;
    expect(severity(1, '2026-09-01')).toBe('warning');
    expect(severity(2, '2026-10-25')).toBe('warning');
    // 30 days late on 2026-11-20, then 31.
    expect(severity(2, '2026-10-21')).toBe('warning');
    expect(severity(2, '2026-10-20')).toBe('critical');
  });

  it('is one of the rules every assessment runs', () => {
    const kinds = evaluateSignals(
      facts({ overdue: 3, oldestDueOn: '2026-08-31', titles: ['a', 'b', 'c'] }),
      defaultThresholds,
    ).map((signal) => signal.kind);
    expect(kinds).toContain('milestones_overdue');
  });
});

describe('an onboarding journey that stalls', () => {
  const journey = (...lateSteps: [string, number][]) =>
    facts(null, {
      day: 52,
      lateSteps: lateSteps.map(([key, lateByDays]) => ({ key, lateByDays })),
    });

  it('raises nothing without a late step, or while the latest is within the days allowed', () => {
    expect(onboardingStalledSignal(facts(null), defaultThresholds)).toBeUndefined();
    expect(onboardingStalledSignal(journey(), defaultThresholds)).toBeUndefined();
    // Seven days past its due day are allowed by default; the eighth raises it.
    expect(onboardingStalledSignal(journey(['first_order', 7]), defaultThresholds)).toBe(undefined);
    expect(onboardingStalledSignal(journey(['first_order', 8]), defaultThresholds)?.kind).toBe(
      'onboarding_stalled',
    );
  });

  it('names the latest step, its lateness and the day, and links the journey', () => {
    const signal = onboardingStalledSignal(
      journey(['charter_signed', 22], ['training_assigned', 3]),
      defaultThresholds,
    );
    expect(signal).toEqual({
      kind: 'onboarding_stalled',
      severity: 'warning',
      params: { day: 52, step: 'charter_signed', lateByDays: 22, lateSteps: 1 },
      evidence: [{ kind: 'onboarding', path: `/api/v1/distributors/${distributorId}/onboarding` }],
    });
  });

  it('is critical only a month beyond the days allowed, however many steps are late', () => {
    const severity = (...steps: [string, number][]) =>
      onboardingStalledSignal(journey(...steps), defaultThresholds)?.severity;
    expect(severity(['charter_signed', 37])).toBe('warning');
    expect(severity(['charter_signed', 38])).toBe('critical');
    expect(severity(['charter_signed', 20], ['training_assigned', 20], ['first_report', 8])).toBe(
      'warning',
    );
    expect(
      onboardingStalledSignal(journey(['charter_signed', 20]), {
        ...defaultThresholds,
        onboardingLateDays: 30,
      }),
    ).toBeUndefined();
  });

  it('is one of the rules every assessment runs', () => {
    const kinds = evaluateSignals(journey(['first_report', 12]), defaultThresholds).map(
      (signal) => signal.kind,
    );
    expect(kinds).toEqual(['onboarding_stalled']);
  });
});
