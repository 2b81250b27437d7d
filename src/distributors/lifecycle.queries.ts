// Every SQL statement of a distributor's lifecycle history: the stage changes, who made them.
import { and, asc, desc, eq } from 'drizzle-orm';
import { userNameSql } from '../accounts/accounts.queries.ts';
import type { Tx } from '../db/client.ts';
import { distributor, lifecycleEvent } from '../db/schema.ts';

export function insertLifecycleEvent(tx: Tx, values: typeof lifecycleEvent.$inferInsert) {
  return tx
    .insert(lifecycleEvent)
    .values(values)
    .returning()
    .then((rows) => rows[0]);
}

/** Lifecycle events of many distributors at once (an import), 500 rows a statement. */
export async function insertLifecycleEvents(
  tx: Tx,
  values: (typeof lifecycleEvent.$inferInsert)[],
) {
  for (let start = 0; start < values.length; start += 500) {
    await tx.insert(lifecycleEvent).values(values.slice(start, start + 500));
  }
}

export function listLifecycleEvents(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({
      id: lifecycleEvent.id,
      fromStage: lifecycleEvent.fromStage,
      toStage: lifecycleEvent.toStage,
      reason: lifecycleEvent.reason,
      changedByName: userNameSql(lifecycleEvent.changedBy),
      changedAt: lifecycleEvent.changedAt,
    })
    .from(lifecycleEvent)
    .where(
      and(
        eq(lifecycleEvent.workspaceId, workspaceId),
        eq(lifecycleEvent.distributorId, distributorId),
      ),
    )
    .orderBy(desc(lifecycleEvent.changedAt), desc(lifecycleEvent.id));
}

/**
 * Stage changes of the workspace's relationships (or one of them), oldest first, with each
 * relationship's name, country and current stage: the onboarding journey's start and end.
 */
export function listStageChanges(tx: Tx, workspaceId: string, distributorId: string | null) {
  return tx
    .select({
      distributorId: lifecycleEvent.distributorId,
      name: distributor.name,
      country: distributor.country,
      currentStage: distributor.lifecycleStage,
      toStage: lifecycleEvent.toStage,
      changedAt: lifecycleEvent.changedAt,
    })
    .from(lifecycleEvent)
    .innerJoin(
      distributor,
      and(
        eq(distributor.workspaceId, lifecycleEvent.workspaceId),
        eq(distributor.id, lifecycleEvent.distributorId),
      ),
    )
    .where(
      and(
        eq(lifecycleEvent.workspaceId, workspaceId),
        eq(distributor.status, 'active'),
        distributorId ? eq(lifecycleEvent.distributorId, distributorId) : undefined,
      ),
    )
    .orderBy(asc(lifecycleEvent.changedAt), asc(lifecycleEvent.id));
}
