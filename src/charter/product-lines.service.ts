import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { productLine } from '../db/schema.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, postgresErrorCode } from '../platform/errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import type { ProductLineInput, ProductLinePatch } from './charter.schema.ts';

const columns = {
  id: productLine.id,
  code: productLine.code,
  name: productLine.name,
  category: productLine.category,
  archivedAt: productLine.archivedAt,
};

/** The principal's catalogue of product lines; both sides read it (charters name its lines). */
export function listProductLines(ctx: Context, options: { includeArchived: boolean }) {
  return inTransaction(ctx, (tx) =>
    tx
      .select(columns)
      .from(productLine)
      .where(
        and(
          eq(productLine.workspaceId, ctx.actor.workspaceId),
          options.includeArchived ? undefined : isNull(productLine.archivedAt),
        ),
      )
      .orderBy(asc(productLine.category), asc(productLine.code)),
  );
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
    const [created] = await tx
      .insert(productLine)
      .values({ workspaceId: ctx.actor.workspaceId, ...input })
      .returning(columns)
      .catch(rethrowCodeTaken(ctx, input.code));
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
    const where = and(eq(productLine.workspaceId, ctx.actor.workspaceId), eq(productLine.id, id));
    const [before] = await tx.select(columns).from(productLine).where(where);
    if (!before) throw new AppError('not_found');
    const { archived, ...fields } = patch;
    const [after] = await tx
      .update(productLine)
      .set({
        ...fields,
        ...(archived === undefined
          ? {}
          : { archivedAt: archived ? (before.archivedAt ?? new Date()) : null }),
        updatedAt: sql`now()`,
      })
      .where(where)
      .returning(columns)
      .catch(rethrowCodeTaken(ctx, patch.code ?? before.code));
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
