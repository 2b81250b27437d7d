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
  const rhythmEnds = sql`${until}::timestamptz - interval '90 days'`;
  return sql`with inbound as (
      select distributor_id, created_at as at from communication_message
      where workspace_id = ${workspaceId} and author_side = 'distributor'
        and created_at <= ${until} and created_at > ${since}
      union all
      select distributor_id, occurred_at from communication_interaction
      where workspace_id = ${workspaceId} and direction = 'inbound'
        and occurred_at <= ${until} and occurred_at > ${since}
      union all
      select distributor_id, replied_at from communication_interaction
      where workspace_id = ${workspaceId} and direction = 'outbound'
        and replied_at <= ${until} and replied_at > ${since}
    ), contact as (
      select distributor_id, max(at) as last_at,
        count(*) filter (where at <= ${rhythmEnds})::int as inbound_year,
        count(*) filter (where at > ${rhythmEnds})::int as inbound_recent
      from inbound group by distributor_id
    ), outbound as (
      select distributor_id, created_at as at, null::timestamptz as replied_at
      from communication_message
      where workspace_id = ${workspaceId} and author_side = 'principal' and created_at <= ${until}
        and created_at > ${until}::timestamptz - interval '365 days'
      union all
      select distributor_id, occurred_at, replied_at from communication_interaction
      where workspace_id = ${workspaceId} and direction = 'outbound' and occurred_at <= ${until}
        and occurred_at > ${until}::timestamptz - interval '365 days'
    ), waiting as (
      select o.distributor_id, min(o.at) as waiting_since, count(*)::int as waiting
      from outbound o left join contact c on c.distributor_id = o.distributor_id
      where (c.last_at is null or o.at > c.last_at)
        and (o.replied_at is null or o.replied_at > ${until})
      group by o.distributor_id
    )
    select coalesce(c.distributor_id, w.distributor_id) as distributor_id,
      c.last_at as last_inbound_at, coalesce(c.inbound_year, 0) as inbound_year,
      coalesce(c.inbound_recent, 0) as inbound_recent,
      w.waiting_since, coalesce(w.waiting, 0) as waiting
    from contact c
    full join waiting w on w.distributor_id = c.distributor_id`;
}
