import { stringify } from 'csv-stringify/sync';
import { neutraliseCell } from '../platform/cells.ts';
import { type Context, inTransaction, requireRole } from '../platform/tenancy.ts';
import { listAuditEntries } from './audit.queries.ts';
import type { AuditQuery } from './audit.schema.ts';
import { anchorsOf, readAnchors } from './audit-anchors.service.ts';
import { verifyAuditChain } from './audit-chain.service.ts';

export function listAuditLog(ctx: Context, query: AuditQuery) {
  requireRole(ctx.actor, ['principal_admin']);
  return inTransaction(ctx, async (tx) => {
    const rows = await listAuditEntries(tx, ctx.actor.workspaceId, query, query.limit + 1);
    const items = rows.slice(0, query.limit).map(({ workspaceId: _w, ...row }) => row);
    const nextBefore = rows.length > query.limit ? (items.at(-1)?.id ?? null) : null;
    return { items, nextBefore };
  });
}

const EXPORT_LIMIT = 100_000;

/** The filtered audit log as CSV, newest first, up to 100,000 entries. */
export function exportAuditLogCsv(ctx: Context, query: AuditQuery) {
  requireRole(ctx.actor, ['principal_admin']);
  return inTransaction(ctx, async (tx) => {
    const rows = await listAuditEntries(tx, ctx.actor.workspaceId, query, EXPORT_LIMIT);
    const header = [
      'id',
      'occurred_at',
      'actor',
      'via',
      'request_id',
      'entity_type',
      'entity_id',
      'action',
      'distributor_id',
      'before',
      'after',
    ];
    const body = rows.map((row) =>
      [
        String(row.id),
        row.occurredAt.toISOString(),
        row.actorName,
        row.actorVia,
        row.requestId ?? '',
        row.entityType,
        row.entityId,
        row.action,
        row.distributorId ?? '',
        row.before === null ? '' : JSON.stringify(row.before),
        row.after === null ? '' : JSON.stringify(row.after),
      ].map(neutraliseCell),
    );
    // With a byte-order mark, so that Excel opens the names as UTF-8.
    return stringify([header, ...body], { bom: true });
  });
}

/** The workspace's audit chain, recomputed now (principal admins). */
export async function getAuditChainState(ctx: Context) {
  requireRole(ctx.actor, ['principal_admin']);
  const anchors = anchorsOf(await readAnchors(ctx.config.auditAnchorFile), ctx.actor.workspaceId);
  return verifyAuditChain(ctx.db, ctx.actor.workspaceId, anchors);
}
