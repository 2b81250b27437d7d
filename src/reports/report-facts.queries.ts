// The facts (one row per distributor, month and product line) and the per-distributor monthly
// summary (distributor_month) the scorecard and the portfolio read instead of raw rows.
import { and, asc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { distributorMonth, salesFact } from '../db/schema.ts';

export type MonthRow = typeof distributorMonth.$inferSelect;

/** The month's target: the all-lines target if one is set, else the sum of the lines' targets;
 * a month without its own target takes a third of its quarter's or a twelfth of its year's. */
export function monthTargetSql(
  workspaceId: string | SQL,
  distributorId: string | SQL,
  period: string | SQL,
) {
  return sql`(
    with candidates as (
      select product_line_id,
        case period_kind when 'month' then revenue when 'quarter' then revenue / 3 else revenue / 12 end as value,
        case period_kind when 'month' then 1 when 'quarter' then 2 else 3 end as rank
      from sales_target
      where workspace_id = ${workspaceId} and distributor_id = ${distributorId}
        and ((period_kind = 'month' and period = ${period}::date)
          or (period_kind = 'quarter' and period = date_trunc('quarter', ${period}::date)::date)
          or (period_kind = 'year' and period = date_trunc('year', ${period}::date)::date))
    ), best as (
      select distinct on (product_line_id) product_line_id, value
      from candidates order by product_line_id, rank
    )
    select coalesce(
      (select value from best where product_line_id is null),
      (select sum(value) from best where product_line_id is not null)
    )
  )`;
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
