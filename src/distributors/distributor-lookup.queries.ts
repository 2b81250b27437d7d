// Global search and the relationship timeline, over this domain's tables (src/search/,
// src/timeline/ call distributor-lookup.service.ts).
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { matchesText, type TextMatch } from '../platform/text-match.ts';
import { pageOfEvents, type TimelinePage } from '../platform/timeline.ts';

function onlyDistributor(alias: string, distributorId: string | null) {
  return distributorId ? sql`and ${sql.raw(alias)}.id = ${distributorId}` : sql``;
}

export type DistributorHitRow = {
  id: string;
  name: string;
  city: string | null;
  country: string;
  status: string;
};

/**
 * Distributors whose name, legal name or city contains the text; the principal's own notes only
 * when `searchNotes` (never for a distributor's user).
 */
export async function searchDistributorRows(
  tx: Tx,
  workspaceId: string,
  filter: { distributorId: string | null; match: TextMatch; searchNotes: boolean; limit: number },
) {
  const text = filter.searchNotes
    ? sql`d.name || ' ' || coalesce(d.legal_name, '') || ' ' || coalesce(d.city, '') || ' ' || coalesce(d.notes, '')`
    : sql`d.name || ' ' || coalesce(d.legal_name, '') || ' ' || coalesce(d.city, '')`;
  const result = (await tx.execute(sql`
    select d.id, d.name, d.city, d.country, d.status
    from distributor d
    where d.workspace_id = ${workspaceId} ${onlyDistributor('d', filter.distributorId)}
      and ${matchesText(text, filter.match)}
    order by lower(d.name), d.id
    limit ${filter.limit}`)) as unknown as { rows: DistributorHitRow[] };
  return result.rows;
}

export type ContactHitRow = {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  side: string;
  distributor_id: string;
  distributor_name: string;
};

/** Contacts (both sides' people at a distributor) whose name, title or e-mail contains the text. */
export async function searchContactRows(
  tx: Tx,
  workspaceId: string,
  filter: { distributorId: string | null; match: TextMatch; limit: number },
) {
  const text = sql`c.name || ' ' || coalesce(c.title, '') || ' ' || coalesce(c.email, '')`;
  const result = (await tx.execute(sql`
    select c.id, c.name, c.title, c.email, c.side, c.distributor_id, d.name as distributor_name
    from contact c
    join distributor d on d.workspace_id = c.workspace_id and d.id = c.distributor_id
    where c.workspace_id = ${workspaceId} ${onlyDistributor('d', filter.distributorId)}
      and ${matchesText(text, filter.match)}
    order by lower(c.name), c.id
    limit ${filter.limit}`)) as unknown as { rows: ContactHitRow[] };
  return result.rows;
}

/** Lifecycle stage changes: the principal's own assessment, for its people's timeline only. */
export function lifecycleTimeline(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  page: TimelinePage,
) {
  return pageOfEvents(
    tx,
    'lifecycle',
    sql`
      select 'lifecycle.changed:' || l.id as id, 'lifecycle.changed' as event, l.changed_at as at,
        null::text as actor_name, l.to_stage as subject, l.reason as detail,
        l.from_stage as ref
      from lifecycle_event l
      where l.workspace_id = ${workspaceId} and l.distributor_id = ${distributorId}`,
    page,
  );
}
