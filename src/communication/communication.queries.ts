import { and, asc, count, desc, eq, exists, gte, ilike, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import {
  communicationMessage,
  communicationParticipant,
  communicationThread,
} from '../db/schema.ts';

export type ThreadRow = typeof communicationThread.$inferSelect;
export type ParticipantRow = typeof communicationParticipant.$inferSelect;
export type MessageRow = typeof communicationMessage.$inferSelect;

/** `%text%` for ILIKE, with the user's own % and _ taken literally. */
function containing(text: string) {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export async function findThreadPage(
  tx: Tx,
  workspaceId: string,
  filter: { distributorId: string; q?: string | undefined; limit: number; offset: number },
) {
  const pattern = filter.q ? containing(filter.q) : null;
  const where = and(
    eq(communicationThread.workspaceId, workspaceId),
    eq(communicationThread.distributorId, filter.distributorId),
    pattern
      ? or(
          ilike(communicationThread.subject, pattern),
          exists(
            tx
              .select({ one: sql`1` })
              .from(communicationMessage)
              .where(
                and(
                  eq(communicationMessage.workspaceId, communicationThread.workspaceId),
                  eq(communicationMessage.threadId, communicationThread.id),
                  ilike(communicationMessage.body, pattern),
                ),
              ),
          ),
        )
      : undefined,
  );
  const rows = await tx
    .select()
    .from(communicationThread)
    .where(where)
    .orderBy(desc(communicationThread.lastMessageAt), desc(communicationThread.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await tx.select({ value: count() }).from(communicationThread).where(where);
  return { rows, total: total?.value ?? 0 };
}

export async function findThread(tx: Tx, workspaceId: string, distributorId: string, id: string) {
  const [row] = await tx
    .select()
    .from(communicationThread)
    .where(
      and(
        eq(communicationThread.workspaceId, workspaceId),
        eq(communicationThread.distributorId, distributorId),
        eq(communicationThread.id, id),
      ),
    );
  return row;
}

export async function insertThread(tx: Tx, values: typeof communicationThread.$inferInsert) {
  const [row] = await tx.insert(communicationThread).values(values).returning();
  if (!row) throw new Error('thread insert returned no row');
  return row;
}

export async function touchThread(tx: Tx, workspaceId: string, id: string, lastMessageAt: Date) {
  await tx
    .update(communicationThread)
    .set({ lastMessageAt })
    .where(and(eq(communicationThread.workspaceId, workspaceId), eq(communicationThread.id, id)));
}

export async function insertParticipants(
  tx: Tx,
  values: (typeof communicationParticipant.$inferInsert)[],
) {
  if (values.length === 0) return;
  await tx.insert(communicationParticipant).values(values).onConflictDoNothing();
}

export function findParticipants(tx: Tx, workspaceId: string, threadIds: string[]) {
  if (threadIds.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(communicationParticipant)
    .where(
      and(
        eq(communicationParticipant.workspaceId, workspaceId),
        sql`${communicationParticipant.threadId} = any(${sql.param(threadIds)}::uuid[])`,
      ),
    )
    .orderBy(asc(communicationParticipant.side), asc(communicationParticipant.name));
}

/** Returns whether the user takes part in the thread (only participants keep a read mark). */
export async function updateLastRead(
  tx: Tx,
  workspaceId: string,
  threadId: string,
  userId: string,
  readAt: Date,
) {
  const rows = await tx
    .update(communicationParticipant)
    .set({ lastReadAt: readAt })
    .where(
      and(
        eq(communicationParticipant.workspaceId, workspaceId),
        eq(communicationParticipant.threadId, threadId),
        eq(communicationParticipant.userId, userId),
      ),
    )
    .returning({ userId: communicationParticipant.userId });
  return rows.length > 0;
}

export async function insertMessage(tx: Tx, values: typeof communicationMessage.$inferInsert) {
  const [row] = await tx.insert(communicationMessage).values(values).returning();
  if (!row) throw new Error('message insert returned no row');
  return row;
}

export function findMessages(tx: Tx, workspaceId: string, threadId: string) {
  return tx
    .select()
    .from(communicationMessage)
    .where(
      and(
        eq(communicationMessage.workspaceId, workspaceId),
        eq(communicationMessage.threadId, threadId),
      ),
    )
    .orderBy(asc(communicationMessage.createdAt), asc(communicationMessage.id));
}

export function countMessages(tx: Tx, workspaceId: string, threadIds: string[]) {
  if (threadIds.length === 0) return Promise.resolve([]);
  return tx
    .select({ threadId: communicationMessage.threadId, value: count() })
    .from(communicationMessage)
    .where(
      and(
        eq(communicationMessage.workspaceId, workspaceId),
        sql`${communicationMessage.threadId} = any(${sql.param(threadIds)}::uuid[])`,
      ),
    )
    .groupBy(communicationMessage.threadId);
}

/**
 * The sides and times of the messages of every thread with a message since `since` (whole
 * threads: an answer in the window may reply to a message before it).
 */
export function findMessageTurnsSince(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  since: Date,
) {
  const active = tx
    .selectDistinct({ threadId: communicationMessage.threadId })
    .from(communicationMessage)
    .where(
      and(
        eq(communicationMessage.workspaceId, workspaceId),
        eq(communicationMessage.distributorId, distributorId),
        gte(communicationMessage.createdAt, since),
      ),
    );
  return tx
    .select({
      threadId: communicationMessage.threadId,
      side: communicationMessage.authorSide,
      at: communicationMessage.createdAt,
      userId: communicationMessage.authorUserId,
      name: communicationMessage.authorName,
      priority: communicationThread.priority,
    })
    .from(communicationMessage)
    .innerJoin(
      communicationThread,
      and(
        eq(communicationThread.workspaceId, communicationMessage.workspaceId),
        eq(communicationThread.id, communicationMessage.threadId),
      ),
    )
    .where(
      and(
        eq(communicationMessage.workspaceId, workspaceId),
        eq(communicationMessage.distributorId, distributorId),
        sql`${communicationMessage.threadId} in ${active}`,
      ),
    );
}

/**
 * The thread a signed reply address names, before its workspace is known (owner connection: a
 * reply arrives by mail, with no session). The address was verified first, so only a thread the
 * mail's recipient was sent is ever looked up.
 */
export async function findThreadForReplyAsOwner(db: Db, threadId: string) {
  const [row] = await db
    .select({
      workspaceId: communicationThread.workspaceId,
      id: communicationThread.id,
      distributorId: communicationThread.distributorId,
    })
    .from(communicationThread)
    .where(eq(communicationThread.id, threadId));
  return row;
}

/** Who a thread with this distributor may name (migration 0016's liaison_thread_candidates). */
export async function findThreadCandidates(tx: Tx, workspaceId: string, distributorId: string) {
  type Row = { user_id: string; name: string; role: string; distributor_id: string | null };
  // Both drivers answer execute() with an object holding `rows`.
  const result = (await tx.execute(
    sql`SELECT * FROM liaison_thread_candidates(${workspaceId}::uuid, ${distributorId}::uuid)`,
  )) as unknown as { rows: Row[] };
  return result.rows.map((row) => ({
    userId: row.user_id,
    name: row.name,
    side: row.distributor_id === null ? ('principal' as const) : ('distributor' as const),
  }));
}
