// What global search and the relationship timeline ask of this domain. The caller (src/search/,
// src/timeline/) owns the transaction; the rules of who sees what stay here.
import type { Tx } from '../db/client.ts';
import { type Context, isPrincipal } from '../platform/tenancy.ts';
import type { TextMatch } from '../platform/text-match.ts';
import type { TimelinePage } from '../platform/timeline.ts';
import {
  lifecycleTimeline,
  searchContactRows,
  searchDistributorRows,
} from './distributor-lookup.queries.ts';

/** Distributors and contacts matching the text; a distributor's user finds only their own. */
export async function searchDistributorsAndContacts(
  ctx: Context,
  tx: Tx,
  match: TextMatch,
  limit: number,
) {
  const distributorId = ctx.actor.distributorId;
  const distributors = await searchDistributorRows(tx, ctx.actor.workspaceId, {
    distributorId,
    match,
    // The principal's notes are its own: searching them for a distributor's user would tell it
    // what they say, one letter at a time.
    searchNotes: isPrincipal(ctx.actor),
    limit,
  });
  const contacts = await searchContactRows(tx, ctx.actor.workspaceId, {
    distributorId,
    match,
    limit,
  });
  return { distributors, contacts };
}

/** Lifecycle changes for the principal's people; nothing for a distributor's user. */
export async function distributorTimeline(
  ctx: Context,
  tx: Tx,
  distributorId: string,
  page: TimelinePage,
) {
  if (!isPrincipal(ctx.actor)) return [];
  return lifecycleTimeline(tx, ctx.actor.workspaceId, distributorId, page);
}
