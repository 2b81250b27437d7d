// The concern reminders job: the concerns still waiting for an answer (the one read across
// workspaces), and the reminders already sent.
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';

export type ReminderKind = 'before' | 'overdue';

async function rowsOf<Row>(db: Db | Tx, query: ReturnType<typeof sql>): Promise<Row[]> {
  // Both drivers answer `execute` with an object carrying `rows`; drizzle types it per driver.
  return ((await db.execute(query)) as unknown as { rows: Row[] }).rows;
}

/**
 * Every sent concern not yet answered, in every workspace (or one): ids only. Read as the owner
 * because it crosses workspaces; each is then reminded inside its own workspace's scope.
 */
export function listUnansweredConcernsAsOwner(db: Db, workspaceId?: string) {
  return rowsOf<{ workspace_id: string; concern_id: string }>(
    db,
    sql`select c.workspace_id, c.id as concern_id from performance_concern c
      where c.status = 'sent' and c.responded_at is null and c.response_due_on is not null
        ${workspaceId ? sql`and c.workspace_id = ${workspaceId}` : sql``}
      order by c.workspace_id, c.response_due_on`,
  );
}

export type ReminderFacts = {
  id: string;
  number: number;
  distributor_id: string;
  distributor_name: string;
  time_zone: string;
  second_language: string | null;
  response_due_on: string;
  responded: boolean;
  created_by_user_id: string | null;
  sent_by_user_id: string | null;
  /** When it was sent, and when each kind of reminder last went out: epoch milliseconds. */
  sent_at: number | string;
  last_before: number | string | null;
  last_overdue: number | string | null;
};

/** A concern with what its reminders need, and when each kind of reminder last went out. */
export async function findConcernReminderFacts(tx: Tx, workspaceId: string, concernId: string) {
  const [row] = await rowsOf<ReminderFacts>(
    tx,
    sql`select c.id, c.number, c.distributor_id, d.name as distributor_name, d.time_zone,
        c.second_language, c.response_due_on::text as response_due_on,
        (c.responded_at is not null) as responded, c.created_by_user_id, c.sent_by_user_id,
        (extract(epoch from c.sent_at) * 1000)::float8 as sent_at,
        (select (extract(epoch from r.sent_at) * 1000)::float8 from concern_reminder r
          where r.workspace_id = c.workspace_id and r.concern_id = c.id and r.kind = 'before')
          as last_before,
        (select (extract(epoch from r.sent_at) * 1000)::float8 from concern_reminder r
          where r.workspace_id = c.workspace_id and r.concern_id = c.id and r.kind = 'overdue')
          as last_overdue
      from performance_concern c
      join distributor d on d.workspace_id = c.workspace_id and d.id = c.distributor_id
      where c.workspace_id = ${workspaceId} and c.id = ${concernId}`,
  );
  return row;
}

export function upsertConcernReminder(
  tx: Tx,
  values: { workspaceId: string; concernId: string; kind: ReminderKind; sentAt: Date },
) {
  return tx.execute(sql`insert into concern_reminder (workspace_id, concern_id, kind, sent_at)
    values (${values.workspaceId}, ${values.concernId}, ${values.kind}, ${values.sentAt})
    on conflict (workspace_id, concern_id, kind) do update set sent_at = excluded.sent_at`);
}
