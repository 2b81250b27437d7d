// The audit log's hash chain (issue #15). Entries are written in their change's transaction as
// before; a job seals them every minute, in order, per workspace: place n holds
// SHA-256(hash of place n−1, the entry's canonical JSON). `verifyAuditChain` recomputes the chain
// and names the first entry changed or deleted after sealing, a deleted tail (against the head),
// and entries left unsealed for over an hour (written past the application, or sealing stopped).
// Sealing after the commit (not in the change's own transaction) keeps writers of one workspace
// from queueing on the chain's head; an entry is open to an undetected edit only until the next
// seal. docs/security.md.
import { createHash } from 'node:crypto';
import type { Database, Db } from '../db/client.ts';
import {
  type ChainedEntry,
  countLongUnsealedAsOwner,
  findChainHeadAsOwner,
  listSealedEntriesAsOwner,
  listUnsealedEntriesAsOwner,
  listUnsealedWorkspaceIdsAsOwner,
  lockChainHeadAsOwner,
  moveChainHeadAsOwner,
  sealEntriesAsOwner,
} from './audit-chain.queries.ts';

const PAGE = 1000;

/** JSON with every object's keys sorted: the same entry always reads the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : (value ?? null));
}

export function entryHash(previousHash: string, entry: ChainedEntry): string {
  const fields = [
    entry.workspaceId,
    entry.id,
    entry.occurredAt,
    entry.actorUserId,
    entry.actorName,
    entry.actorVia,
    entry.requestId,
    entry.distributorId,
    entry.entityType,
    entry.entityId,
    entry.action,
    entry.before,
    entry.after,
  ];
  return createHash('sha256')
    .update(`${previousHash}\n${canonical(fields)}`)
    .digest('hex');
}

/** Seals every workspace's new entries; returns how many were sealed. */
export async function sealAuditChains(database: Pick<Database, 'db'>, now: Date): Promise<number> {
  let sealed = 0;
  for (const workspaceId of await listUnsealedWorkspaceIdsAsOwner(database.db)) {
    sealed += await database.db.transaction(async (tx) => {
      const head = await lockChainHeadAsOwner(tx, workspaceId);
      let seq = head?.seq ?? 0;
      let hash = head?.hash ?? '';
      let count = 0;
      for (;;) {
        const entries = await listUnsealedEntriesAsOwner(tx, workspaceId, PAGE);
        if (!entries.length) break;
        const seals = entries.map((entry) => {
          seq += 1;
          hash = entryHash(hash, entry);
          return { id: entry.id, seq, hash };
        });
        await sealEntriesAsOwner(tx, workspaceId, seals);
        count += seals.length;
        if (entries.length < PAGE) break;
      }
      await moveChainHeadAsOwner(tx, workspaceId, { seq, hash, sealedAt: now });
      return count;
    });
  }
  return sealed;
}

export type ChainProblem =
  | { kind: 'changed'; seq: number; entryId: number }
  | { kind: 'deleted'; seq: number }
  /** The chain holds together but disagrees with its head, or with an anchor kept outside. */
  | { kind: 'rewritten'; seq: number }
  | { kind: 'unsealed'; count: number };

export type ChainState = {
  /** Sealed entries that verified, in order from the first. */
  verifiedEntries: number;
  head: { seq: number; hash: string; sealedAt: Date } | null;
  intact: boolean;
  /** The first problem found, in chain order; null when intact. */
  problem: ChainProblem | null;
};

/**
 * Recomputes the workspace's chain from its first entry, and holds it against the anchors of its
 * head kept outside the database (audit-anchors.service.ts), where there are any.
 */
export async function verifyAuditChain(
  db: Db,
  workspaceId: string,
  anchors: { seq: number; hash: string }[] = [],
): Promise<ChainState> {
  const head = (await findChainHeadAsOwner(db, workspaceId)) ?? null;
  const state = (verifiedEntries: number, problem: ChainProblem | null): ChainState => ({
    verifiedEntries,
    head: head ? { seq: head.seq, hash: head.hash, sealedAt: head.sealedAt } : null,
    intact: problem === null,
    problem,
  });
  const anchored = new Map(anchors.map((anchor) => [anchor.seq, anchor.hash]));
  let seq = 0;
  let hash = '';
  for (;;) {
    const entries = await listSealedEntriesAsOwner(db, workspaceId, seq, PAGE);
    for (const entry of entries) {
      if (entry.chainSeq !== seq + 1) return state(seq, { kind: 'deleted', seq: seq + 1 });
      const expected = entryHash(hash, entry);
      if (entry.chainHash !== expected) {
        return state(seq, { kind: 'changed', seq: seq + 1, entryId: entry.id });
      }
      // Consistent, yet not what was written down outside: rewritten from here on, or earlier.
      const outside = anchored.get(seq + 1);
      if (outside !== undefined && outside !== expected) {
        return state(seq, { kind: 'rewritten', seq: seq + 1 });
      }
      seq += 1;
      hash = expected;
    }
    if (entries.length < PAGE) break;
  }
  // The last entries gone: the head, or an anchor, remembers how far the chain reached.
  const reached = Math.max(head?.seq ?? 0, ...anchors.map((anchor) => anchor.seq));
  if (reached > seq) return state(seq, { kind: 'deleted', seq: seq + 1 });
  if (head && head.seq === seq && head.hash !== hash) {
    return state(seq - 1, { kind: 'rewritten', seq });
  }
  const unsealed = await countLongUnsealedAsOwner(db, workspaceId);
  return state(seq, unsealed ? { kind: 'unsealed', count: unsealed } : null);
}
