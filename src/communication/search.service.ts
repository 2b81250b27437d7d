// Search across the portfolio's communication: principal staff see every distributor's threads
// and interactions; a distributor's user only their own (and asking for another answers 404).

import type { InteractionChannel } from '../db/types.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { AppError } from '../platform/errors.ts';
import { type Context, inTransaction, isPrincipal } from '../platform/tenancy.ts';
import type { SearchQuery } from './communication.schema.ts';
import { searchCommunication as findHits } from './search.queries.ts';
import { foldText, hasAccents, likePattern, snippetOf } from './search-text.ts';

export function searchCommunication(ctx: Context, query: SearchQuery) {
  if (!isPrincipal(ctx.actor) && !ctx.actor.distributorId) throw new AppError('forbidden');
  const q = query.q.normalize('NFC');
  const ownDistributor = ctx.actor.distributorId;
  if (ownDistributor && query.distributorId && query.distributorId !== ownDistributor) {
    throw new AppError('not_found');
  }
  const distributorId = ownDistributor ?? query.distributorId;
  return inTransaction(ctx, async (tx) => {
    if (distributorId) await getVisibleDistributor(ctx, tx, distributorId);
    const isFolded = !hasAccents(q);
    const { rows, total } = await findHits(tx, ctx.actor.workspaceId, {
      pattern: likePattern(isFolded ? foldText(q) : q),
      isFolded,
      distributorId,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return {
      items: rows.map((row) => ({
        kind: row.kind,
        id: row.id,
        threadId: row.threadId,
        distributor: { id: row.distributorId, name: row.distributorName },
        subject: row.subject,
        channel: row.channel as InteractionChannel | null,
        at: row.at,
        snippet: snippetOf(row.text, q),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}
