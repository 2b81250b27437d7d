// The statements of the audit log's hash chain, on the owner connection: sealing writes the chain
// columns liaison_app may not update, and verifying reads past row-level security, as an
// operator's check should.
import { and, asc, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { auditChainHead, auditLog } from '../db/schema.ts';

export type ChainedEntry = typeof auditLog.$inferSelect;

/** Workspaces with entries not sealed yet. */
export async function listUnsealedWorkspaceIdsAsOwner(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ workspaceId: auditLog.workspaceId })
    .from(auditLog)
    .where(isNull(auditLog.chainSeq));
  return rows.map((row) => row.workspaceId);
}

/** The workspace's chain head, locked until the transaction ends (one sealer at a time). */
export async function lockChainHeadAsOwner(tx: Tx, workspaceId: string) {
  await tx
    .insert(auditChainHead)
    .values({ workspaceId, seq: 0, hash: '', sealedAt: sql`now()` })
    .onConflictDoNothing();
  const rows = await tx
    .select()
    .from(auditChainHead)
    .where(eq(auditChainHead.workspaceId, workspaceId))
    .for('update');
  return rows[0];
}

export function listUnsealedEntriesAsOwner(tx: Tx, workspaceId: string, limit: number) {
  return tx
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.workspaceId, workspaceId), isNull(auditLog.chainSeq)))
    .orderBy(asc(auditLog.id))
    .limit(limit);
}

export async function sealEntriesAsOwner(
  tx: Tx,
  workspaceId: string,
  sealed: { id: number; seq: number; hash: string }[],
) {
  if (!sealed.length) return;
  const rows = sql.join(
    sealed.map((entry) => sql`(${entry.id}::bigint, ${entry.seq}::bigint, ${entry.hash}::text)`),
    sql`, `,
  );
  await tx.execute(sql`update audit_log set chain_seq = s.seq, chain_hash = s.hash
    from (values ${rows}) as s(id, seq, hash)
    where audit_log.workspace_id = ${workspaceId} and audit_log.id = s.id`);
}

export function moveChainHeadAsOwner(
  tx: Tx,
  workspaceId: string,
  head: { seq: number; hash: string; sealedAt: Date },
) {
  return tx.update(auditChainHead).set(head).where(eq(auditChainHead.workspaceId, workspaceId));
}

export async function findChainHeadAsOwner(db: Db, workspaceId: string) {
  const rows = await db
    .select()
    .from(auditChainHead)
    .where(eq(auditChainHead.workspaceId, workspaceId));
  return rows[0];
}

/** Every workspace's chain head, for the hourly anchors kept outside the database. */
export function listChainHeadsAsOwner(db: Db) {
  return db
    .select({
      workspaceId: auditChainHead.workspaceId,
      seq: auditChainHead.seq,
      hash: auditChainHead.hash,
    })
    .from(auditChainHead)
    .orderBy(auditChainHead.workspaceId);
}

/** Sealed entries after place `afterSeq`, in chain order. */
export function listSealedEntriesAsOwner(
  db: Db,
  workspaceId: string,
  afterSeq: number,
  limit: number,
) {
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.workspaceId, workspaceId),
        isNotNull(auditLog.chainSeq),
        gt(auditLog.chainSeq, afterSeq),
      ),
    )
    .orderBy(asc(auditLog.chainSeq))
    .limit(limit);
}

/**
 * Entries still unsealed an hour after they were written: sealing should have reached them.
 * Measured on the database's clock, which stamps `occurred_at`.
 */
export async function countLongUnsealedAsOwner(db: Db, workspaceId: string) {
  const rows = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.workspaceId, workspaceId),
        isNull(auditLog.chainSeq),
        sql`${auditLog.occurredAt} < now() - interval '1 hour'`,
      ),
    );
  return rows[0]?.count ?? 0;
}
