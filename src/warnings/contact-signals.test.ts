import { describe, expect, it } from 'vitest';
import { orderGapSignal, ordersDownSignal, silenceSignal } from './contact-signals.ts';
import { defaultThresholds, type Signal, type WarningFacts } from './signals.ts';

// Pinned: the day assessed is 2026-11-20; the relationship reports on time, so only the facts of
// contact and orders vary.
const asOf = '2026-11-20';

function facts(overrides: Partial<WarningFacts> = {}): WarningFacts {
  return {
    distributorId: '00000000-0000-4000-8000-000000000001',
    asOf,
    months: [],
    bufferWeeks: null,
    responseHours: null,
    orders: null,
    communication: null,
    milestones: null,
    onboarding: null,
    discipline: { meetingsPlanned: 0, meetingsHeld: 0, notesOverdue: 0, actionsOverdue: 0 },
    ...overrides,
  };
}

const pick = (signal: Signal | undefined) =>
  signal && { severity: signal.severity, params: signal.params };

describe('silence', () => {
  // A relationship in touch about every two weeks (26 inbound contacts in the year to the last).
  const contact = (overrides: Partial<NonNullable<WarningFacts['communication']>>) =>
    facts({
      communication: {
        lastInboundAt: '2026-10-20T09:00:00Z',
        inboundInYear: 26,
        inboundRecent: 6,
        waitingSince: null,
        waiting: 0,
        ...overrides,
      },
    });
  it.each([
    ['in touch a month ago', contact({}), undefined],
    ['no communication recorded at all', facts(), undefined],
    [
      'quiet for 8 weeks after fortnightly contact',
      contact({ lastInboundAt: '2026-09-24T09:00:00Z' }),
      { severity: 'warning', context: 'silent', silentWeeks: 8 },
    ],
    [
      'quiet for 8 weeks, but it writes only three times a year',
      contact({ lastInboundAt: '2026-09-24T09:00:00Z', inboundInYear: 3 }),
      undefined,
    ],
    [
      'quiet for 8 weeks, with one contact on record: no rhythm to break',
      contact({ lastInboundAt: '2026-09-24T09:00:00Z', inboundInYear: 1 }),
      undefined,
    ],
    [
      'quiet for 16 weeks: twice the limit of four usual intervals',
      contact({ lastInboundAt: '2026-07-25T09:00:00Z' }),
      { severity: 'critical', context: 'silent', silentWeeks: 16 },
    ],
    [
      'weekly contact thinned to 4 in 90 days, the last 10 days ago',
      contact({ lastInboundAt: '2026-11-10T09:00:00Z', inboundInYear: 52, inboundRecent: 4 }),
      { severity: 'warning', context: 'fewer' },
    ],
    [
      'weekly contact at 8 in 90 days: a quiet quarter, not a change',
      contact({ lastInboundAt: '2026-11-10T09:00:00Z', inboundInYear: 52, inboundRecent: 8 }),
      undefined,
    ],
    [
      'a message unanswered for 5 days against 72 hours',
      contact({ waitingSince: '2026-11-15T10:00:00Z', waiting: 1 }),
      { severity: 'warning', context: 'unanswered', waitingDays: 5 },
    ],
    [
      'a message 2 days old: within the protocol',
      contact({ waitingSince: '2026-11-18T10:00:00Z', waiting: 1 }),
      undefined,
    ],
    [
      'quiet for 8 weeks and two contacts unanswered',
      contact({
        lastInboundAt: '2026-09-24T09:00:00Z',
        waitingSince: '2026-10-30T10:00:00Z',
        waiting: 2,
      }),
      { severity: 'warning', context: 'both', silentWeeks: 8 },
    ],
    [
      'one unanswered contact and nothing inbound ever recorded',
      facts({
        communication: {
          lastInboundAt: null,
          inboundInYear: 0,
          inboundRecent: 0,
          waitingSince: '2026-11-01T10:00:00Z',
          waiting: 1,
        },
      }),
      undefined,
    ],
  ])('%s', (_name, input, expected) => {
    const signal = silenceSignal(input, defaultThresholds);
    expect(
      signal && {
        severity: signal.severity,
        context: signal.params.context,
        ...(expected && 'silentWeeks' in expected
          ? { silentWeeks: signal.params.silentWeeks }
          : {}),
        ...(expected && 'waitingDays' in expected
          ? { waitingDays: signal.params.waitingDays }
          : {}),
      },
    ).toEqual(expected);
  });

  it('answers within the charter’s response time where one is in force', () => {
    const waiting = {
      lastInboundAt: '2026-11-01T09:00:00Z',
      inboundInYear: 26,
      inboundRecent: 6,
      waitingSince: '2026-11-18T10:00:00Z',
      waiting: 1,
    };
    expect(silenceSignal(facts({ communication: waiting }), defaultThresholds)).toBeUndefined();
    expect(
      silenceSignal(facts({ communication: waiting, responseHours: 24 }), defaultThresholds)?.params
        .responseHours,
    ).toBe(24);
  });
});

describe('orders', () => {
  // Ordering every 14 days for two years, 30,000 a quarter.
  const orders = (overrides: Partial<NonNullable<WarningFacts['orders']>>) =>
    facts({
      orders: {
        recent: 30_000,
        prior: 30_000,
        lastYear: 30_000,
        currencies: 1,
        firstOrderOn: '2024-11-25',
        lastOrderOn: '2026-11-12',
        orderDays: 26,
        usualIntervalDays: 14,
        ...overrides,
      },
    });
  it.each([
    ['steady', orders({}), undefined],
    ['no orders recorded', facts(), undefined],
    [
      'down 40 % against the quarter before, 10 % against last year: a season',
      orders({ recent: 18_000, lastYear: 20_000 }),
      undefined,
    ],
    [
      'down 50 % against both',
      orders({ recent: 15_000 }),
      {
        severity: 'warning',
        params: { againstPrior3MonthsPercent: 50, againstLastYearPercent: 50 },
      },
    ],
    [
      'down 65 % against both: still a warning',
      orders({ recent: 10_500 }),
      {
        severity: 'warning',
        params: { againstPrior3MonthsPercent: 65, againstLastYearPercent: 65 },
      },
    ],
    [
      'ordering for eight months: compared with the quarter before only',
      orders({ recent: 15_000, firstOrderOn: '2026-03-20' }),
      {
        severity: 'warning',
        params: { againstPrior3MonthsPercent: 50, againstLastYearPercent: '—' },
      },
    ],
    [
      'an order every 45 days: a quarter holds two, too few to compare',
      orders({ recent: 10_000, usualIntervalDays: 45, orderDays: 8 }),
      undefined,
    ],
    ['down 20 %: under the threshold', orders({ recent: 24_000 }), undefined],
    [
      'ordering for only four months: nothing to compare against a year ago',
      orders({ recent: 15_000, firstOrderOn: '2026-07-20' }),
      undefined,
    ],
    ['two currencies', orders({ recent: 15_000, currencies: 2 }), undefined],
    ['three order days a year: too few to compare', orders({ recent: 0, orderDays: 3 }), undefined],
  ])('%s', (_name, input, expected) => {
    expect(pick(ordersDownSignal(input, defaultThresholds))).toEqual(expected);
  });

  it.each([
    ['last order 8 days ago', orders({}), undefined],
    ['31 days since a fortnightly order', orders({ lastOrderOn: '2026-10-20' }), 'warning'],
    [
      '20 days since a weekly order: under the 30-day floor',
      orders({ lastOrderOn: '2026-10-31', usualIntervalDays: 7 }),
      undefined,
    ],
    ['70 days since a fortnightly order', orders({ lastOrderOn: '2026-09-11' }), 'critical'],
    [
      '90 days since a quarterly order',
      orders({ lastOrderOn: '2026-08-22', usualIntervalDays: 91 }),
      undefined,
    ],
  ])('%s', (_name, input, expected) => {
    expect(orderGapSignal(input, defaultThresholds)?.severity).toBe(expected);
  });
});
