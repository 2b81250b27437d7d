// Every period's target on the targets page, from the months' targets of the one rule in
// report-facts.queries.ts (monthTargetRowsSql): a month shows its own figure; a quarter or the
// year shows what was entered for it, else the sum of its months, labelled by where they came
// from. Pure, so the page and the scorecard cannot disagree on a month.
import { shiftPeriod } from './periods.ts';

export type TargetSourceKind = 'entered' | 'quarter' | 'year' | 'lines' | 'months';
export type MonthTarget = {
  period: string;
  productLine: string | null;
  value: number;
  sourceKind: 'month' | 'quarter' | 'year' | 'lines';
  sourcePeriod: string | null;
};
export type PeriodTarget = {
  productLine: string | null;
  periodKind: 'month' | 'quarter' | 'year';
  period: string;
  revenue: number;
  source: { kind: TargetSourceKind; period: string | null };
};

/** A month's source as the page names it: entered, or derived from its quarter, year or lines. */
export function monthSource(month: Pick<MonthTarget, 'sourceKind' | 'sourcePeriod'>) {
  return {
    kind: month.sourceKind === 'month' ? 'entered' : month.sourceKind,
    period: month.sourceKind === 'lines' ? null : month.sourcePeriod,
  } as PeriodTarget['source'];
}

/**
 * The year's month, quarter and year targets of each line (and all lines). `entered` holds the
 * keys `line|kind|period` of the targets set for a quarter or the year.
 */
export function periodTargets(
  year: number,
  months: readonly MonthTarget[],
  entered: ReadonlyMap<string, number>,
): PeriodTarget[] {
  const result: PeriodTarget[] = [];
  const lines = new Set<string | null>(months.map((month) => month.productLine));
  for (const [key] of entered) {
    const line = key.split('|')[0] ?? '*';
    lines.add(line === '*' ? null : line);
  }
  const first = `${year}-01`;
  for (const line of lines) {
    const own = new Map(
      months.filter((month) => month.productLine === line).map((month) => [month.period, month]),
    );
    for (const month of own.values()) {
      result.push({
        productLine: line,
        periodKind: 'month',
        period: month.period,
        revenue: month.value,
        source: monthSource(month),
      });
    }
    const span = (kind: 'quarter' | 'year', start: string, length: number) => {
      const value = entered.get(`${line ?? '*'}|${kind}|${start}`);
      if (value !== undefined) {
        result.push({
          productLine: line,
          periodKind: kind,
          period: start,
          revenue: value,
          source: { kind: 'entered', period: null },
        });
        return;
      }
      const parts = Array.from({ length }, (_, index) => own.get(shiftPeriod(start, index)));
      const present = parts.filter((part) => part !== undefined);
      if (!present.length) return;
      const sources = new Set(present.map((part) => `${part.sourceKind}|${part.sourcePeriod}`));
      // One source for every month (the year, or all lines' sums) names it; a mix is the months'.
      const single = sources.size === 1 && present.length === length ? present[0] : undefined;
      const source =
        single && single.sourceKind !== 'month'
          ? monthSource(single)
          : { kind: 'months' as const, period: null };
      result.push({
        productLine: line,
        periodKind: kind,
        period: start,
        revenue: present.reduce((sum, part) => sum + part.value, 0),
        source,
      });
    };
    for (let quarter = 0; quarter < 4; quarter++)
      span('quarter', shiftPeriod(first, quarter * 3), 3);
    span('year', first, 12);
  }
  return result;
}
