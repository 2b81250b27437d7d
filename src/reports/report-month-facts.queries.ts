// Set-based fragments of the reports domain for the early warnings: every distributor's monthly
// reports of a span of months as they stood at an instant, for a whole workspace at once. A
// report first submitted later does not count yet, and its figures and notes are those of the
// revision current at that instant: the month's summary (distributor_month) when the current
// revision is already that one, else the sums of the earlier revision's content.
import { type SQL, sql } from 'drizzle-orm';

/**
 * The revision of report `r` current at `until` (the first counts from its first submission),
 * read only where `when` holds: a condition on `r` alone, which PostgreSQL checks before reading.
 */
function revisionAtSql(until: Date, when: SQL): SQL {
  return sql`select v.content from monthly_report_revision v
    where v.workspace_id = r.workspace_id and v.report_id = r.id
      and (v.revision = 1 or v.created_at <= ${until}) and ${when}
    order by v.revision desc limit 1`;
}

/**
 * One row per report of the months `fromPeriod`..`toPeriod` (first days): `distributor_id`,
 * `period` (YYYY-MM), `due_on`, `submitted_on` (the day it first arrived, the distributor's
 * calendar; null if not by `until`), `revenue`, `units`, `units_on_hand`, `currency`, and for the
 * months from `notesFrom` on, `competitive_activity` and `market_intelligence` (the content's
 * arrays, else null).
 */
export function reportMonthsAtSql(
  workspaceId: string,
  span: { fromPeriod: string; toPeriod: string; notesFrom: string; until: Date },
): SQL {
  const arrived = sql`(r.first_submitted_at <= ${span.until})`;
  // The month's summary holds the current revision's figures: right unless it came after `until`.
  const isCurrent = sql`(r.revision <= 1 or r.submitted_at <= ${span.until})`;
  return sql`select r.distributor_id, to_char(r.period, 'YYYY-MM') as period,
      r.due_on::text as due_on,
      case when ${arrived} then (r.first_submitted_at at time zone d.time_zone)::date::text
      end as submitted_on,
      case when ${arrived} then coalesce(earlier.revenue, m.revenue) end as revenue,
      case when ${arrived} then coalesce(earlier.units, m.units) end as units,
      case when ${arrived} then coalesce(earlier.units_on_hand, m.units_on_hand) end
        as units_on_hand,
      case when ${arrived} then coalesce(earlier.currency, m.currency, r.currency) end as currency,
      notes.content -> 'competitiveActivity' as competitive_activity,
      notes.content -> 'marketIntelligence' as market_intelligence
    from monthly_report r
    join distributor d on d.workspace_id = r.workspace_id and d.id = r.distributor_id
    left join distributor_month m on m.workspace_id = r.workspace_id
      and m.distributor_id = r.distributor_id and m.period = r.period
      and m.period >= ${span.fromPeriod}::date and m.period <= ${span.toPeriod}::date
    left join lateral (
      select (select sum((line ->> 'revenue')::numeric)
                from jsonb_array_elements(asof.content -> 'sales') line) as revenue,
             (select sum((line ->> 'units')::bigint)
                from jsonb_array_elements(asof.content -> 'sales') line) as units,
             (select sum((line ->> 'unitsOnHand')::bigint)
                from jsonb_array_elements(asof.content -> 'inventory') line) as units_on_hand,
             asof.content ->> 'currency' as currency
      from (${revisionAtSql(span.until, sql`${arrived} and not ${isCurrent}`)}) asof
    ) earlier on true
    left join lateral (${revisionAtSql(
      span.until,
      sql`${arrived} and r.period >= ${span.notesFrom}::date`,
    )}) notes on true
    where r.workspace_id = ${workspaceId}
      and r.period >= ${span.fromPeriod}::date and r.period <= ${span.toPeriod}::date`;
}

/**
 * The first month (YYYY-MM-DD) with a submitted report of the distributor `distributorId` (a
 * column of the outer statement), or null: a scalar subquery, one index probe per distributor.
 * Whenever the report arrived, its month shows the relationship was running then
 * (findFirstReportedMonth).
 */
export function firstReportedMonthSql(workspaceId: string, distributorId: SQL): SQL {
  return sql`(select min(r.period)::text from monthly_report r
    where r.workspace_id = ${workspaceId} and r.distributor_id = ${distributorId}
      and r.revision > 0)`;
}
