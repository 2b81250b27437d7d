import type { Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, postgresErrorCode } from '../platform/errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import { listProductLineCodes } from './charter.queries.ts';
import type { ProductLineInput, ProductLinePatch } from './charter.schema.ts';
import {
  findProductLine,
  insertProductLine,
  listCatalogue,
  updateProductLineRow,
} from './product-lines.queries.ts';

/** The principal's catalogue of product lines; both sides read it (charters name its lines). */
export function listProductLines(ctx: Context, options: { includeArchived: boolean }) {
  return inTransaction(ctx, (tx) => listCatalogue(tx, ctx.actor.workspaceId, options));
}

/** Every product line (archived too) by id and code, in another domain's transaction. */
export function productLineCatalogue(tx: Tx, workspaceId: string) {
  return listProductLineCodes(tx, workspaceId, { includeArchived: true });
}

function rethrowCodeTaken(ctx: Context, code: string) {
  return (error: unknown): never => {
    if (postgresErrorCode(error) === '23505') {
      throw new AppError('product_line_exists', {
        params: { code },
        errors: [
          { pointer: '#/code', detail: ctx.t('errors.product_line_exists.detail', { code }) },
        ],
      });
    }
    throw error;
  };
}

export function createProductLine(ctx: Context, input: ProductLineInput) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const created = await insertProductLine(tx, ctx.actor.workspaceId, input).catch(
      rethrowCodeTaken(ctx, input.code),
    );
    if (!created) throw new Error('product line insert returned no row');
    await recordAudit(tx, ctx.actor, {
      entityType: 'product_line',
      entityId: created.id,
      action: 'product_line.created',
      after: created,
    });
    return created;
  });
}

export function updateProductLine(ctx: Context, id: string, patch: ProductLinePatch) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const before = await findProductLine(tx, ctx.actor.workspaceId, id);
    if (!before) throw new AppError('not_found');
    const { archived, ...fields } = patch;
    const after = await updateProductLineRow(tx, ctx.actor.workspaceId, id, {
      ...fields,
      ...(archived === undefined
        ? {}
        : { archivedAt: archived ? (before.archivedAt ?? ctx.clock.now()) : null }),
    }).catch(rethrowCodeTaken(ctx, patch.code ?? before.code));
    await recordAudit(tx, ctx.actor, {
      entityType: 'product_line',
      entityId: id,
      action: 'product_line.updated',
      before,
      after,
    });
    return after ?? before;
  });
}
