// Set-based fragment of the communication domain for the early warnings: for every distributor of
// a workspace at once, when it last reached the principal (a message in a thread by someone of its
// side, an inbound interaction, or a logged reply to an outbound one) and what of the principal's
// is still waiting for an answer, as it stood at an instant. The months that had ended come from
// the monthly roll-up (contact_month, kept by triggers: migration 0021); the month running, and
// what waits since the last inbound contact, from the rows themselves.
import { type SQL, sql } from 'drizzle-orm';

/**
 * One row per distributor among `distributors` (a statement returning `id`) with any inbound
 * contact in the 15 months before the month of `until` or in that month up to `until`, or a
 * contact of the principal's of the last year still waiting for an answer:
 * `distributor_id`, `last_inbound_at`, `inbound_year` (inbound contacts in the twelve months
 * before the latest three that had ended: its usual rhythm, measured before any recent silence),
 * `inbound_recent` (in those latest three months), `waiting_since` (the earliest of the
 * principal's messages and outbound contacts of the last year made after the last inbound contact
 * and with no logged reply by `until`) and `waiting` (how many).
 */
export function silenceFactsSql(workspaceId: string, until: Date, distributors: SQL): SQL {
  const monthStart = sql`date_trunc('month', ${until}::timestamptz at time zone 'UTC')`;
  const monthsBack = (months: number) =>
    sql`(${monthStart} - interval '${sql.raw(String(months))} months')::date`;
  const runningFrom = sql`(${monthStart} at time zone 'UTC')`;
  const yearAgo = sql`${until}::timestamptz - interval '365 days'`;
  return sql`with monthly as (
      select distributor_id, max(last_inbound_at) as last_at,
        coalesce(sum(inbound) filter (where month < ${monthsBack(3)}), 0)::int as inbound_year,
        coalesce(sum(inbound) filter (where month >= ${monthsBack(3)}), 0)::int
          as inbound_recent
      from contact_month
      where workspace_id = ${workspaceId} and month >= ${monthsBack(15)}
        and month < ${monthStart}::date
      group by distributor_id
    ), running as (
      select distributor_id, max(at) as last_at from (
        select distributor_id, created_at as at from communication_message
        where workspace_id = ${workspaceId} and author_side = 'distributor'
          and created_at >= ${runningFrom} and created_at <= ${until}
        union all
        select distributor_id, occurred_at from communication_interaction
        where workspace_id = ${workspaceId} and direction = 'inbound'
          and occurred_at >= ${runningFrom} and occurred_at <= ${until}
        union all
        select distributor_id, replied_at from communication_interaction
        where workspace_id = ${workspaceId} and direction = 'outbound'
          and replied_at >= ${runningFrom} and replied_at <= ${until}
      ) e group by distributor_id
    ), latest as materialized (
      -- Materialized: the bound waiting_from must reach the probes below as a plain column. As
      -- an expression (greatest, coalesce) PostgreSQL would not use it in the index condition
      -- under row-level security (it cannot prove it leak-proof), and would read every contact
      -- of the year for each distributor.
      select d.id as distributor_id, m.inbound_year, m.inbound_recent,
        coalesce(r.last_at, m.last_at) as last_at,
        greatest(coalesce(r.last_at, m.last_at), ${yearAgo}) as waiting_from
      from (${distributors}) d
      left join monthly m on m.distributor_id = d.id
      left join running r on r.distributor_id = d.id
    )
    select l.distributor_id, l.last_at as last_inbound_at,
      coalesce(l.inbound_year, 0) as inbound_year, coalesce(l.inbound_recent, 0) as inbound_recent,
      w.waiting_since, w.waiting
    from latest l
    cross join lateral (
      select min(o.at) as waiting_since, count(*)::int as waiting from (
        select x.created_at as at from communication_message x
        where x.workspace_id = ${workspaceId} and x.distributor_id = l.distributor_id
          and x.author_side = 'principal' and x.created_at <= ${until}
          and x.created_at > l.waiting_from
        union all
        select x.occurred_at from communication_interaction x
        where x.workspace_id = ${workspaceId} and x.distributor_id = l.distributor_id
          and x.direction = 'outbound' and x.occurred_at <= ${until}
          and x.occurred_at > l.waiting_from
          and (x.replied_at is null or x.replied_at > ${until})
      ) o
    ) w
    where l.last_at is not null or w.waiting > 0`;
}
