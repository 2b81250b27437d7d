// A distributor's orders (sell-in) for the API and the monthly sums other domains read: the
// scorecard's trend of net order value.
import type { Tx } from '../db/client.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { AppError } from '../platform/errors.ts';
import { type Context, inTransaction } from '../platform/tenancy.ts';
import {
  findFirstOrderSince,
  findOrderPage,
  listOrderMonths,
  listOrderProductLines,
} from './orders.queries.ts';
import type { OrderListQuery } from './orders.schema.ts';

/** One page of a distributor's order lines, newest first; its own users see only theirs. */
export function listDistributorOrders(ctx: Context, distributorId: string, query: OrderListQuery) {
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const lines = await listOrderProductLines(tx, ctx.actor.workspaceId);
    const byId = new Map(lines.map((line) => [line.id, line]));
    const wanted = query.productLine
      ? lines.find((line) => line.code.toLowerCase() === query.productLine?.toLowerCase())
      : undefined;
    if (query.productLine && !wanted) {
      throw new AppError('validation_failed', {
        errors: [
          {
            pointer: '#/productLine',
            detail: ctx.t('imports.validation.unknown_product_line', { value: query.productLine }),
          },
        ],
      });
    }
    const { rows, total } = await findOrderPage(tx, ctx.actor.workspaceId, {
      distributorId,
      from: query.from,
      to: query.to,
      productLineId: wanted?.id,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return {
      items: rows.map((row) => {
        const line = byId.get(row.productLineId);
        return {
          id: row.id,
          orderRef: row.orderRef,
          orderedOn: row.orderedOn,
          productLine: { id: row.productLineId, code: line?.code ?? '', name: line?.name ?? '' },
          quantity: Number(row.quantity),
          netValue: Number(row.netValue),
          currency: row.currency,
        };
      }),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

export type OrderMonth = { period: string; netValue: number; quantity: number; currency: string };

/**
 * Net order value and quantity per month (YYYY-MM) between two days, in the distributor's main
 * order currency, inside the caller's transaction (the scorecard's).
 */
export async function orderMonths(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  fromDay: string,
  toDay: string,
): Promise<OrderMonth[]> {
  const rows = await listOrderMonths(tx, workspaceId, distributorId, fromDay, toDay);
  return rows.map((row) => ({
    period: row.period,
    netValue: Number(row.net_value),
    quantity: Number(row.quantity),
    currency: row.currency,
  }));
}

/**
 * The first order on or after `fromDay` (YYYY-MM-DD), inside the caller's transaction: the
 * onboarding journey's "first order in".
 */
export async function firstOrderSince(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  fromDay: string,
): Promise<{ orderedOn: string; orderRef: string | null } | null> {
  return (await findFirstOrderSince(tx, workspaceId, distributorId, fromDay)) ?? null;
}
