// The principal's unit cost of each product line, per currency, and the months' costs from them.
import { and, asc, eq, sql } from 'drizzle-orm';
import { productLineCodeSql } from '../charter/charter.queries.ts';
import type { Tx } from '../db/client.ts';
import { productLineCost } from '../db/schema.ts';

/** Every unit cost of the workspace with its product line's code, by code and currency. */
export function listUnitCostRows(tx: Tx, workspaceId: string) {
  const code = productLineCodeSql(productLineCost.workspaceId, productLineCost.productLineId);
  return tx
    .select({
      productLine: sql<string>`${code}`,
      currency: productLineCost.currency,
      unitCost: productLineCost.unitCost,
    })
    .from(productLineCost)
    .where(eq(productLineCost.workspaceId, workspaceId))
    .orderBy(asc(code), asc(productLineCost.currency));
}

export function deleteUnitCost(
  tx: Tx,
  workspaceId: string,
  productLineId: string,
  currency: string,
) {
  return tx
    .delete(productLineCost)
    .where(
      and(
        eq(productLineCost.workspaceId, workspaceId),
        eq(productLineCost.productLineId, productLineId),
        eq(productLineCost.currency, currency),
      ),
    );
}

export function upsertUnitCost(
  tx: Tx,
  workspaceId: string,
  cost: { productLineId: string; currency: string; unitCost: string },
) {
  return tx
    .insert(productLineCost)
    .values({ workspaceId, ...cost })
    .onConflictDoUpdate({
      target: [
        productLineCost.workspaceId,
        productLineCost.productLineId,
        productLineCost.currency,
      ],
      set: { unitCost: cost.unitCost, updatedAt: sql`now()` },
    });
}

/** Every month's cost: units × unit cost, where every line sold that month has a cost. */
export function recostMonths(tx: Tx, workspaceId: string) {
  return tx.execute(sql`
      update distributor_month m set cost = f.cost, updated_at = now()
      from (
        select s.distributor_id, s.period,
          case when bool_and(c.unit_cost is not null or s.units = 0)
            then sum(s.units * coalesce(c.unit_cost, 0)) end as cost
        from sales_fact s
        join distributor_month dm on dm.workspace_id = s.workspace_id
          and dm.distributor_id = s.distributor_id and dm.period = s.period
        left join product_line_cost c on c.workspace_id = s.workspace_id
          and c.product_line_id = s.product_line_id and c.currency = dm.currency
        where s.workspace_id = ${workspaceId}
        group by s.distributor_id, s.period
      ) f
      where m.workspace_id = ${workspaceId} and m.distributor_id = f.distributor_id
        and m.period = f.period`);
}
