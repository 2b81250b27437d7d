import { describe, expect, it } from 'vitest';
import { shiftPeriod } from '../reports/periods.ts';
import {
  competitorMentionedSignal,
  defaultThresholds,
  followUpsOverdueSignal,
  healthOf,
  type MonthFacts,
  meetingsMissedSignal,
  reportLateSignal,
  revenueDownSignal,
  type Signal,
  stockBelowBufferSignal,
  type WarningFacts,
} from './signals.ts';

// Pinned: the day assessed is 2026-11-20, so October's report (due 2026-11-10) is owed.
const asOf = '2026-11-20';
const latest = '2026-10';

/** A month reported on time, 4,000 units and 40,000 in revenue, 3,000 units on hand. */
function month(back: number, overrides: Partial<MonthFacts> = {}): MonthFacts {
  const period = shiftPeriod(latest, -back);
  const dueOn = `${shiftPeriod(period, 1)}-10`;
  return {
    period,
    dueOn,
    expected: true,
    submittedOn: `${shiftPeriod(period, 1)}-08`,
    revenue: 40_000,
    units: 4_000,
    unitsOnHand: 3_000,
    currency: 'USD',
    competitors: [],
    competitionNoted: false,
    ...overrides,
  };
}

function facts(
  overrides: Partial<WarningFacts> = {},
  change: (back: number) => Partial<MonthFacts> = () => ({}),
): WarningFacts {
  return {
    distributorId: '00000000-0000-4000-8000-000000000001',
    asOf,
    months: Array.from({ length: 15 }, (_, back) => month(back, change(back))),
    bufferWeeks: 3,
    responseHours: null,
    orders: null,
    communication: null,
    milestones: null,
    onboarding: null,
    discipline: { meetingsPlanned: 6, meetingsHeld: 6, notesOverdue: 0, actionsOverdue: 0 },
    ...overrides,
  };
}

const pick = (signal: Signal | undefined) =>
  signal && { severity: signal.severity, params: signal.params };

describe('late or missing reports', () => {
  it.each([
    ['all on time', () => ({}), undefined],
    [
      'one report 2 days late, inside the 3-day grace',
      (back: number) => (back === 0 ? { submittedOn: '2026-11-12' } : {}),
      undefined,
    ],
    [
      'one report 9 days late',
      (back: number) => (back === 1 ? { submittedOn: '2026-10-19' } : {}),
      { severity: 'warning', params: { late: 1, missing: 0, periods: ['2026-09'] } },
    ],
    [
      'October’s report not there 10 days after its due date',
      (back: number) => (back === 0 ? { submittedOn: null, revenue: null, units: null } : {}),
      { severity: 'critical', params: { late: 0, missing: 1, periods: ['2026-10'] } },
    ],
    [
      'a missing month before the relationship began',
      (back: number) =>
        back === 2 ? { expected: false, submittedOn: null, revenue: null, units: null } : {},
      undefined,
    ],
  ])('%s', (_name, change, expected) => {
    expect(pick(reportLateSignal(facts({}, change), defaultThresholds))).toEqual(expected);
  });

  it('links each late month’s report as evidence', () => {
    const signal = reportLateSignal(
      facts({}, (back) => (back === 0 ? { submittedOn: null } : {})),
      defaultThresholds,
    );
    expect(signal?.evidence).toEqual([
      { kind: 'report', path: `/api/v1/distributors/${facts().distributorId}/reports/2026-10` },
    ]);
  });
});

describe('revenue down', () => {
  it.each([
    ['flat', () => ({}), undefined],
    [
      'the last three months at 70 % of everything before',
      (back: number) => (back < 3 ? { revenue: 28_000 } : {}),
      {
        severity: 'critical',
        params: {
          againstPrior3MonthsPercent: 30,
          againstLastYearPercent: 30,
          periods: ['2026-10', '2026-09', '2026-08'],
        },
      },
    ],
    [
      'down against last year only (a seasonal dip the prior quarter shared)',
      (back: number) => (back < 6 ? { revenue: 30_000 } : {}),
      {
        severity: 'warning',
        params: {
          againstPrior3MonthsPercent: '—',
          againstLastYearPercent: 25,
          periods: ['2026-10', '2026-09', '2026-08'],
        },
      },
    ],
    [
      'down 10 %, under the 20 % threshold',
      (back: number) => (back < 3 ? { revenue: 36_000 } : {}),
      undefined,
    ],
    [
      'a year ago in another currency: compared with the prior months only',
      (back: number) => (back < 3 ? { revenue: 28_000 } : back >= 12 ? { currency: 'EUR' } : {}),
      {
        severity: 'warning',
        params: {
          againstPrior3MonthsPercent: 30,
          againstLastYearPercent: '—',
          periods: ['2026-10', '2026-09', '2026-08'],
        },
      },
    ],
  ])('%s', (_name, change, expected) => {
    expect(pick(revenueDownSignal(facts({}, change), defaultThresholds))).toEqual(expected);
  });

  it('starts from the latest reported month when the last one is missing', () => {
    const signal = revenueDownSignal(
      facts({}, (back) =>
        back === 0 ? { revenue: null, units: null } : back < 4 ? { revenue: 20_000 } : {},
      ),
      defaultThresholds,
    );
    expect(signal?.params.periods).toEqual(['2026-09', '2026-08', '2026-07']);
  });
});

describe('stock below the charter’s buffer', () => {
  // 4,000 units a month are 923 a week: 3,000 on hand cover 3.3 weeks.
  it.each([
    ['3.3 weeks against a 3-week buffer', 3, () => ({}), undefined],
    [
      '3.3 weeks against a 4-week buffer',
      4,
      () => ({}),
      { severity: 'warning', weeksOfCover: 3.3 },
    ],
    [
      '1.1 weeks against a 4-week buffer',
      4,
      (back: number) => (back === 0 ? { unitsOnHand: 1_000 } : {}),
      { severity: 'critical', weeksOfCover: 1.1 },
    ],
    ['no signed charter', null, () => ({}), undefined],
  ])('%s', (_name, bufferWeeks, change, expected) => {
    const signal = stockBelowBufferSignal(facts({ bufferWeeks }, change));
    expect(
      signal && { severity: signal.severity, weeksOfCover: signal.params.weeksOfCover },
    ).toEqual(expected);
  });
});

describe('meetings and follow-ups', () => {
  it.each([
    [6, 6, undefined],
    [6, 5, undefined],
    [6, 4, 'warning'],
    [6, 2, 'critical'],
  ])('%i planned, %i held', (planned, held, expected) => {
    const signal = meetingsMissedSignal(
      facts({
        discipline: {
          meetingsPlanned: planned,
          meetingsHeld: held,
          notesOverdue: 0,
          actionsOverdue: 0,
        },
      }),
      defaultThresholds,
    );
    expect(signal?.severity).toEqual(expected);
  });

  it.each([
    [1, 1, false],
    [1, 2, true],
  ])('%i notes and %i action items overdue', (notesOverdue, actionsOverdue, expected) => {
    const signal = followUpsOverdueSignal(
      facts({ discipline: { meetingsPlanned: 0, meetingsHeld: 0, notesOverdue, actionsOverdue } }),
      defaultThresholds,
    );
    expect(Boolean(signal)).toBe(expected);
  });
});

describe('a competing line', () => {
  it.each([
    ['none named', () => ({}), undefined],
    [
      'named in last month’s competitive activity',
      (back: number) => (back === 0 ? { competitors: ['Dragon Friction'] } : {}),
      ['Dragon Friction'],
    ],
    [
      'a market note tagged competition',
      (back: number) => (back === 2 ? { competitionNoted: true } : {}),
      [],
    ],
    [
      'named four months ago only',
      (back: number) => (back === 3 ? { competitors: ['Dragon Friction'] } : {}),
      undefined,
    ],
  ])('%s', (_name, change, expected) => {
    expect(competitorMentionedSignal(facts({}, change))?.params.competitors).toEqual(expected);
  });
});

describe('health', () => {
  const signal = (severity: 'warning' | 'critical'): Signal => ({
    kind: 'competitor_mentioned',
    severity,
    params: {},
    evidence: [],
  });
  it.each([
    [[], 'healthy'],
    [[signal('warning')], 'watch'],
    [[signal('warning'), signal('warning')], 'watch'],
    [[signal('warning'), signal('warning'), signal('warning')], 'watch'],
    [[signal('warning'), signal('warning'), signal('warning'), signal('warning')], 'at_risk'],
    [[signal('critical')], 'at_risk'],
  ])('%j reads %s', (signals, expected) => {
    expect(healthOf(signals)).toBe(expected);
  });

  it('puts three warnings at risk in a workspace that set three signals, and two still on watch', () => {
    const three = [signal('warning'), signal('warning'), signal('warning')];
    expect(healthOf(three, 3)).toBe('at_risk');
    expect(healthOf(three.slice(1), 3)).toBe('watch');
  });
});
