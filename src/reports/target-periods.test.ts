import { describe, expect, it } from 'vitest';
import { type MonthTarget, periodTargets } from './target-periods.ts';

const months = (
  line: string | null,
  from: number,
  to: number,
  value: number,
  kind: MonthTarget['sourceKind'],
  source: string | null,
): MonthTarget[] =>
  Array.from({ length: to - from + 1 }, (_, index) => ({
    period: `2026-${String(from + index).padStart(2, '0')}`,
    productLine: line,
    value,
    sourceKind: kind,
    sourcePeriod: source,
  }));

describe('every period’s target and where it comes from', () => {
  it('names the year, the lines or the months behind a quarter or year not entered', () => {
    const targets = periodTargets(
      2026,
      [
        ...months('BRK-PAD', 1, 12, 1000, 'year', '2026-01'),
        ...months('OIL-FLT', 1, 3, 500, 'month', '2026-01'),
        ...months(null, 1, 3, 1500, 'lines', null),
        ...months(null, 4, 12, 1000, 'lines', null),
      ],
      new Map([['BRK-PAD|year|2026-01', 12000]]),
    );
    const find = (line: string | null, kind: string, period: string) =>
      targets.find(
        (target) =>
          target.productLine === line && target.periodKind === kind && target.period === period,
      );
    expect(find('BRK-PAD', 'quarter', '2026-04')).toMatchObject({
      revenue: 3000,
      source: { kind: 'year', period: '2026-01' },
    });
    expect(find('BRK-PAD', 'year', '2026-01')).toMatchObject({
      revenue: 12000,
      source: { kind: 'entered' },
    });
    expect(find('OIL-FLT', 'quarter', '2026-01')).toMatchObject({
      revenue: 1500,
      source: { kind: 'months', period: null },
    });
    expect(find('OIL-FLT', 'quarter', '2026-04')).toBeUndefined();
    expect(find(null, 'quarter', '2026-01')).toMatchObject({
      revenue: 4500,
      source: { kind: 'lines', period: null },
    });
    expect(find(null, 'year', '2026-01')).toMatchObject({
      revenue: 13500,
      source: { kind: 'lines' },
    });
  });
});
