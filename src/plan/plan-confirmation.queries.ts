// Every SQL statement of the plan's yearly confirmations (plan_confirmation, migration 0047).
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { planChange, planConfirmation } from '../db/schema.ts';

export type ConfirmationRow = typeof planConfirmation.$inferSelect;

/** Both sides' confirmations, the latest year first. */
export function listConfirmations(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select()
    .from(planConfirmation)
    .where(
      and(
        eq(planConfirmation.workspaceId, workspaceId),
        eq(planConfirmation.distributorId, distributorId),
      ),
    )
    .orderBy(desc(planConfirmation.year), desc(planConfirmation.confirmedAt));
}

/** How many changes are agreed, and how many wait for an answer. */
export function countChanges(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({
      agreed: sql<number>`(count(*) filter (where ${planChange.status} = 'agreed'))::int`,
      waiting: sql<number>`(count(*) filter (where ${planChange.status} = 'proposed'))::int`,
    })
    .from(planChange)
    .where(
      and(eq(planChange.workspaceId, workspaceId), eq(planChange.distributorId, distributorId)),
    )
    .then((rows) => rows[0] ?? { agreed: 0, waiting: 0 });
}

/** One side's confirmation of a year, replacing its earlier one of that year. */
export function upsertConfirmation(tx: Tx, values: typeof planConfirmation.$inferInsert) {
  const { workspaceId: _w, distributorId: _d, year: _y, side: _s, ...changes } = values;
  return tx
    .insert(planConfirmation)
    .values(values)
    .onConflictDoUpdate({
      target: [
        planConfirmation.workspaceId,
        planConfirmation.distributorId,
        planConfirmation.year,
        planConfirmation.side,
      ],
      set: changes,
    })
    .returning()
    .then((rows) => rows[0]);
}
