import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { foldFrom, foldTo } from './search-text.ts';

export type SearchFilter = {
  /** An ILIKE pattern, already folded when `isFolded`. */
  pattern: string;
  /** Compare folded text (lower case, accents removed) when the query has no accents. */
  isFolded: boolean;
  distributorId: string | undefined;
  limit: number;
  offset: number;
};

export type SearchRow = {
  kind: 'thread' | 'message' | 'interaction';
  id: string;
  threadId: string | null;
  distributorId: string;
  distributorName: string;
  subject: string | null;
  channel: string | null;
  at: Date;
  text: string;
};

/** `column ILIKE pattern`, on folded text when asked. */
function matches(column: SQL, filter: SearchFilter) {
  return filter.isFolded
    ? sql`translate(lower(${column}), ${foldFrom}, ${foldTo}) like ${filter.pattern}`
    : sql`${column} ilike ${filter.pattern}`;
}

/**
 * Thread subjects, messages and interaction summaries that contain the text, newest first, in
 * one workspace (and one distributor when given; row-level security narrows a distributor's
 * user to their own in any case).
 */
function hits(workspaceId: string, filter: SearchFilter) {
  const onlyDistributor = (alias: string) =>
    filter.distributorId
      ? sql`and ${sql.raw(alias)}.distributor_id = ${filter.distributorId}`
      : sql``;
  return sql`
    select 'thread' as kind, t.id, t.id as thread_id, t.distributor_id, t.subject,
      null::text as channel, t.last_message_at as at, t.subject as text
    from communication_thread t
    where t.workspace_id = ${workspaceId} ${onlyDistributor('t')}
      and ${matches(sql`t.subject`, filter)}
    union all
    select 'message', m.id, m.thread_id, m.distributor_id, t.subject, null, m.created_at, m.body
    from communication_message m
    join communication_thread t on t.workspace_id = m.workspace_id and t.id = m.thread_id
    where m.workspace_id = ${workspaceId} ${onlyDistributor('m')}
      and ${matches(sql`m.body`, filter)}
    union all
    select 'interaction', i.id, null, i.distributor_id, null, i.channel, i.occurred_at, i.summary
    from communication_interaction i
    where i.workspace_id = ${workspaceId} ${onlyDistributor('i')}
      and ${matches(sql`i.summary`, filter)}`;
}

export async function searchCommunication(tx: Tx, workspaceId: string, filter: SearchFilter) {
  const found = hits(workspaceId, filter);
  type Row = {
    kind: SearchRow['kind'];
    id: string;
    thread_id: string | null;
    distributor_id: string;
    distributor_name: string;
    subject: string | null;
    channel: string | null;
    at: Date | string;
    text: string;
  };
  // Both drivers answer execute() with an object holding `rows`.
  const rows = (await tx.execute(sql`
    select hit.*, d.name as distributor_name
    from (${found}) hit
    join distributor d on d.workspace_id = ${workspaceId} and d.id = hit.distributor_id
    order by hit.at desc, hit.id desc
    limit ${filter.limit} offset ${filter.offset}`)) as unknown as { rows: Row[] };
  const counted = (await tx.execute(
    sql`select count(*) as value from (${found}) hit`,
  )) as unknown as { rows: { value: number | string }[] };
  const total = counted.rows[0];
  return {
    rows: rows.rows.map(
      (row): SearchRow => ({
        kind: row.kind,
        id: row.id,
        threadId: row.thread_id,
        distributorId: row.distributor_id,
        distributorName: row.distributor_name,
        subject: row.subject,
        channel: row.channel,
        at: new Date(row.at),
        text: row.text,
      }),
    ),
    total: Number(total?.value ?? 0),
  };
}
