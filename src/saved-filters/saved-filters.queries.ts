// Every SQL statement of saved filters. Row-level security also confines each person to their own.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { savedFilter } from '../db/schema.ts';

const columns = {
  id: savedFilter.id,
  page: savedFilter.pageKey,
  name: savedFilter.name,
  query: savedFilter.query,
  createdAt: savedFilter.createdAt,
  updatedAt: savedFilter.updatedAt,
};

const mine = (workspaceId: string, userId: string) =>
  and(eq(savedFilter.workspaceId, workspaceId), eq(savedFilter.userId, userId));

export function listSavedFilters(tx: Tx, workspaceId: string, userId: string, page: 'directory') {
  return tx
    .select(columns)
    .from(savedFilter)
    .where(and(mine(workspaceId, userId), eq(savedFilter.pageKey, page)))
    .orderBy(asc(sql`lower(${savedFilter.name})`));
}

export function findSavedFilter(tx: Tx, workspaceId: string, userId: string, id: string) {
  return tx
    .select(columns)
    .from(savedFilter)
    .where(and(mine(workspaceId, userId), eq(savedFilter.id, id)))
    .then((rows) => rows[0]);
}

export function findSavedFilterByName(
  tx: Tx,
  workspaceId: string,
  userId: string,
  page: 'directory',
  name: string,
) {
  return tx
    .select({ id: savedFilter.id })
    .from(savedFilter)
    .where(
      and(
        mine(workspaceId, userId),
        eq(savedFilter.pageKey, page),
        sql`lower(${savedFilter.name}) = lower(${name})`,
      ),
    )
    .then((rows) => rows[0]);
}

export function insertSavedFilter(tx: Tx, values: typeof savedFilter.$inferInsert) {
  return tx
    .insert(savedFilter)
    .values(values)
    .returning(columns)
    .then((rows) => rows[0]);
}

export function renameSavedFilter(
  tx: Tx,
  workspaceId: string,
  userId: string,
  id: string,
  name: string,
) {
  return tx
    .update(savedFilter)
    .set({ name, updatedAt: sql`now()` })
    .where(and(mine(workspaceId, userId), eq(savedFilter.id, id)))
    .returning(columns)
    .then((rows) => rows[0]);
}

export function deleteSavedFilter(tx: Tx, workspaceId: string, userId: string, id: string) {
  return tx.delete(savedFilter).where(and(mine(workspaceId, userId), eq(savedFilter.id, id)));
}
