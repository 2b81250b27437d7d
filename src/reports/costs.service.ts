// The principal's unit cost of each product line, per currency, for margins. Never shown to
// distributors. A change re-costs every reported month of the workspace and its KPIs in one
// transaction: a rare, deliberate act, so one heavier statement beats keeping costs per fact.
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../db/client.ts';
import { productLine, productLineCost } from '../db/schema.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import { CurrencyCode } from '../platform/fields.ts';
import {
  type Context,
  inTransaction,
  principalEditors,
  principalRoles,
  requireRole,
} from '../platform/tenancy.ts';
import { refreshKpis } from './kpi.ts';
import { ProductLineCode } from './report.content.ts';

export const UnitCost = z.object({
  productLine: ProductLineCode,
  currency: CurrencyCode,
  unitCost: z.number().min(0).max(1e9).nullable().meta({ description: 'null removes the cost' }),
});
export const UnitCosts = z.object({ costs: z.array(UnitCost).max(5000) }).meta({ id: 'UnitCosts' });
export type UnitCosts = z.infer<typeof UnitCosts>;

async function unitCostsOf(tx: Tx, workspaceId: string) {
  const rows = await tx
    .select({
      productLine: productLine.code,
      currency: productLineCost.currency,
      unitCost: productLineCost.unitCost,
    })
    .from(productLineCost)
    .innerJoin(
      productLine,
      and(
        eq(productLine.workspaceId, productLineCost.workspaceId),
        eq(productLine.id, productLineCost.productLineId),
      ),
    )
    .where(eq(productLineCost.workspaceId, workspaceId))
    .orderBy(asc(productLine.code), asc(productLineCost.currency));
  return { costs: rows.map((row) => ({ ...row, unitCost: Number(row.unitCost) })) };
}

export function listUnitCosts(ctx: Context) {
  requireRole(ctx.actor, principalRoles);
  return inTransaction(ctx, (tx) => unitCostsOf(tx, ctx.actor.workspaceId));
}

export function setUnitCosts(ctx: Context, input: UnitCosts) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const workspaceId = ctx.actor.workspaceId;
    const lines = await tx
      .select({ id: productLine.id, code: productLine.code })
      .from(productLine)
      .where(eq(productLine.workspaceId, workspaceId));
    const lineId = new Map(lines.map((line) => [line.code, line.id]));
    const errors: FieldError[] = [];
    input.costs.forEach((cost, index) => {
      if (!lineId.has(cost.productLine)) {
        errors.push({
          pointer: `#/costs/${index}/productLine`,
          detail: ctx.t('report.spreadsheet.unknown_product_line', { value: cost.productLine }),
        });
      }
    });
    if (errors.length) throw new AppError('validation_failed', { errors });
    for (const cost of input.costs) {
      const key = and(
        eq(productLineCost.workspaceId, workspaceId),
        eq(productLineCost.productLineId, lineId.get(cost.productLine) ?? ''),
        eq(productLineCost.currency, cost.currency),
      );
      if (cost.unitCost === null) {
        await tx.delete(productLineCost).where(key);
        continue;
      }
      await tx
        .insert(productLineCost)
        .values({
          workspaceId,
          productLineId: lineId.get(cost.productLine) ?? '',
          currency: cost.currency,
          unitCost: String(cost.unitCost),
        })
        .onConflictDoUpdate({
          target: [
            productLineCost.workspaceId,
            productLineCost.productLineId,
            productLineCost.currency,
          ],
          set: { unitCost: String(cost.unitCost), updatedAt: sql`now()` },
        });
    }
    // Every month's cost: units × unit cost, where every line sold that month has a cost.
    await tx.execute(sql`
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
    await refreshKpis(tx, workspaceId, null, ctx.clock.now());
    await recordAudit(tx, ctx.actor, {
      entityType: 'product_line_cost',
      entityId: workspaceId,
      action: 'costs.set',
      after: input,
    });
    return unitCostsOf(tx, workspaceId);
  });
}
