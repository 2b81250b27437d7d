// What changed between two revisions of a report, in words, for the revision history: "Sales
// BRK-100: units 120 → 130". Sections without a key per row (notes) count added and removed rows.
import type { TFunction } from 'i18next';
import type { MonthlyReportContent } from './report.content.ts';

const MAX_CHANGES = 30;

type Keyed = Record<string, Record<string, unknown>>;

function byKey<Row extends Record<string, unknown>>(
  rows: readonly Row[],
  key: (row: Row) => string,
): Keyed {
  return Object.fromEntries(rows.map((row) => [key(row), row]));
}

function compareKeyed(t: TFunction, section: string, before: Keyed, after: Keyed, out: string[]) {
  for (const [key, row] of Object.entries(after)) {
    const old = before[key];
    if (!old) {
      out.push(t('report.change.added', { section, key }));
      continue;
    }
    for (const [field, value] of Object.entries(row)) {
      if (JSON.stringify(old[field]) !== JSON.stringify(value)) {
        out.push(
          t('report.change.field', {
            section,
            key,
            field,
            from: String(old[field] ?? '—'),
            to: String(value ?? '—'),
          }),
        );
      }
    }
  }
  for (const key of Object.keys(before)) {
    if (!after[key]) out.push(t('report.change.removed', { section, key }));
  }
}

function compareCounted(
  t: TFunction,
  section: string,
  before: unknown[],
  after: unknown[],
  out: string[],
) {
  const seen = new Set(before.map((row) => JSON.stringify(row)));
  const kept = new Set(after.map((row) => JSON.stringify(row)));
  const added = after.filter((row) => !seen.has(JSON.stringify(row))).length;
  const removed = before.filter((row) => !kept.has(JSON.stringify(row))).length;
  if (added || removed) out.push(t('report.change.rows', { section, added, removed }));
}

export function describeChanges(
  t: TFunction,
  before: MonthlyReportContent | undefined,
  after: MonthlyReportContent,
): string[] {
  if (!before) return [];
  const out: string[] = [];
  compareKeyed(
    t,
    'Sales',
    byKey(before.sales, (row) => row.productLine),
    byKey(after.sales, (row) => row.productLine),
    out,
  );
  compareKeyed(
    t,
    'Inventory',
    byKey(before.inventory, (row) => row.productLine),
    byKey(after.inventory, (row) => row.productLine),
    out,
  );
  const opportunity = (row: { account: string; productLine: string }) =>
    `${row.account} / ${row.productLine}`;
  compareKeyed(
    t,
    'Pipeline',
    byKey(before.pipeline, opportunity),
    byKey(after.pipeline, opportunity),
    out,
  );
  compareCounted(
    t,
    'Market intelligence',
    before.marketIntelligence,
    after.marketIntelligence,
    out,
  );
  compareCounted(t, 'Competition', before.competitiveActivity, after.competitiveActivity, out);
  compareKeyed(
    t,
    'Customer satisfaction',
    { month: before.customerSatisfaction },
    { month: after.customerSatisfaction },
    out,
  );
  return out.length > MAX_CHANGES
    ? [...out.slice(0, MAX_CHANGES), t('report.change.more', { count: out.length - MAX_CHANGES })]
    : out;
}
