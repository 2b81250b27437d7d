// Every SQL statement of the orders domain (order_line): the import's bulk upsert, the list, and
// the monthly sums the scorecard and the KPI refresh read.
import { and, asc, count, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import { listProductLineCodes } from '../charter/charter.queries.ts';
import type { Tx } from '../db/client.ts';
import { orderLine } from '../db/schema.ts';

export type NewOrderLine = {
  distributorId: string;
  orderRef: string | null;
  orderedOn: string;
  productLineId: string;
  quantity: number;
  netValue: number;
  currency: string;
};

/** The catalogue the import checks codes against (archived lines too: history names them). */
export function listOrderProductLines(tx: Tx, workspaceId: string) {
  return listProductLineCodes(tx, workspaceId, { includeArchived: true });
}

/**
 * Inserts order lines 1,000 at a time; a line with an order reference replaces the stored line of
 * the same distributor, order and product line. Returns how many were new and how many replaced.
 */
export async function upsertOrderLines(
  tx: Tx,
  workspaceId: string,
  lines: readonly NewOrderLine[],
  now: Date,
  onChunk?: (done: number) => void,
) {
  let inserted = 0;
  let replaced = 0;
  for (let start = 0; start < lines.length; start += 1000) {
    const chunk = JSON.stringify(lines.slice(start, start + 1000));
    // Both drivers answer execute() with an object holding `rows`.
    const result = (await tx.execute(sql`
      insert into order_line (workspace_id, distributor_id, order_ref, ordered_on,
        product_line_id, quantity, net_value, currency, created_at)
      select ${workspaceId}, r."distributorId", r."orderRef", r."orderedOn", r."productLineId",
        r.quantity, r."netValue", r.currency, ${now}
      from jsonb_to_recordset(${chunk}::jsonb) as r("distributorId" uuid, "orderRef" text,
        "orderedOn" date, "productLineId" uuid, quantity numeric, "netValue" numeric,
        currency text)
      on conflict (workspace_id, distributor_id, order_ref, product_line_id)
        where order_ref is not null
      do update set ordered_on = excluded.ordered_on, quantity = excluded.quantity,
        net_value = excluded.net_value, currency = excluded.currency,
        created_at = excluded.created_at
      returning (xmax = 0) as inserted`)) as unknown as { rows: { inserted: boolean }[] };
    for (const row of result.rows) {
      if (row.inserted) inserted += 1;
      else replaced += 1;
    }
    onChunk?.(Math.min(start + 1000, lines.length));
  }
  return { inserted, replaced };
}

/** One page of a distributor's order lines, newest first, with the total. */
export async function findOrderPage(
  tx: Tx,
  workspaceId: string,
  filter: {
    distributorId: string;
    from?: string | undefined;
    to?: string | undefined;
    productLineId?: string | undefined;
    limit: number;
    offset: number;
  },
) {
  const where = and(
    eq(orderLine.workspaceId, workspaceId),
    eq(orderLine.distributorId, filter.distributorId),
    filter.from ? gte(orderLine.orderedOn, filter.from) : undefined,
    filter.to ? lte(orderLine.orderedOn, filter.to) : undefined,
    filter.productLineId ? eq(orderLine.productLineId, filter.productLineId) : undefined,
  );
  const rows = await tx
    .select()
    .from(orderLine)
    .where(where)
    .orderBy(desc(orderLine.orderedOn), desc(orderLine.orderRef), desc(orderLine.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await tx.select({ value: count() }).from(orderLine).where(where);
  return { rows, total: total?.value ?? 0 };
}

/**
 * A distributor's net order value and quantity per month from `fromDay` to `toDay`, in the
 * currency most of its lines of those months are in (amounts are never summed across currencies).
 */
export async function listOrderMonths(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  fromDay: string,
  toDay: string,
) {
  type Row = { period: string; net_value: string; quantity: string; currency: string };
  // Both drivers answer execute() with an object holding `rows`.
  const result = (await tx.execute(sql`
    with lines as (
      select * from order_line
      where workspace_id = ${workspaceId} and distributor_id = ${distributorId}
        and ordered_on between ${fromDay}::date and ${toDay}::date
    ), main as (select mode() within group (order by currency) as currency from lines)
    select to_char(date_trunc('month', l.ordered_on), 'YYYY-MM') as period,
      sum(l.net_value) as net_value, sum(l.quantity) as quantity,
      main.currency
    from lines l join main on l.currency = main.currency
    group by 1, main.currency order by 1`)) as unknown as { rows: Row[] };
  return result.rows;
}

/**
 * The orders KPI of each distributor, for the set-based refresh (kpi.queries.ts): net order value
 * of the 12 months up to `today` and of the 12 before, in the distributor's main order currency.
 * Columns: order_value_12m, order_value_prior, order_history_full (the prior 12 months are
 * covered: the first order in the window is in their first quarter), order_currency.
 */
export function orderTotalsSql(workspaceId: SQL, distributorId: SQL, today: SQL) {
  return sql`
    select
      sum(o.net_value) filter (where o.ordered_on > ${today}::date - interval '12 months')
        as order_value_12m,
      sum(o.net_value) filter (where o.ordered_on <= ${today}::date - interval '12 months')
        as order_value_prior,
      min(o.ordered_on) <= ${today}::date - interval '21 months' as order_history_full,
      main.currency as order_currency
    from (
      select mode() within group (order by x.currency) as currency from order_line x
      where x.workspace_id = ${workspaceId} and x.distributor_id = ${distributorId}
        and x.ordered_on > ${today}::date - interval '24 months' and x.ordered_on <= ${today}::date
    ) main
    left join order_line o on o.workspace_id = ${workspaceId} and o.distributor_id = ${distributorId}
      and o.currency = main.currency
      and o.ordered_on > ${today}::date - interval '24 months' and o.ordered_on <= ${today}::date
    group by main.currency`;
}

/** The first order line on or after `fromDay` (the onboarding journey's first order). */
export function findFirstOrderSince(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  fromDay: string,
) {
  return tx
    .select({ orderedOn: orderLine.orderedOn, orderRef: orderLine.orderRef })
    .from(orderLine)
    .where(
      and(
        eq(orderLine.workspaceId, workspaceId),
        eq(orderLine.distributorId, distributorId),
        gte(orderLine.orderedOn, fromDay),
      ),
    )
    .orderBy(asc(orderLine.orderedOn), asc(orderLine.id))
    .limit(1)
    .then((rows) => rows[0]);
}
