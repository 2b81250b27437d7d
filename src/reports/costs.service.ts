// The principal's unit cost of each product line, per currency, for margins. Never shown to
// distributors. A change re-costs every reported month of the workspace and its KPIs in one
// transaction: a rare, deliberate act, so one heavier statement beats keeping costs per fact.
import { z } from 'zod';
import type { Tx } from '../db/client.ts';
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
import { deleteUnitCost, listUnitCostRows, recostMonths, upsertUnitCost } from './costs.queries.ts';
import { refreshKpis } from './kpi.service.ts';
import { ProductLineCode } from './report.content.ts';
import { listAllProductLines } from './reports.queries.ts';

export const UnitCost = z.object({
  productLine: ProductLineCode,
  currency: CurrencyCode,
  unitCost: z.number().min(0).max(1e9).nullable().meta({ description: 'null removes the cost' }),
});
export const UnitCosts = z.object({ costs: z.array(UnitCost).max(5000) }).meta({ id: 'UnitCosts' });
export type UnitCosts = z.infer<typeof UnitCosts>;

async function unitCostsOf(tx: Tx, workspaceId: string) {
  const rows = await listUnitCostRows(tx, workspaceId);
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
    const lines = await listAllProductLines(tx, workspaceId);
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
      const productLineId = lineId.get(cost.productLine) ?? '';
      if (cost.unitCost === null) {
        await deleteUnitCost(tx, workspaceId, productLineId, cost.currency);
        continue;
      }
      await upsertUnitCost(tx, workspaceId, {
        productLineId,
        currency: cost.currency,
        unitCost: String(cost.unitCost),
      });
    }
    await recostMonths(tx, workspaceId);
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
