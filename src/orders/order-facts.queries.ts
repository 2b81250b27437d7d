// Set-based fragment of the orders domain (order_line, the principal's sell-in) for the early
// warnings: each distributor's orders as they stood on a day, for a whole workspace at once.
import { type SQL, sql } from 'drizzle-orm';

/**
 * One row per distributor with an order in the 550 days up to `asOf` (YYYY-MM-DD, inclusive):
 * `distributor_id`; net value `recent` (the 91 days up to `asOf`), `prior` (the 91 before them),
 * and `last_year` (the same 91 days a year earlier);
 * `currencies` (1, or 2 for several: sums of several are not compared);
 * `first_order_on` (within the 550 days), `last_order_on`; and the order rhythm of the year
 * before the last order: `order_days` (days with an order) and `median_interval_days` between them.
 */
export function orderFactsSql(workspaceId: string, asOf: string): SQL {
  const day = sql`${asOf}::date`;
  return sql`with days as (
      select o.distributor_id, o.ordered_on, sum(o.net_value) as value,
        min(o.currency collate "C") as low_currency, max(o.currency collate "C") as high_currency
      from order_line o
      where o.workspace_id = ${workspaceId} and o.ordered_on <= ${day}
        and o.ordered_on > ${day} - 550
      group by o.distributor_id, o.ordered_on
    ), spaced as (
      select days.*,
        ordered_on - lag(ordered_on) over (partition by distributor_id order by ordered_on) as gap,
        max(ordered_on) over (partition by distributor_id) as last_on
      from days
    )
    select distributor_id,
      coalesce(sum(value) filter (where ordered_on > ${day} - 91), 0) as recent,
      coalesce(sum(value) filter (where ordered_on > ${day} - 182
        and ordered_on <= ${day} - 91), 0) as prior,
      coalesce(sum(value) filter (where ordered_on > ${day} - 456
        and ordered_on <= ${day} - 365), 0) as last_year,
      case when min(low_currency) = max(high_currency) then 1 else 2 end as currencies,
      min(ordered_on)::text as first_order_on,
      max(ordered_on)::text as last_order_on,
      (count(*) filter (where ordered_on > last_on - 365))::int as order_days,
      percentile_cont(0.5) within group (order by gap)
        filter (where ordered_on > last_on - 365 and gap is not null) as median_interval_days
    from spaced
    group by distributor_id`;
}
