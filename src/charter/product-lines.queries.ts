// Every SQL statement of the product-line catalogue.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { productLine } from '../db/schema.ts';
import type { ProductLineInput } from './charter.schema.ts';

const columns = {
  id: productLine.id,
  code: productLine.code,
  name: productLine.name,
  category: productLine.category,
  archivedAt: productLine.archivedAt,
};

export function listCatalogue(tx: Tx, workspaceId: string, options: { includeArchived: boolean }) {
  return tx
    .select(columns)
    .from(productLine)
    .where(
      and(
        eq(productLine.workspaceId, workspaceId),
        options.includeArchived ? undefined : isNull(productLine.archivedAt),
      ),
    )
    .orderBy(asc(productLine.category), asc(productLine.code));
}

export function findProductLine(tx: Tx, workspaceId: string, id: string) {
  return tx
    .select(columns)
    .from(productLine)
    .where(and(eq(productLine.workspaceId, workspaceId), eq(productLine.id, id)))
    .then((rows) => rows[0]);
}

export function insertProductLine(tx: Tx, workspaceId: string, input: ProductLineInput) {
  return tx
    .insert(productLine)
    .values({ workspaceId, ...input })
    .returning(columns)
    .then((rows) => rows[0]);
}

export function updateProductLineRow(
  tx: Tx,
  workspaceId: string,
  id: string,
  values: Partial<Omit<typeof productLine.$inferInsert, 'workspaceId' | 'id'>>,
) {
  return tx
    .update(productLine)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(productLine.workspaceId, workspaceId), eq(productLine.id, id)))
    .returning(columns)
    .then((rows) => rows[0]);
}
