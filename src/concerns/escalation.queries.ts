// Every statement of escalation: the workspace's waits and the steps taken up the ladders.
import { and, desc, eq, gte } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { escalationAction, escalationSettings } from '../db/schema.ts';

export type EscalationActionRow = typeof escalationAction.$inferSelect;

export function findEscalationSettings(tx: Tx, workspaceId: string) {
  return tx
    .select({ settings: escalationSettings.settings })
    .from(escalationSettings)
    .where(eq(escalationSettings.workspaceId, workspaceId))
    .then((rows) => rows[0]?.settings);
}

export function upsertEscalationSettings(tx: Tx, workspaceId: string, settings: unknown, at: Date) {
  return tx
    .insert(escalationSettings)
    .values({ workspaceId, settings, updatedAt: at })
    .onConflictDoUpdate({
      target: escalationSettings.workspaceId,
      set: { settings, updatedAt: at },
    });
}

/** A distributor's steps, newest first; only those taken at or after `since` when given. */
export function listEscalationActions(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  options: { since?: Date; limit: number },
) {
  return tx
    .select()
    .from(escalationAction)
    .where(
      and(
        eq(escalationAction.workspaceId, workspaceId),
        eq(escalationAction.distributorId, distributorId),
        options.since ? gte(escalationAction.takenAt, options.since) : undefined,
      ),
    )
    .orderBy(desc(escalationAction.takenAt), desc(escalationAction.createdAt))
    .limit(options.limit);
}

export function insertEscalationAction(tx: Tx, values: typeof escalationAction.$inferInsert) {
  return tx
    .insert(escalationAction)
    .values(values)
    .returning()
    .then((rows) => rows[0]);
}
