// Every statement of the performance concerns.
import { and, desc, eq, getTableColumns, gte, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { distributor, performanceConcern, workspace } from '../db/schema.ts';

export type ConcernRow = Omit<typeof performanceConcern.$inferSelect, 'documentPdf'> & {
  distributorName: string;
  distributorTimeZone: string;
};

const { documentPdf: _pdf, ...withoutPdf } = getTableColumns(performanceConcern);
const columns = {
  ...withoutPdf,
  distributorName: distributor.name,
  distributorTimeZone: distributor.timeZone,
};

function concernsOf(tx: Tx, workspaceId: string, distributorId: string, also?: SQL) {
  return tx
    .select(columns)
    .from(performanceConcern)
    .innerJoin(
      distributor,
      and(
        eq(distributor.workspaceId, performanceConcern.workspaceId),
        eq(distributor.id, performanceConcern.distributorId),
      ),
    )
    .where(
      and(
        eq(performanceConcern.workspaceId, workspaceId),
        eq(performanceConcern.distributorId, distributorId),
        also,
      ),
    );
}

/** Newest first; row-level security leaves a distributor's user only the sent ones. */
export function listConcerns(tx: Tx, workspaceId: string, distributorId: string, since?: Date) {
  return concernsOf(
    tx,
    workspaceId,
    distributorId,
    since ? gte(performanceConcern.createdAt, since) : undefined,
  ).orderBy(desc(performanceConcern.number));
}

export function findConcern(tx: Tx, workspaceId: string, distributorId: string, id: string) {
  return concernsOf(tx, workspaceId, distributorId, eq(performanceConcern.id, id)).then(
    (rows) => rows[0] as ConcernRow | undefined,
  );
}

export function findConcernPdf(tx: Tx, workspaceId: string, id: string) {
  return tx
    .select({ pdf: performanceConcern.documentPdf })
    .from(performanceConcern)
    .where(and(eq(performanceConcern.workspaceId, workspaceId), eq(performanceConcern.id, id)))
    .then((rows) => rows[0]?.pdf ?? null);
}

/**
 * Holds the distributor's row until the transaction ends, so two drafts made at once take
 * numbers one after the other instead of colliding on the unique number.
 */
export function lockDistributorConcerns(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({ id: distributor.id })
    .from(distributor)
    .where(and(eq(distributor.workspaceId, workspaceId), eq(distributor.id, distributorId)))
    .for('update');
}

export function nextConcernNumber(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({ next: sql<number>`coalesce(max(${performanceConcern.number}), 0) + 1` })
    .from(performanceConcern)
    .where(
      and(
        eq(performanceConcern.workspaceId, workspaceId),
        eq(performanceConcern.distributorId, distributorId),
      ),
    )
    .then((rows) => Number(rows[0]?.next ?? 1));
}

export function insertConcern(tx: Tx, values: typeof performanceConcern.$inferInsert) {
  return tx
    .insert(performanceConcern)
    .values(values)
    .returning({ id: performanceConcern.id })
    .then((rows) => rows[0]);
}

export function updateConcern(
  tx: Tx,
  workspaceId: string,
  id: string,
  values: Partial<typeof performanceConcern.$inferInsert>,
) {
  return tx
    .update(performanceConcern)
    .set(values)
    .where(and(eq(performanceConcern.workspaceId, workspaceId), eq(performanceConcern.id, id)));
}

export function deleteDraftConcern(tx: Tx, workspaceId: string, id: string) {
  return tx
    .delete(performanceConcern)
    .where(
      and(
        eq(performanceConcern.workspaceId, workspaceId),
        eq(performanceConcern.id, id),
        eq(performanceConcern.status, 'draft'),
      ),
    );
}

/** The principal's name, as the letter is signed. */
export function findWorkspaceName(tx: Tx, workspaceId: string) {
  return tx
    .select({ name: workspace.name })
    .from(workspace)
    .where(eq(workspace.id, workspaceId))
    .then((rows) => rows[0]?.name ?? '');
}
