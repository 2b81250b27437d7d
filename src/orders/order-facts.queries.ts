// Set-based fragment of the orders domain (the principal's sell-in) for the early warnings: each
// distributor's orders as they stood on a day, for a whole workspace at once. It reads the
// monthly roll-up (order_month, kept by triggers on order_line: migration 0020) for the months
// that had ended, and the order lines themselves only for the month of the day assessed.
import { type SQL, sql } from 'drizzle-orm';

/**
 * One row per distributor with an order in the 17 months before the month of `asOf` or in that
 * month up to `asOf` (YYYY-MM-DD, inclusive): `distributor_id`; net value `recent` (the three
 * months that had ended by `asOf`), `prior` (the three before them) and `last_year` (the same
 * three months a year earlier); `currencies` (1, or 2 for several: sums of several are not
 * compared); `first_order_on` (within those months), `last_order_on`; and the order rhythm of the
 * twelve months up to `asOf` (the month of `asOf` and the eleven before it): `order_days` (days
 * with an order) and `usual_interval_days`, the average days between the first and the last of
 * them (a silence after the last order does not stretch it).
 */
export function orderFactsSql(workspaceId: string, asOf: string): SQL {
  const day = sql`${asOf}::date`;
  const monthStart = sql`${`${asOf.slice(0, 7)}-01`}::date`;
  const monthsBack = (months: number) =>
    sql`(${monthStart} - interval '${sql.raw(String(months))} months')::date`;
  return sql`with months as (
      select distributor_id, month, net_value, order_days, first_day, last_day,
        low_currency, high_currency
      from order_month
      where workspace_id = ${workspaceId} and month >= ${monthsBack(17)} and month < ${monthStart}
      union all
      select distributor_id, ${monthStart}, sum(net_value), count(distinct ordered_on)::int,
        min(ordered_on), max(ordered_on), min(currency collate "C"), max(currency collate "C")
      from order_line
      where workspace_id = ${workspaceId} and ordered_on >= ${monthStart} and ordered_on <= ${day}
      group by distributor_id
    )
    select distributor_id,
      coalesce(sum(net_value) filter (where month >= ${monthsBack(3)}
        and month < ${monthStart}), 0) as recent,
      coalesce(sum(net_value) filter (where month >= ${monthsBack(6)}
        and month < ${monthsBack(3)}), 0) as prior,
      coalesce(sum(net_value) filter (where month >= ${monthsBack(15)}
        and month < ${monthsBack(12)}), 0) as last_year,
      case when min(low_currency collate "C") = max(high_currency collate "C") then 1 else 2 end
        as currencies,
      min(first_day)::text as first_order_on,
      max(last_day)::text as last_order_on,
      coalesce(sum(order_days) filter (where month >= ${monthsBack(11)}), 0)::int as order_days,
      (max(last_day) - min(first_day) filter (where month >= ${monthsBack(11)}))::numeric
        / nullif(sum(order_days) filter (where month >= ${monthsBack(11)}) - 1, 0)
        as usual_interval_days
    from months
    group by distributor_id`;
}
