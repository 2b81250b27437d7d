import { type Context, inTransaction, requireRole } from '../platform/tenancy.ts';
import { listOutboxMails } from './outbox.queries.ts';

/** The e-mails Liaison stored or sent lately for this workspace; principal admins only. */
export function listOutbox(ctx: Context) {
  requireRole(ctx.actor, ['principal_admin']);
  return inTransaction(ctx, (tx) => listOutboxMails(tx, ctx.actor.workspaceId));
}
