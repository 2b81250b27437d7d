// Every statement of the early warnings: the thresholds, the health history, the distributors to
// assess, and the charter's buffer (a fragment of the charter domain's).
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { signedBufferWeeksSql } from '../charter/charter.queries.ts';
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

/**
 * The workspace's distributors in a running relationship (not prospects, not suspended or terminated ones), in name order,
 * or the one asked for whatever its stage; months before a relationship began owe nothing, so a
 * newer relationship simply shows no report signal.
 */
export function listAssessedDistributors(tx: Tx, workspaceId: string, distributorId?: string) {
  return tx
    .select({
      id: distributor.id,
      name: distributor.name,
      country: distributor.country,
      timeZone: distributor.timeZone,
      createdAt: distributor.createdAt,
      bufferWeeks: sql<string | null>`${signedBufferWeeksSql(
        distributor.workspaceId,
        distributor.id,
      )}`,
    })
    .from(distributor)
    .where(
      and(
        eq(distributor.workspaceId, workspaceId),
        distributorId
          ? eq(distributor.id, distributorId)
          : inArray(distributor.lifecycleStage, ['onboarding', 'active', 'at_risk']),
      ),
    )
    .orderBy(asc(distributor.name));
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
