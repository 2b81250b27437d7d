import type { Tx } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';
import type { Actor } from './tenancy.ts';

export type AuditEntry = {
  entityType: string;
  entityId: string;
  action: string;
  distributorId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Writes one audit row in the caller's transaction: it commits with the change or not at all. */
export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values(toAuditRow(actor, entry));
}

/** Many audit rows in one statement per 500, for bulk changes such as imports. */
export async function recordAuditMany(tx: Tx, actor: Actor, entries: AuditEntry[]) {
  for (let start = 0; start < entries.length; start += 500) {
    await tx
      .insert(auditLog)
      .values(entries.slice(start, start + 500).map((entry) => toAuditRow(actor, entry)));
  }
}

function toAuditRow(actor: Actor, entry: AuditEntry): typeof auditLog.$inferInsert {
  return {
    workspaceId: actor.workspaceId,
    actorUserId: actor.userId,
    actorName: actor.name,
    actorVia: actor.via,
    requestId: actor.requestId,
    // What a distributor's user does is always filed under their distributor (the database's
    // restrictive policy refuses anything else from them).
    distributorId: entry.distributorId ?? actor.distributorId ?? null,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    before: toJson(entry.before),
    after: toJson(entry.after),
  };
}

// Dates become ISO strings; undefined becomes null, so before/after are plain JSON.
function toJson(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value));
}
