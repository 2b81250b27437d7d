import { describe, expect, it } from 'vitest';
import { milestonesOverdueSignal } from './plan-signals.ts';
import { defaultThresholds, evaluateSignals, type WarningFacts } from './signals.ts';

const asOf = '2026-11-20';
const distributorId = '00000000-0000-4000-8000-000000000001';

function facts(milestones: WarningFacts['milestones']): WarningFacts {
  return {
    distributorId,
    asOf,
    months: [],
    bufferWeeks: null,
    responseHours: null,
    orders: null,
    communication: null,
    milestones,
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
