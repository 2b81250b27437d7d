import { and, desc, eq, inArray, type SQLWrapper, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { charterAmendment, charterVersion } from '../db/schema.ts';

export type AmendmentRow = typeof charterAmendment.$inferSelect;

/** A distributor's amendment proposals, newest first, with the version numbers they name. */
export function listAmendments(tx: Tx, workspaceId: string, distributorId: string) {
  const versionNumber = (column: SQLWrapper) =>
    tx
      .select({ version: charterVersion.version })
      .from(charterVersion)
      .where(and(eq(charterVersion.workspaceId, workspaceId), eq(charterVersion.id, column)));
  return tx
    .select({
      amendment: charterAmendment,
      version: sql<number>`(${versionNumber(charterAmendment.charterVersionId)})`,
      draftVersion: sql<number | null>`(${versionNumber(charterAmendment.draftVersionId)})`,
    })
    .from(charterAmendment)
    .where(
      and(
        eq(charterAmendment.workspaceId, workspaceId),
        eq(charterAmendment.distributorId, distributorId),
      ),
    )
    .orderBy(desc(charterAmendment.number));
}

export function findAmendment(tx: Tx, workspaceId: string, distributorId: string, number: number) {
  return tx
    .select()
    .from(charterAmendment)
    .where(
      and(
        eq(charterAmendment.workspaceId, workspaceId),
        eq(charterAmendment.distributorId, distributorId),
        eq(charterAmendment.number, number),
      ),
    )
    .for('update')
    .then((rows) => rows[0]);
}

/** The next number; the caller holds the signed version's row lock, so two proposals serialise. */
export function nextAmendmentNumber(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({ next: sql<number>`coalesce(max(${charterAmendment.number}), 0)::int + 1` })
    .from(charterAmendment)
    .where(
      and(
        eq(charterAmendment.workspaceId, workspaceId),
        eq(charterAmendment.distributorId, distributorId),
      ),
    )
    .then((rows) => rows[0]?.next ?? 1);
}

export function insertAmendment(tx: Tx, values: typeof charterAmendment.$inferInsert) {
  return tx
    .insert(charterAmendment)
    .values(values)
    .returning()
    .then((rows) => rows[0]);
}

export function updateAmendments(
  tx: Tx,
  workspaceId: string,
  ids: string[],
  values: Partial<typeof charterAmendment.$inferInsert>,
) {
  return tx
    .update(charterAmendment)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(charterAmendment.workspaceId, workspaceId), inArray(charterAmendment.id, ids)))
    .returning();
}
