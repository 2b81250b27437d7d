// Each side's median response time with one distributor over the last 90 days, from threads and
// logged interactions alike (the rule is in responsiveness.ts).
import { DateTime } from 'luxon';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { type Context, inTransaction } from '../platform/tenancy.ts';
import { findMessageTurnsSince } from './communication.queries.ts';
import { findRepliedInteractionsSince } from './interactions.queries.ts';
import {
  interactionResponse,
  type Response,
  responsivenessSince,
  type Turn,
  threadResponses,
} from './responsiveness.ts';

export const RESPONSIVENESS_DAYS = 90;

export function getResponsiveness(ctx: Context, distributorId: string) {
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const ws = ctx.actor.workspaceId;
    const since = DateTime.fromJSDate(ctx.clock.now())
      .minus({ days: RESPONSIVENESS_DAYS })
      .toJSDate();
    const turns = await findMessageTurnsSince(tx, ws, distributorId, since);
    const threads = new Map<string, Turn[]>();
    for (const turn of turns) {
      const list = threads.get(turn.threadId) ?? [];
      list.push({ side: turn.side, at: turn.at });
      threads.set(turn.threadId, list);
    }
    const responses: Response[] = [...threads.values()].flatMap(threadResponses);
    for (const interaction of await findRepliedInteractionsSince(tx, ws, distributorId, since)) {
      const response = interactionResponse(interaction);
      if (response) responses.push(response);
    }
    return {
      distributorId,
      since,
      days: RESPONSIVENESS_DAYS,
      ...responsivenessSince(responses, since),
    };
  });
}
