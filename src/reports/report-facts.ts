// Keeps the facts and the monthly summary of a distributor in step with its reports and targets,
// in the transaction that changed them: the scorecard and the portfolio then read one row per
// month, never raw rows across months.
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { distributorMonth, salesFact } from '../db/schema.ts';
import type { MonthlyReportContent } from './report.content.ts';

const closedStages = new Set(['won', 'lost']);

/** The month's target: the all-lines target if one is set, else the sum of the lines' targets;
 * a month without its own target takes a third of its quarter's or a twelfth of its year's. */
export function monthTargetSql(workspaceId: string, distributorId: string, period: string) {
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

/** Replaces the month's facts with the report's lines and rewrites its summary row. */
export async function writeReportFacts(
  tx: Tx,
  scope: { workspaceId: string; distributorId: string; period: string; dueOn: string },
  content: MonthlyReportContent,
  lineIds: ReadonlyMap<string, string>,
  firstSubmittedAt: Date,
) {
  const { workspaceId, distributorId, period } = scope;
  const byLine = new Map<string, { units: number; revenue: number; unitsOnHand: number | null }>();
  for (const line of content.sales) {
    byLine.set(line.productLine, { units: line.units, revenue: line.revenue, unitsOnHand: null });
  }
  for (const line of content.inventory) {
    const row = byLine.get(line.productLine) ?? { units: 0, revenue: 0, unitsOnHand: null };
    byLine.set(line.productLine, { ...row, unitsOnHand: line.unitsOnHand });
  }
  const where = and(
    eq(salesFact.workspaceId, workspaceId),
    eq(salesFact.distributorId, distributorId),
    eq(salesFact.period, period),
  );
  await tx.delete(salesFact).where(where);
  if (byLine.size) {
    await tx.insert(salesFact).values(
      [...byLine].map(([code, row]) => ({
        workspaceId,
        distributorId,
        period,
        productLineId: lineIds.get(code) ?? '',
        units: row.units,
        revenue: row.revenue.toFixed(2),
        unitsOnHand: row.unitsOnHand,
      })),
    );
  }
  const satisfaction = content.customerSatisfaction;
  const pipelineValue = content.pipeline
    .filter((row) => !closedStages.has(row.stage))
    .reduce((sum, row) => sum + row.value, 0);
  const summary = {
    currency: content.currency,
    complaints: satisfaction.complaints,
    returns: satisfaction.returns,
    satisfaction: satisfaction.score === null ? null : String(satisfaction.score),
    pipelineValue: pipelineValue.toFixed(2),
    reportDueOn: scope.dueOn,
    reportSubmittedAt: firstSubmittedAt,
  };
  await tx
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
  await refreshMonthFigures(tx, workspaceId, distributorId, [period]);
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
