// Set-based fragment of the charter domain for the early warnings: the charter in force on a day
// for every distributor of a workspace at once. The one in force is the latest signed on or
// before that day, even if a later version has superseded it since.
import { type SQL, sql } from 'drizzle-orm';

/**
 * One row per distributor with a charter signed by `until`: `distributor_id`, `buffer_weeks`
 * (its inventory lines' average), `report_due_day`, `starts_on` (the term's start) and
 * `response_hours` (the communication protocol's normal response time).
 */
export function chartersInForceSql(workspaceId: string, until: Date): SQL {
  return sql`select distinct on (cv.distributor_id) cv.distributor_id,
      (select avg((line ->> 'bufferWeeks')::numeric)
        from jsonb_array_elements(cv.content -> 'inventory' -> 'lines') line) as buffer_weeks,
      (cv.content -> 'reporting' ->> 'monthlyReportDueDay')::int as report_due_day,
      cv.content -> 'term' ->> 'startsOn' as starts_on,
      (cv.content -> 'communication' -> 'responseHours' ->> 'normal')::numeric as response_hours
    from charter_version cv
    where cv.workspace_id = ${workspaceId} and cv.status in ('signed', 'superseded')
      and cv.signed_at <= ${until}
    order by cv.distributor_id, cv.signed_at desc`;
}
