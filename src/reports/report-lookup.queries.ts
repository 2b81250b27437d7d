// Global search and the relationship timeline over monthly reports (src/search/, src/timeline/
// call report-lookup.service.ts).
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { matchesText, type TextMatch } from '../platform/text-match.ts';
import { pageOfEvents, type TimelinePage } from '../platform/timeline.ts';

export type ReportHitRow = {
  id: string;
  period: string;
  status: string;
  revision: number;
  distributor_id: string;
  distributor_name: string;
};

/**
 * Submitted reports whose distributor's name or month ("2026-10") contains the text, the latest
 * month first. Drafts are the distributor's work in progress: only its own people find them.
 */
export async function searchReportRows(
  tx: Tx,
  workspaceId: string,
  filter: { distributorId: string | null; match: TextMatch; includeDrafts: boolean; limit: number },
) {
  const text = sql`d.name || ' ' || to_char(r.period, 'YYYY-MM')`;
  const only = filter.distributorId ? sql`and r.distributor_id = ${filter.distributorId}` : sql``;
  const submitted = filter.includeDrafts ? sql`` : sql`and r.revision > 0`;
  const result = (await tx.execute(sql`
    select r.id, to_char(r.period, 'YYYY-MM') as period, r.status, r.revision, r.distributor_id,
      d.name as distributor_name
    from monthly_report r
    join distributor d on d.workspace_id = r.workspace_id and d.id = r.distributor_id
    where r.workspace_id = ${workspaceId} ${only} ${submitted}
      and ${matchesText(text, filter.match)}
    order by r.period desc, lower(d.name), r.id
    limit ${filter.limit}`)) as unknown as { rows: ReportHitRow[] };
  return result.rows;
}

/** Submissions, revisions, reviews, figures entered on its behalf and confirmations. */
export function reportTimeline(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  page: TimelinePage,
) {
  return pageOfEvents(
    tx,
    'report',
    sql`
      select 'report.' || e.kind || ':' || e.id as id, 'report.' || e.kind as event,
        e.created_at as at, e.actor_name, to_char(r.period, 'YYYY-MM') as subject,
        case when e.kind in ('changes_requested', 'comment') then e.body end as detail,
        to_char(r.period, 'YYYY-MM') as ref
      from monthly_report_event e
      join monthly_report r on r.workspace_id = e.workspace_id and r.id = e.report_id
      where e.workspace_id = ${workspaceId} and r.distributor_id = ${distributorId}`,
    page,
  );
}
