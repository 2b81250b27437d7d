// The plan's fact for the early warnings, as a fragment the warnings' scan composes for every
// assessed distributor at once (src/warnings/warning-facts.queries.ts).
import { sql } from 'drizzle-orm';

/**
 * The early warnings' fact: per distributor, the milestones agreed by `until` and not removed by
 * then, past their deadline on `asOf` and not done by it: how many, the oldest deadline, and the
 * first three titles by deadline.
 */
export function overdueMilestoneFactsSql(workspaceId: string, asOf: string, until: Date) {
  return sql`select m.distributor_id, count(*)::int as overdue,
      to_char(min(m.due_on), 'YYYY-MM-DD') as oldest_due_on,
      (array_agg(m.title order by m.due_on, m.title))[1:3] as titles
    from plan_milestone m
    where m.workspace_id = ${workspaceId}
      and m.due_on < ${asOf}::date
      and m.created_at <= ${until}
      and (m.removed_at is null or m.removed_at > ${until})
      and (m.status <> 'done' or m.done_on > ${asOf}::date)
    group by m.distributor_id`;
}
