// Set-based fragments of the distributors domain for the early warnings: each relationship's
// baseline (relationship_baseline: the terms of a relationship that predates Liaison) and the day
// it entered a running stage, for every distributor of a workspace at once.
import { type SQL, sql } from 'drizzle-orm';

/**
 * One row per distributor of the workspace: `distributor_id`, `baseline_started_on`,
 * `baseline_buffer_weeks` (the overall commitment, else the average of the per-line ones),
 * `baseline_report_due_day`, and `entered_on`: the day (the distributor's calendar) it first
 * entered onboarding, active or at risk, or null. A prospect's record may be created months
 * before the relationship begins, so its creation date is not the start.
 */
export function relationshipBaselinesSql(workspaceId: string): SQL {
  return sql`select d.id as distributor_id,
      b.started_on::text as baseline_started_on,
      coalesce(b.buffer_weeks, (select avg(value::numeric)
        from jsonb_each_text(b.buffer_weeks_by_line))) as baseline_buffer_weeks,
      b.report_due_day as baseline_report_due_day,
      (select (min(e.changed_at) at time zone d.time_zone)::date::text from lifecycle_event e
        where e.workspace_id = d.workspace_id and e.distributor_id = d.id
          and e.to_stage in ('onboarding', 'active', 'at_risk')) as entered_on
    from distributor d
    left join relationship_baseline b on b.workspace_id = d.workspace_id
      and b.distributor_id = d.id
    where d.workspace_id = ${workspaceId}`;
}
