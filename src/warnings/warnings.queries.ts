// Every statement of the early warnings: the thresholds, the health history, the distributors to
// assess. The facts assessed are read by warning-facts.queries.ts.
import { and, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { distributor, distributorHealth, warningSettings, workspace } from '../db/schema.ts';

export type HealthRow = typeof distributorHealth.$inferSelect;

export function findWarningThresholds(tx: Tx, workspaceId: string) {
  return tx
    .select({ thresholds: warningSettings.thresholds })
    .from(warningSettings)
    .where(eq(warningSettings.workspaceId, workspaceId))
    .then((rows) => rows[0]?.thresholds);
}

export function upsertWarningThresholds(
  tx: Tx,
  workspaceId: string,
  thresholds: unknown,
  at: Date,
) {
  return tx
    .insert(warningSettings)
    .values({ workspaceId, thresholds, updatedAt: at })
    .onConflictDoUpdate({
      target: warningSettings.workspaceId,
      set: { thresholds, updatedAt: at },
    });
}

/** A distributor's health history, newest first. */
export function listHealthHistory(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  limit: number,
) {
  return tx
    .select()
    .from(distributorHealth)
    .where(
      and(
        eq(distributorHealth.workspaceId, workspaceId),
        eq(distributorHealth.distributorId, distributorId),
      ),
    )
    .orderBy(desc(distributorHealth.asOf))
    .limit(limit);
}

/** The latest recorded state of each distributor of the workspace. */
export function listLatestHealth(tx: Tx, workspaceId: string) {
  return tx
    .selectDistinctOn([distributorHealth.distributorId], {
      distributorId: distributorHealth.distributorId,
      asOf: distributorHealth.asOf,
      state: distributorHealth.state,
    })
    .from(distributorHealth)
    .where(eq(distributorHealth.workspaceId, workspaceId))
    .orderBy(distributorHealth.distributorId, desc(distributorHealth.asOf));
}

/** Records the day's state; a second run on the same day overwrites it. */
export function upsertHealth(tx: Tx, row: typeof distributorHealth.$inferInsert) {
  return tx
    .insert(distributorHealth)
    .values(row)
    .onConflictDoUpdate({
      target: [
        distributorHealth.workspaceId,
        distributorHealth.distributorId,
        distributorHealth.asOf,
      ],
      set: { state: row.state, reasons: row.reasons, recordedAt: row.recordedAt },
    });
}

/** Every workspace that has a distributor: the hourly assessment crosses workspaces as owner. */
export function listWarningWorkspaceIdsAsOwner(db: Db, workspaceId?: string) {
  return db
    .selectDistinct({ id: workspace.id })
    .from(workspace)
    .innerJoin(distributor, eq(distributor.workspaceId, workspace.id))
    .where(workspaceId ? eq(workspace.id, workspaceId) : undefined)
    .then((rows) => rows.map((row) => row.id));
}
