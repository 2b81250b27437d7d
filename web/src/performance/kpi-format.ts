// KPI values in words and colours: the unit decides how a value reads, `lowerIsBetter` which way
// is good. Formatters are built once per locale because the portfolio formats over a thousand
// cells a page.
import { LifecycleStage } from '../../../src/distributors/distributors.schema.ts';
import type { KpiKey } from '../../../src/reports/kpi.schema.ts';
import type { LifecycleStageName } from '../api/types.ts';

export type KpiUnit = 'ratio' | 'weeks' | 'turns' | 'count' | 'score';

/**
 * Each KPI's unit and direction. The scorecard carries them per KPI, the portfolio rows do not,
 * so this restates src/reports/scorecard.service.ts (kpiShape) for the heat map.
 */
export const kpiShapes: Record<KpiKey, { unit: KpiUnit; lowerIsBetter: boolean }> = {
  attainment: { unit: 'ratio', lowerIsBetter: false },
  growth: { unit: 'ratio', lowerIsBetter: false },
  sellThrough: { unit: 'ratio', lowerIsBetter: false },
  inventoryTurns: { unit: 'turns', lowerIsBetter: false },
  weeksOfCover: { unit: 'weeks', lowerIsBetter: false },
  timeliness: { unit: 'ratio', lowerIsBetter: false },
  meetingsHeld: { unit: 'ratio', lowerIsBetter: false },
  notesOnTime: { unit: 'ratio', lowerIsBetter: false },
  actionsOnTime: { unit: 'ratio', lowerIsBetter: false },
  complaints: { unit: 'count', lowerIsBetter: true },
  returns: { unit: 'count', lowerIsBetter: true },
  satisfaction: { unit: 'score', lowerIsBetter: false },
  margin: { unit: 'ratio', lowerIsBetter: false },
  orderGrowth: { unit: 'ratio', lowerIsBetter: false },
};

export type KpiFormat = ReturnType<typeof makeKpiFormat>;

/** `plain` is the bare figure for tables (the column names the unit); `full` adds the unit. */
export function makeKpiFormat(locale: string, units: Record<'weeks' | 'turns' | 'score', string>) {
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const plain = (unit: KpiUnit, value: number | null) => {
    if (value === null) return '—';
    if (unit === 'ratio') return percent.format(value);
    if (unit === 'count') return whole.format(value);
    return decimal.format(value);
  };
  return {
    plain,
    full: (unit: KpiUnit, value: number | null) =>
      value === null || unit === 'ratio' || unit === 'count'
        ? plain(unit, value)
        : units[unit].replace('{{value}}', decimal.format(value)),
    /** Money in the distributor's report currency, without cents: the figures are monthly sums. */
    money: (value: number | null, currency: string | null) => {
      if (value === null) return '—';
      if (!currency) return whole.format(value);
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      }).format(value);
    },
  };
}

export type Level = -2 | -1 | 0 | 1 | 2;

/**
 * How much better (positive) or worse a value is than a reference (target or median). Ratios
 * compare in percentage points, because a median growth near zero would make a relative
 * difference explode; other units compare relatively.
 */
export function compareLevel(
  value: number | null,
  reference: number | null,
  unit: KpiUnit,
  lowerIsBetter: boolean,
): Level | null {
  if (value === null || reference === null) return null;
  const difference =
    unit === 'ratio'
      ? value - reference
      : (value - reference) / Math.max(Math.abs(reference), unit === 'count' ? 1 : 0.1);
  const [near, far] = unit === 'ratio' ? [0.02, 0.1] : [0.05, 0.25];
  const better = lowerIsBetter ? -difference : difference;
  if (better >= far) return 2;
  if (better >= near) return 1;
  if (better <= -far) return -2;
  if (better <= -near) return -1;
  return 0;
}

export const levelNames = {
  '-2': 'muchWorse',
  '-1': 'worse',
  '0': 'near',
  '1': 'better',
  '2': 'muchBetter',
} as const satisfies Record<`${Level}`, string>;

/** "2026-03" → the first of that month as UTC milliseconds. */
export function periodTime(period: string) {
  return Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1);
}

export function makePeriodFormat(locale: string) {
  const month = new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (period: string) => month.format(periodTime(period));
}

const stageNames: readonly string[] = LifecycleStage.options;

/** The KPI responses type the stage as a plain string; the stage badge takes only known ones. */
export function isLifecycleStage(stage: string): stage is LifecycleStageName {
  return stageNames.includes(stage);
}
