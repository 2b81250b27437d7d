// Global search and the relationship timeline over meetings and action items (src/search/,
// src/timeline/ call meeting-lookup.service.ts).
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { matchesText, type TextMatch } from '../platform/text-match.ts';
import { pageOfEvents, type TimelinePage } from '../platform/timeline.ts';

export type MeetingHitRow = {
  id: string;
  kind: string;
  number: number;
  starts_at: Date | string;
  status: string;
  distributor_id: string;
  distributor_name: string;
  /** The meeting's date on its rotation and its plan's start: they name its rhythm. */
  local_date: string;
  plan_starts_on: string;
};

/**
 * Meetings whose distributor's name, agenda or published notes contain the text, the nearest to
 * `now` first (the next and the last one are what a search is most often for). Notes not yet
 * published are the note-taker's draft and are not searched.
 */
export async function searchMeetingRows(
  tx: Tx,
  workspaceId: string,
  filter: { distributorId: string | null; match: TextMatch; now: Date; limit: number },
) {
  const text = sql`d.name || ' ' || coalesce(m.agenda::text, '') || ' ' ||
    case when m.notes_published_at is not null then coalesce(m.notes, '') else '' end`;
  const only = filter.distributorId ? sql`and m.distributor_id = ${filter.distributorId}` : sql``;
  const result = (await tx.execute(sql`
    select m.id, m.kind, m.number, m.starts_at, m.status, m.distributor_id,
      d.name as distributor_name, m.rotation->>'date' as local_date, p.starts_on as plan_starts_on
    from meeting m
    join distributor d on d.workspace_id = m.workspace_id and d.id = m.distributor_id
    join cadence_plan p on p.workspace_id = m.workspace_id and p.id = m.plan_id
    where m.workspace_id = ${workspaceId} ${only}
      and ${matchesText(text, filter.match)}
    order by abs(extract(epoch from m.starts_at - ${filter.now.toISOString()}::timestamptz)), m.id
    limit ${filter.limit}`)) as unknown as { rows: MeetingHitRow[] };
  return result.rows;
}

/**
 * Meetings held or cancelled, notes published; ref is the meeting's id. The subject is the
 * meeting's kind, its date on the rotation and its plan's start ("weekly 2026-11-03 2026-10-20"),
 * from which meeting-lookup.service.ts names its rhythm.
 */
export function meetingTimeline(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  page: TimelinePage,
) {
  const subject = sql`m.kind || ' ' || (m.rotation->>'date') || ' ' || p.starts_on`;
  const plan = sql`join cadence_plan p on p.workspace_id = m.workspace_id and p.id = m.plan_id`;
  return pageOfEvents(
    tx,
    'meeting',
    sql`
      select 'meeting.' || m.status || ':' || m.id as id, 'meeting.' || m.status as event,
        case when m.status = 'held' then m.starts_at
          else coalesce(m.status_changed_at, m.starts_at) end as at,
        m.status_changed_by_name as actor_name, ${subject} as subject,
        m.status_reason as detail, m.id::text as ref
      from meeting m ${plan}
      where m.workspace_id = ${workspaceId} and m.distributor_id = ${distributorId}
        and m.status in ('held', 'cancelled', 'skipped')
      union all
      select 'meeting.notes_published:' || m.id, 'meeting.notes_published', m.notes_published_at,
        null, ${subject}, null, m.id::text
      from meeting m ${plan}
      where m.workspace_id = ${workspaceId} and m.distributor_id = ${distributorId}
        and m.notes_published_at is not null`,
    page,
  );
}

/** Action items raised, done, dropped and reopened; ref is the item's meeting, if any. */
export function actionItemTimeline(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  page: TimelinePage,
) {
  return pageOfEvents(
    tx,
    'action_item',
    sql`
      select 'action_item.created:' || a.id as id, 'action_item.created' as event,
        a.created_at as at, null::text as actor_name, a.title as subject,
        a.due_on::text as detail, a.meeting_id::text as ref
      from action_item a
      where a.workspace_id = ${workspaceId} and a.distributor_id = ${distributorId}
      union all
      select 'action_item.' || e.to_status || ':' || e.id,
        case when e.to_status = 'open' then 'action_item.reopened'
          else 'action_item.' || e.to_status end,
        e.occurred_at, e.actor_name, a.title, e.reason, a.meeting_id::text
      from action_item_event e
      join action_item a on a.workspace_id = e.workspace_id and a.id = e.action_item_id
      where e.workspace_id = ${workspaceId} and e.distributor_id = ${distributorId}`,
    page,
  );
}
