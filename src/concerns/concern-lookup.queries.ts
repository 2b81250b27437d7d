// The relationship timeline's formal concerns (src/timeline/ calls concern-lookup.service.ts).
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { pageOfEvents, type TimelinePage } from '../platform/timeline.ts';

/** Concerns sent, acknowledged and answered; drafts only when `includeDrafts`. */
export function concernTimeline(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  filter: { includeDrafts: boolean },
  page: TimelinePage,
) {
  const drafted = filter.includeDrafts
    ? sql`
      union all
      select 'concern.drafted:' || c.id, 'concern.drafted', c.created_at, c.created_by_name,
        c.subject, null, c.id::text
      from performance_concern c
      where c.workspace_id = ${workspaceId} and c.distributor_id = ${distributorId}`
    : sql``;
  return pageOfEvents(
    tx,
    'concern',
    sql`
      select 'concern.sent:' || c.id as id, 'concern.sent' as event, c.sent_at as at,
        c.sent_by_name as actor_name, c.subject, null::text as detail, c.id::text as ref
      from performance_concern c
      where c.workspace_id = ${workspaceId} and c.distributor_id = ${distributorId}
        and c.sent_at is not null
      union all
      select 'concern.acknowledged:' || c.id, 'concern.acknowledged', c.acknowledged_at,
        c.acknowledged_by_name, c.subject, null, c.id::text
      from performance_concern c
      where c.workspace_id = ${workspaceId} and c.distributor_id = ${distributorId}
        and c.acknowledged_at is not null
      union all
      select 'concern.responded:' || c.id, 'concern.responded', c.responded_at,
        c.responded_by_name, c.subject, c.response, c.id::text
      from performance_concern c
      where c.workspace_id = ${workspaceId} and c.distributor_id = ${distributorId}
        and c.responded_at is not null
      ${drafted}`,
    page,
  );
}
