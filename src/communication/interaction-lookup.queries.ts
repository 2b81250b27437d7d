// The relationship timeline's communication log entries (src/timeline/ calls
// interaction-lookup.service.ts). Threads have their own search (search.queries.ts).
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { pageOfEvents, type TimelinePage } from '../platform/timeline.ts';

/** Logged calls, visits and messages, by when they happened; subject is the channel. */
export function interactionTimeline(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  page: TimelinePage,
) {
  return pageOfEvents(
    tx,
    'communication',
    sql`
      select 'communication.' || i.direction || ':' || i.id as id,
        'communication.' || i.direction as event, i.occurred_at as at, null::text as actor_name,
        i.channel as subject, i.summary as detail, null::text as ref
      from communication_interaction i
      where i.workspace_id = ${workspaceId} and i.distributor_id = ${distributorId}`,
    page,
  );
}
