// What the relationship timeline asks of the communication domain; the caller owns the
// transaction. Both sides see the log of interactions (interactions.service.ts).
import type { Tx } from '../db/client.ts';
import type { Context } from '../platform/tenancy.ts';
import type { TimelinePage } from '../platform/timeline.ts';
import { interactionTimeline } from './interaction-lookup.queries.ts';

export function communicationTimeline(
  ctx: Context,
  tx: Tx,
  distributorId: string,
  page: TimelinePage,
) {
  return interactionTimeline(tx, ctx.actor.workspaceId, distributorId, page);
}
