// Every SQL statement of the relationship playbook: its versions and items, each distributor's
// states and their transitions. Distributors are read (names, stages) from the tenant anchor.
import { and, asc, desc, eq, inArray, min, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import {
  distributor,
  playbookItem,
  playbookState,
  playbookTransition,
  playbookVersion,
  workspace,
} from '../db/schema.ts';

/** The jsonb shapes of the playbook's tables, for the services that build and read them. */
export type { PlaybookEvidence, PlaybookTexts } from '../db/schema.ts';

export type PlaybookItemRow = typeof playbookItem.$inferSelect;
export type PlaybookStateRow = typeof playbookState.$inferSelect;
export type PlaybookTransitionRow = typeof playbookTransition.$inferSelect;

export function findLatestPlaybookVersion(tx: Tx, workspaceId: string) {
  return tx
    .select()
    .from(playbookVersion)
    .where(eq(playbookVersion.workspaceId, workspaceId))
    .orderBy(desc(playbookVersion.version))
    .limit(1)
    .then((rows) => rows[0]);
}

/** Serialises the admin's edits of one workspace's playbook, so versions number one by one. */
export async function lockPlaybookVersions(tx: Tx, workspaceId: string) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext('playbook-version'), hashtext(${workspaceId}))`,
  );
}

export function listPlaybookVersions(tx: Tx, workspaceId: string) {
  return tx
    .select()
    .from(playbookVersion)
    .where(eq(playbookVersion.workspaceId, workspaceId))
    .orderBy(desc(playbookVersion.version));
}

export function listPlaybookItems(tx: Tx, workspaceId: string, versionId: string) {
  return tx
    .select()
    .from(playbookItem)
    .where(and(eq(playbookItem.workspaceId, workspaceId), eq(playbookItem.versionId, versionId)))
    .orderBy(asc(playbookItem.position));
}

export async function insertPlaybookVersion(
  tx: Tx,
  values: typeof playbookVersion.$inferInsert,
  items: Omit<typeof playbookItem.$inferInsert, 'versionId' | 'workspaceId'>[],
) {
  const [version] = await tx.insert(playbookVersion).values(values).returning();
  if (!version) throw new Error('playbook version insert returned no row');
  if (items.length) {
    await tx
      .insert(playbookItem)
      .values(
        items.map((item) => ({ ...item, workspaceId: values.workspaceId, versionId: version.id })),
      );
  }
  return version;
}

/** Serialises evaluations of one relationship, so two readers record a change once. */
export async function lockDistributorPlaybook(tx: Tx, workspaceId: string, distributorId: string) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext('playbook'), hashtext(${`${workspaceId}:${distributorId}`}))`,
  );
}

export function listPlaybookStates(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select()
    .from(playbookState)
    .where(
      and(
        eq(playbookState.workspaceId, workspaceId),
        eq(playbookState.distributorId, distributorId),
      ),
    );
}

export function listWorkspacePlaybookStates(tx: Tx, workspaceId: string) {
  return tx.select().from(playbookState).where(eq(playbookState.workspaceId, workspaceId));
}

export function upsertPlaybookState(tx: Tx, values: typeof playbookState.$inferInsert) {
  const { workspaceId: _w, distributorId: _d, itemKey: _k, ...changes } = values;
  return tx
    .insert(playbookState)
    .values(values)
    .onConflictDoUpdate({
      target: [playbookState.workspaceId, playbookState.distributorId, playbookState.itemKey],
      set: changes,
    })
    .returning()
    .then((rows) => rows[0]);
}

export function markPlaybookChecked(tx: Tx, workspaceId: string, distributorId: string, at: Date) {
  return tx
    .update(playbookState)
    .set({ checkedAt: at })
    .where(
      and(
        eq(playbookState.workspaceId, workspaceId),
        eq(playbookState.distributorId, distributorId),
      ),
    );
}

export function insertPlaybookTransition(tx: Tx, values: typeof playbookTransition.$inferInsert) {
  return tx.insert(playbookTransition).values(values);
}

export function listPlaybookTransitions(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  limit: number,
) {
  return tx
    .select()
    .from(playbookTransition)
    .where(
      and(
        eq(playbookTransition.workspaceId, workspaceId),
        eq(playbookTransition.distributorId, distributorId),
      ),
    )
    .orderBy(desc(playbookTransition.at), desc(playbookTransition.id))
    .limit(limit);
}

/** The relationships the portfolio follows: not archived, onboarding, active or at risk. */
export function listPlaybookDistributors(tx: Tx, workspaceId: string) {
  return tx
    .select({ id: distributor.id, name: distributor.name, country: distributor.country })
    .from(distributor)
    .where(
      and(
        eq(distributor.workspaceId, workspaceId),
        eq(distributor.status, 'active'),
        inArray(distributor.lifecycleStage, ['onboarding', 'active', 'at_risk']),
      ),
    )
    .orderBy(asc(distributor.name));
}

/** Distributors among `ids` not evaluated since `before` (or never). */
export async function listStalePlaybookDistributors(
  tx: Tx,
  workspaceId: string,
  ids: string[],
  before: Date,
) {
  if (!ids.length) return [];
  const checked = await tx
    .select({ distributorId: playbookState.distributorId, checkedAt: min(playbookState.checkedAt) })
    .from(playbookState)
    .where(
      and(eq(playbookState.workspaceId, workspaceId), inArray(playbookState.distributorId, ids)),
    )
    .groupBy(playbookState.distributorId);
  const fresh = new Set(
    checked
      .filter((row) => row.checkedAt && row.checkedAt >= before)
      .map((row) => row.distributorId),
  );
  return ids.filter((id) => !fresh.has(id));
}

/** Every workspace, for the hourly evaluation (it then works inside each one's scope). */
export function listPlaybookWorkspaceIdsAsOwner(db: Db) {
  return db
    .select({ id: workspace.id })
    .from(workspace)
    .then((rows) => rows.map((row) => row.id));
}
