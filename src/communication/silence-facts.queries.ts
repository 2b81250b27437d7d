// Set-based fragment of the communication domain for the early warnings: for every distributor of
// a workspace at once, when it last reached the principal (a message in a thread by someone of its
// side, an inbound interaction, or a logged reply to an outbound one) and what of the principal's
// is still waiting for an answer, as it stood at an instant.
import { type SQL, sql } from 'drizzle-orm';

/**
 * One row per distributor with any communication in the 455 days up to `until`:
 * `distributor_id`, `last_inbound_at`, `inbound_year` (inbound contacts in the year before the
 * latest 90 days: its usual rhythm, measured before any recent silence), `inbound_recent` (in
 * the latest 90 days), `waiting_since` (the
 * earliest of the principal's messages and outbound contacts of the last year made after the
 * last inbound contact and with no logged reply by `until`) and `waiting` (how many).
 */
export function silenceFactsSql(workspaceId: string, until: Date): SQL {
  const since = sql`${until}::timestamptz - interval '455 days'`;
  const yearAgo = sql`${until}::timestamptz - interval '365 days'`;
  const rhythmEnds = sql`${until}::timestamptz - interval '90 days'`;
  const inWindow = (column: SQL) => sql`(${column} <= ${until} and ${column} > ${since})`;
  const inYear = (column: SQL) => sql`(${column} <= ${until} and ${column} > ${yearAgo})`;
  // One pass over each table: every row becomes an inbound instant (a contact from the
  // distributor's side), an outbound one still unanswered at `until`, or both (an outbound
  // interaction answered in the window and, had it not been yet, waiting); the outbound instants
  // are kept per distributor to be compared with its last inbound contact.
  return sql`with events as (
      select distributor_id,
        case when author_side = 'distributor' and ${inWindow(sql`created_at`)}
          then created_at end as in_at,
        case when author_side = 'principal' and ${inYear(sql`created_at`)}
          then created_at end as out_at
      from communication_message
      where workspace_id = ${workspaceId} and created_at <= ${until} and created_at > ${since}
      union all
      select distributor_id,
        case when direction = 'inbound' and ${inWindow(sql`occurred_at`)} then occurred_at
          when direction = 'outbound' and ${inWindow(sql`replied_at`)} then replied_at end,
        case when direction = 'outbound' and ${inYear(sql`occurred_at`)}
          and (replied_at is null or replied_at > ${until}) then occurred_at end
      from communication_interaction
      where workspace_id = ${workspaceId} and (${inWindow(sql`occurred_at`)}
        or (direction = 'outbound' and ${inWindow(sql`replied_at`)}))
    ), per_distributor as (
      select distributor_id, max(in_at) as last_at,
        count(in_at) filter (where in_at <= ${rhythmEnds})::int as inbound_year,
        count(in_at) filter (where in_at > ${rhythmEnds})::int as inbound_recent,
        array_agg(out_at) filter (where out_at is not null) as outbound
      from events where in_at is not null or out_at is not null
      group by distributor_id
    )
    select p.distributor_id, p.last_at as last_inbound_at, p.inbound_year, p.inbound_recent,
      w.waiting_since, w.waiting
    from per_distributor p
    cross join lateral (select min(o.at) as waiting_since, count(o.at)::int as waiting
      from unnest(p.outbound) o(at) where p.last_at is null or o.at > p.last_at) w`;
}
