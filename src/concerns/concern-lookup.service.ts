// What the relationship timeline asks of the concerns domain; the caller owns the transaction.
// A draft is the principal's own until it is sent (concern-drafting.service.ts).
import type { Tx } from '../db/client.ts';
import { type Context, isPrincipal } from '../platform/tenancy.ts';
import type { TimelinePage } from '../platform/timeline.ts';
import { concernTimeline as concernEvents } from './concern-lookup.queries.ts';

export function concernTimeline(ctx: Context, tx: Tx, distributorId: string, page: TimelinePage) {
  return concernEvents(
    tx,
    ctx.actor.workspaceId,
    distributorId,
    { includeDrafts: isPrincipal(ctx.actor) },
    page,
  );
}
