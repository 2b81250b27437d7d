// The facts (one row per distributor, month and product line) and the per-distributor monthly
// summary (distributor_month) the scorecard and the portfolio read instead of raw rows.
import { and, asc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { distributorMonth, salesFact } from '../db/schema.ts';

export type MonthRow = typeof distributorMonth.$inferSelect;

/**
 * The one rule for a month's target, per product line and for all lines: a line's month takes its
 * own month's target, else a third of its quarter's, else a twelfth of its year's; all lines take
 * the all-lines target found the same way, else the sum of the lines'. Each row says where its
 * figure comes from: `source_kind` month (entered), quarter, year or lines, and `source_period`.
 * The targets page, the scorecard and the stored monthly summaries all read it.
 */
export function monthTargetRowsSql(
  workspaceId: string | SQL,
  distributorId: string | SQL,
  period: string | SQL,
) {
  return sql`
    with candidates as (
      select product_line_id, period_kind, period as source_period,
        case period_kind when 'month' then revenue when 'quarter' then revenue / 3 else revenue / 12 end as value,
        case period_kind when 'month' then 1 when 'quarter' then 2 else 3 end as rank
      from sales_target
      where workspace_id = ${workspaceId} and distributor_id = ${distributorId}
        and ((period_kind = 'month' and period = ${period}::date)
          or (period_kind = 'quarter' and period = date_trunc('quarter', ${period}::date)::date)
          or (period_kind = 'year' and period = date_trunc('year', ${period}::date)::date))
    ), best as (
      select distinct on (product_line_id) product_line_id, value, period_kind, source_period
      from candidates order by product_line_id, rank
    )
    select product_line_id, value, period_kind::text as source_kind, source_period
    from best where product_line_id is not null
    union all
    select null::uuid, coalesce(a.value, l.value),
      coalesce(a.period_kind::text, case when l.value is not null then 'lines' end),
      a.source_period
    from (select 1) one
    left join best a on a.product_line_id is null
    left join (select sum(value) as value from best where product_line_id is not null) l on true`;
}

/** The month's target for all lines, by the rule above. */
export function monthTargetSql(
  workspaceId: string | SQL,
  distributorId: string | SQL,
  period: string | SQL,
) {
  return sql`(select r.value from (${monthTargetRowsSql(workspaceId, distributorId, period)}) r
    where r.product_line_id is null)`;
}

/** Each month's targets from `fromDate` to `toDate` (first days), per line and for all lines. */
export async function listMonthTargets(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  fromDate: string,
  toDate: string,
) {
  type Row = {
    period: string;
    product_line_id: string | null;
    value: string;
    source_kind: 'month' | 'quarter' | 'year' | 'lines';
    source_period: string | null;
  };
  const result = (await tx.execute(sql`
    select to_char(g.m, 'YYYY-MM') as period, r.product_line_id, r.value, r.source_kind,
      to_char(r.source_period, 'YYYY-MM') as source_period
    from generate_series(${fromDate}::date, ${toDate}::date, interval '1 month') g(m)
    cross join lateral (${monthTargetRowsSql(workspaceId, distributorId, sql`g.m::date`)}) r
    where r.value is not null
    order by 1`)) as unknown as { rows: Row[] };
  return result.rows.map((row) => ({
    period: row.period,
    productLineId: row.product_line_id,
    value: Number(row.value),
    sourceKind: row.source_kind,
    sourcePeriod: row.source_period,
  }));
}

/** Replaces the month's facts (`period`: the month's first day) with `rows`. */
export async function replaceSalesFacts(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  period: string,
  rows: { productLineId: string; units: number; revenue: string; unitsOnHand: number | null }[],
) {
  await tx
    .delete(salesFact)
    .where(
      and(
        eq(salesFact.workspaceId, workspaceId),
        eq(salesFact.distributorId, distributorId),
        eq(salesFact.period, period),
      ),
    );
  if (rows.length) {
    await tx
      .insert(salesFact)
      .values(rows.map((row) => ({ workspaceId, distributorId, period, ...row })));
  }
}

export type MonthSummary = Pick<
  MonthRow,
  | 'currency'
  | 'complaints'
  | 'returns'
  | 'satisfaction'
  | 'pipelineValue'
  | 'reportDueOn'
  | 'reportSubmittedAt'
>;

export function upsertMonthSummary(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  period: string,
  summary: MonthSummary,
) {
  return tx
    .insert(distributorMonth)
    .values({ workspaceId, distributorId, period, ...summary })
    .onConflictDoUpdate({
      target: [
        distributorMonth.workspaceId,
        distributorMonth.distributorId,
        distributorMonth.period,
      ],
      set: { ...summary, updatedAt: sql`now()` },
    });
}

/**
 * Totals, target and cost of each month from its facts. The cost counts only when the principal
 * recorded a unit cost, in the report's currency, for every line sold that month; it is read
 * through liaison_month_cost() because a distributor's own user, who submits most reports, may
 * not read the principal's costs.
 */
export async function refreshMonthFigures(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  periods: readonly string[],
) {
  for (const period of periods) {
    await tx.execute(sql`
      update distributor_month m set
        revenue = coalesce(f.revenue, 0),
        units = coalesce(f.units, 0),
        units_on_hand = f.units_on_hand,
        cost = liaison_month_cost(${distributorId}, ${period}::date),
        target_revenue = ${monthTargetSql(workspaceId, distributorId, period)},
        updated_at = now()
      from (
        select sum(s.revenue) as revenue, sum(s.units) as units, sum(s.units_on_hand) as units_on_hand
        from (select 1) one
        left join sales_fact s on s.workspace_id = ${workspaceId}
          and s.distributor_id = ${distributorId} and s.period = ${period}::date
      ) f
      where m.workspace_id = ${workspaceId} and m.distributor_id = ${distributorId}
        and m.period = ${period}::date`);
  }
}

/** A distributor's monthly summaries from `fromDate` to `toDate` (first days), oldest first. */
export function listDistributorMonths(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  fromDate: string,
  toDate: string,
) {
  return tx
    .select()
    .from(distributorMonth)
    .where(
      and(
        eq(distributorMonth.workspaceId, workspaceId),
        eq(distributorMonth.distributorId, distributorId),
        gte(distributorMonth.period, fromDate),
        lte(distributorMonth.period, toDate),
      ),
    )
    .orderBy(asc(distributorMonth.period));
}

/** The first days of every month a distributor has a summary for. */
export function listSummaryMonths(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({ period: distributorMonth.period })
    .from(distributorMonth)
    .where(
      and(
        eq(distributorMonth.workspaceId, workspaceId),
        eq(distributorMonth.distributorId, distributorId),
      ),
    )
    .then((rows) => rows.map((row) => row.period));
}
