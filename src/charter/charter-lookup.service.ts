// What global search and the relationship timeline ask of the charter domain; the caller owns the
// transaction. A distributor's user never sees the principal's drafts (charter-versions.service).
import type { Tx } from '../db/client.ts';
import { type Context, isPrincipal } from '../platform/tenancy.ts';
import type { TextMatch } from '../platform/text-match.ts';
import type { TimelinePage } from '../platform/timeline.ts';
import { charterTimeline as charterEvents, searchCharterRows } from './charter-lookup.queries.ts';

export function searchCharters(ctx: Context, tx: Tx, match: TextMatch, limit: number) {
  return searchCharterRows(tx, ctx.actor.workspaceId, {
    distributorId: ctx.actor.distributorId,
    match,
    includeDrafts: isPrincipal(ctx.actor),
    limit,
  });
}

export function charterTimeline(ctx: Context, tx: Tx, distributorId: string, page: TimelinePage) {
  return charterEvents(
    tx,
    ctx.actor.workspaceId,
    distributorId,
    { includeDrafts: isPrincipal(ctx.actor) },
    page,
  );
}
