// The statements of the report-history import: months that already have a report, and the
// reports of many months written at once as storeRevision writes one (report row, first revision,
// its event, the facts and the month's summary), set-based for 36 months of a whole portfolio.
// Imported months are entered on the distributors' behalf (source 'history'); they arrive
// accepted, so no confirmation is asked of the distributor.
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { monthlyReport } from '../db/schema.ts';
import { monthTargetSql } from './report-facts.queries.ts';

/** Every (distributor, month) of the workspace that has a report row, draft or submitted. */
export function listReportMonthKeys(tx: Tx, workspaceId: string) {
  return tx
    .select({
      distributorId: monthlyReport.distributorId,
      period: sql<string>`to_char(${monthlyReport.period}, 'YYYY-MM')`,
    })
    .from(monthlyReport)
    .where(eq(monthlyReport.workspaceId, workspaceId));
}

export type HistoricReport = {
  id: string;
  distributorId: string;
  /** The month's first day. */
  period: string;
  currency: string;
  dueOn: string;
  submittedAt: string;
  content: unknown;
  contentHash: string;
};

/** Writes up to 1,000 reports a statement; `actor` is who imported them. */
export async function insertHistoricReports(
  tx: Tx,
  workspaceId: string,
  reports: readonly HistoricReport[],
  actor: { userId: string | null; name: string },
  lineIds: Record<string, string>,
) {
  const lines = JSON.stringify(lineIds);
  for (let start = 0; start < reports.length; start += 1000) {
    const json = JSON.stringify(reports.slice(start, start + 1000));
    const recordset = sql`jsonb_to_recordset(${json}::jsonb) as r(id uuid, "distributorId" uuid,
      period date, currency text, "dueOn" date, "submittedAt" timestamptz, content jsonb,
      "contentHash" text)`;
    // History was dealt with outside Liaison: it arrives accepted, as of the day it was received.
    await tx.execute(sql`insert into monthly_report (workspace_id, id, distributor_id, period,
        currency, status, revision, due_on, first_submitted_at, submitted_at, reviewed_at,
        created_at, updated_at)
      select ${workspaceId}, r.id, r."distributorId", r.period, r.currency, 'accepted', 1,
        r."dueOn", r."submittedAt", r."submittedAt", r."submittedAt", r."submittedAt",
        r."submittedAt"
      from ${recordset}`);
    // The importer entered these months for the distributors: on their behalf, from history.
    await tx.execute(sql`insert into monthly_report_revision (workspace_id, report_id, revision,
        content, source, content_hash, created_by, created_at, entered_on_behalf)
      select ${workspaceId}, r.id, 1, r.content, 'history', r."contentHash", ${actor.userId},
        r."submittedAt", true
      from ${recordset}`);
    await tx.execute(sql`insert into monthly_report_event (workspace_id, report_id, kind, revision,
        actor_user_id, actor_name, created_at)
      select ${workspaceId}, r.id, 'entered_on_behalf', 1, ${actor.userId}, ${actor.name},
        r."submittedAt"
      from ${recordset}`);
    await tx.execute(sql`insert into sales_fact (workspace_id, distributor_id, period,
        product_line_id, units, revenue, units_on_hand)
      select ${workspaceId}, r."distributorId", r.period, (${lines}::jsonb ->> (s ->> 'productLine'))::uuid,
        (s ->> 'units')::bigint, (s ->> 'revenue')::numeric, (i ->> 'unitsOnHand')::bigint
      from ${recordset}
      cross join jsonb_array_elements(r.content -> 'sales') s
      left join jsonb_array_elements(r.content -> 'inventory') i
        on i ->> 'productLine' = s ->> 'productLine'`);
    // The month's summary as writeReportFacts and refreshMonthFigures keep it.
    await tx.execute(sql`insert into distributor_month (workspace_id, distributor_id, period,
        currency, complaints, returns, satisfaction, pipeline_value, report_due_on,
        report_submitted_at)
      select ${workspaceId}, r."distributorId", r.period, r.currency,
        (r.content #>> '{customerSatisfaction,complaints}')::int,
        (r.content #>> '{customerSatisfaction,returns}')::int,
        (r.content #>> '{customerSatisfaction,score}')::numeric, 0, r."dueOn", r."submittedAt"
      from ${recordset}
      on conflict (workspace_id, distributor_id, period) do update set
        currency = excluded.currency, complaints = excluded.complaints,
        returns = excluded.returns, satisfaction = excluded.satisfaction,
        pipeline_value = excluded.pipeline_value, report_due_on = excluded.report_due_on,
        report_submitted_at = excluded.report_submitted_at, updated_at = now()`);
    await tx.execute(sql`update distributor_month m set
        revenue = coalesce(f.revenue, 0), units = coalesce(f.units, 0),
        units_on_hand = f.units_on_hand,
        cost = liaison_month_cost(m.distributor_id, m.period),
        target_revenue = ${monthTargetSql(workspaceId, sql`m.distributor_id`, sql`m.period`)},
        updated_at = now()
      from ${recordset}
      cross join lateral (
        select sum(s.revenue) as revenue, sum(s.units) as units,
          sum(s.units_on_hand) as units_on_hand
        from sales_fact s where s.workspace_id = ${workspaceId}
          and s.distributor_id = r."distributorId" and s.period = r.period
      ) f
      where m.workspace_id = ${workspaceId} and m.distributor_id = r."distributorId"
        and m.period = r.period`);
  }
}
