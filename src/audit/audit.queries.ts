import { and, desc, eq, gte, ilike, lt, lte, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';
import type { AuditQuery } from './audit.schema.ts';

export function listAuditEntries(tx: Tx, workspaceId: string, query: AuditQuery, limit: number) {
  const conditions: SQL[] = [eq(auditLog.workspaceId, workspaceId)];
  if (query.entityType) conditions.push(eq(auditLog.entityType, query.entityType));
  if (query.action) conditions.push(eq(auditLog.action, query.action));
  if (query.actor)
    conditions.push(ilike(auditLog.actorName, `%${query.actor.replace(/[\\%_]/g, '\\$&')}%`));
  if (query.actorUserId) conditions.push(eq(auditLog.actorUserId, query.actorUserId));
  if (query.distributorId) conditions.push(eq(auditLog.distributorId, query.distributorId));
  if (query.from) conditions.push(gte(auditLog.occurredAt, new Date(query.from)));
  if (query.to) conditions.push(lte(auditLog.occurredAt, new Date(query.to)));
  if (query.before) conditions.push(lt(auditLog.id, query.before));
  return tx
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
