// Global search and the relationship timeline over charters (src/search/, src/timeline/ call
// charter-lookup.service.ts).
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { matchesText, type TextMatch } from '../platform/text-match.ts';
import { pageOfEvents, type TimelinePage } from '../platform/timeline.ts';

export type CharterHitRow = {
  id: string;
  version: number;
  status: string;
  distributor_id: string;
  distributor_name: string;
};

/**
 * Each matching distributor's latest charter version it may see (a distributor's user never sees
 * the principal's drafts), by the distributor's name or an amendment's section or change.
 */
export async function searchCharterRows(
  tx: Tx,
  workspaceId: string,
  filter: { distributorId: string | null; match: TextMatch; includeDrafts: boolean; limit: number },
) {
  const only = filter.distributorId ? sql`and v.distributor_id = ${filter.distributorId}` : sql``;
  const shared = filter.includeDrafts ? sql`` : sql`and v.status <> 'draft'`;
  const amendmentText = sql`a.section || ' ' || a.change`;
  const result = (await tx.execute(sql`
    select * from (
      select distinct on (v.distributor_id) v.id, v.version, v.status, v.distributor_id,
        d.name as distributor_name
      from charter_version v
      join distributor d on d.workspace_id = v.workspace_id and d.id = v.distributor_id
      where v.workspace_id = ${workspaceId} ${only} ${shared}
        and (${matchesText(sql`d.name`, filter.match)} or exists (
          select 1 from charter_amendment a
          where a.workspace_id = v.workspace_id and a.distributor_id = v.distributor_id
            and ${matchesText(amendmentText, filter.match)}))
      order by v.distributor_id, v.version desc
    ) latest
    order by lower(latest.distributor_name), latest.id
    limit ${filter.limit}`)) as unknown as { rows: CharterHitRow[] };
  return result.rows;
}

/** Versions shared, agreed, signed by each party; amendments proposed and answered. */
export function charterTimeline(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  filter: { includeDrafts: boolean },
  page: TimelinePage,
) {
  const shared = filter.includeDrafts ? sql`` : sql`and v.status <> 'draft'`;
  return pageOfEvents(
    tx,
    'charter',
    sql`
      select 'charter.version_created:' || v.id as id, 'charter.version_created' as event,
        v.created_at as at, null::text as actor_name, v.version::text as subject,
        null::text as detail, null::text as ref
      from charter_version v
      where v.workspace_id = ${workspaceId} and v.distributor_id = ${distributorId} ${shared}
      union all
      select 'charter.agreed:' || v.id, 'charter.agreed', v.agreed_at, null, v.version::text,
        null, null
      from charter_version v
      where v.workspace_id = ${workspaceId} and v.distributor_id = ${distributorId}
        and v.agreed_at is not null
      union all
      select 'charter.signed:' || s.id, 'charter.signed', s.signed_at, s.typed_name,
        v.version::text, s.party, null
      from charter_signature s
      join charter_version v on v.workspace_id = s.workspace_id and v.id = s.charter_version_id
      where s.workspace_id = ${workspaceId} and s.distributor_id = ${distributorId}
      union all
      select 'charter.amendment_proposed:' || a.id, 'charter.amendment_proposed', a.created_at,
        a.proposer_name, a.section, a.change, null
      from charter_amendment a
      where a.workspace_id = ${workspaceId} and a.distributor_id = ${distributorId}
      union all
      select 'charter.amendment_' || a.status || ':' || a.id, 'charter.amendment_' || a.status,
        a.answered_at, a.answerer_name, a.section, a.decline_reason, null
      from charter_amendment a
      where a.workspace_id = ${workspaceId} and a.distributor_id = ${distributorId}
        and a.answered_at is not null and a.status <> 'open'`,
    page,
  );
}
