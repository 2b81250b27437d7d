// What global search and the relationship timeline ask of the reports domain; the caller owns
// the transaction.
import type { Tx } from '../db/client.ts';
import type { Context } from '../platform/tenancy.ts';
import type { TextMatch } from '../platform/text-match.ts';
import type { TimelinePage } from '../platform/timeline.ts';
import { reportTimeline as reportEvents, searchReportRows } from './report-lookup.queries.ts';

export function searchReports(ctx: Context, tx: Tx, match: TextMatch, limit: number) {
  return searchReportRows(tx, ctx.actor.workspaceId, {
    distributorId: ctx.actor.distributorId,
    match,
    includeDrafts: ctx.actor.distributorId !== null,
    limit,
  });
}

export function reportTimeline(ctx: Context, tx: Tx, distributorId: string, page: TimelinePage) {
  return reportEvents(tx, ctx.actor.workspaceId, distributorId, page);
}
