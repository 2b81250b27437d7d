// The targets grid as plain data: one text cell per product line (or all lines), period kind and
// period, turned into the API's list of targets and back. Pure, so the page stays about layout.
import type { TargetRecord } from './use-performance.ts';

export type PeriodKind = 'month' | 'quarter' | 'year';
export const periodKinds: readonly PeriodKind[] = ['month', 'quarter', 'year'];

/** `null` stands for all product lines. */
export type LineCode = string | null;
export type Cells = Record<string, string>;

export const cellKey = (line: LineCode, kind: PeriodKind, period: string) =>
  `${line ?? '*'}|${kind}|${period}`;

/** The first months of a year's periods of one kind: "2026-01", "2026-04", … */
export function periodsOf(year: number, kind: PeriodKind): string[] {
  const step = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
  const periods: string[] = [];
  for (let month = 1; month <= 12; month += step) {
    periods.push(`${year}-${String(month).padStart(2, '0')}`);
  }
  return periods;
}

export function cellsOf(targets: TargetRecord[]): Cells {
  const cells: Cells = {};
  for (const target of targets) {
    const key = cellKey(target.productLine?.code ?? null, target.periodKind, target.period);
    cells[key] = String(target.revenue);
  }
  return cells;
}

/** Units are not edited in the grid; a target's units survive a save of its revenue. */
export function unitsOf(targets: TargetRecord[]): Record<string, number | null> {
  return Object.fromEntries(
    targets.map((target) => [
      cellKey(target.productLine?.code ?? null, target.periodKind, target.period),
      target.units,
    ]),
  );
}

/**
 * Reads an amount typed in the user's locale ("6,000.50" in en, "6.000,50" in de); NaN when it
 * is not a number at all.
 */
export function parseAmount(text: string, locale: string): number {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const normalised = text.trim().replace(/\s/g, '').split(group).join('').replace(decimal, '.');
  return /^\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

export type TargetRow = {
  key: string;
  productLine: LineCode;
  periodKind: PeriodKind;
  period: string;
  revenue: number;
  units: number | null;
};

/**
 * Every filled cell as a target, in a stable order so a problem pointer `#/targets/N` leads back
 * to its cell; `invalid` lists the cells whose text is not an amount.
 */
export function targetsOf(cells: Cells, units: Record<string, number | null>, locale: string) {
  const targets: TargetRow[] = [];
  const invalid: string[] = [];
  for (const [key, text] of Object.entries(cells).sort(([a], [b]) => a.localeCompare(b))) {
    if (text.trim() === '') continue;
    const revenue = parseAmount(text, locale);
    if (Number.isNaN(revenue)) {
      invalid.push(key);
      continue;
    }
    const [line = '*', kind = 'month', period = ''] = key.split('|');
    targets.push({
      key,
      productLine: line === '*' ? null : line,
      // The key was built by cellKey from a PeriodKind.
      periodKind: kind as PeriodKind,
      period,
      revenue,
      units: units[key] ?? null,
    });
  }
  return { targets, invalid };
}
