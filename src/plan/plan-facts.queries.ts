// The plan's fact for the early warnings, as a fragment the warnings' scan composes for every
// assessed distributor at once (src/warnings/warning-facts.queries.ts).
import { sql } from 'drizzle-orm';

/**
 * The early warnings' fact: per distributor, the milestones agreed by `until` and not removed by
 * then, past their deadline on `asOf` and not done by `until`: how many, the oldest deadline, and
 * the first three titles by deadline. A milestone's done day is a day on the distributor's clock,
 * so it is compared with that clock's day at `until`: Saigon's 8 December has begun before the
 * UTC day of 7 December ends, and a milestone done then was done on the day assessed.
 */
export function overdueMilestoneFactsSql(workspaceId: string, asOf: string, until: Date) {
  return sql`select m.distributor_id, count(*)::int as overdue,
      to_char(min(m.due_on), 'YYYY-MM-DD') as oldest_due_on,
      (array_agg(m.title order by m.due_on, m.title))[1:3] as titles
    from plan_milestone m
    join distributor d on d.id = m.distributor_id
    where m.workspace_id = ${workspaceId}
      and m.due_on < ${asOf}::date
      and m.created_at <= ${until}
      and (m.removed_at is null or m.removed_at > ${until})
      and (m.status <> 'done' or m.done_on > (${until}::timestamptz at time zone d.time_zone)::date)
    group by m.distributor_id`;
}
