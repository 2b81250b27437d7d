// What a caller may never see, read from the database itself: every row of a workspace with the
// distributor it belongs to, and from them the ids and names that are another workspace's, or
// another distributor's. The isolation matrix looks for them in every answer.
import { sql } from 'drizzle-orm';
import { uuidsIn } from './operations.ts';
import type { TestServer } from './server.ts';

/**
 * What a caller must never see: ids and names of records that are not theirs to see, and for a
 * distributor's user the principal's internal text (principalInternalOf).
 */
export type Secrets = { ids: Set<string>; names: Set<string>; internal?: Set<string> };

type Row = { table: string; distributorId: string | null; text: string };

/**
 * Every row of a workspace, read on the owner connection (row-level security would hide some):
 * each as JSON text, with the distributor it belongs to.
 */
export async function rowsOf(server: TestServer, workspaceId: string): Promise<Row[]> {
  const db = server.database.db;
  // Both drivers answer `execute` with { rows }.
  const tables = (await db.execute(sql`
    select table_name as name, bool_or(column_name = 'distributor_id') as "hasDistributor"
    from information_schema.columns where table_schema = 'public'
    group by table_name having bool_or(column_name = 'workspace_id') order by 1`)) as unknown as {
    rows: { name: string; hasDistributor: boolean }[];
  };
  const rows: Row[] = [];
  for (const table of tables.rows) {
    const owner =
      table.name === 'distributor' ? 'id' : table.hasDistributor ? 'distributor_id' : 'null';
    const result = (await db.execute(
      sql.raw(`select to_jsonb(t)::text as text, (${owner})::text as "distributorId"
        from "${table.name}" t where workspace_id = '${workspaceId}'`),
    )) as unknown as { rows: { text: string; distributorId: string | null }[] };
    rows.push(...result.rows.map((row) => ({ ...row, table: table.name })));
  }
  const people = (await db.execute(sql`
    select to_jsonb(u)::text as text, m.distributor_id::text as "distributorId"
    from app_user u join membership m on m.user_id = u.id
    where m.workspace_id = ${workspaceId}`)) as unknown as {
    rows: { text: string; distributorId: string | null }[];
  };
  rows.push(...people.rows.map((row) => ({ ...row, table: 'app_user' })));
  const self = (await db.execute(
    sql`select to_jsonb(w)::text as text from workspace w where id = ${workspaceId}`,
  )) as unknown as { rows: { text: string }[] };
  rows.push(...self.rows.map((row) => ({ ...row, table: 'workspace', distributorId: null })));
  return rows;
}

/** Names a person would recognise: of the workspace, distributors, contacts and people. */
const namedFields = ['name', 'legal_name', 'email', 'title'];
const namedTables = new Set(['workspace', 'distributor', 'contact', 'app_user']);

export function namesIn(rows: Row[]): Set<string> {
  const names = new Set<string>();
  for (const row of rows.filter((candidate) => namedTables.has(candidate.table))) {
    const record = JSON.parse(row.text) as Record<string, unknown>;
    for (const field of namedFields) {
      const value = record[field];
      // Short words (a title like "CEO") name nobody in particular.
      if (typeof value === 'string' && value.length >= 8) names.add(value);
    }
  }
  return names;
}

export function idsIn(rows: Row[]): Set<string> {
  return new Set(rows.flatMap((row) => [...uuidsIn(row.text)]));
}

const minus = <T>(all: Set<T>, seen: Set<T>) => new Set([...all].filter((item) => !seen.has(item)));

/** What is in `rows` and in no row of `visible`: another workspace's records. */
export function secretsOf(rows: Row[], visible: Row[]): Secrets {
  return { ids: minus(idsIn(rows), idsIn(visible)), names: minus(namesIn(rows), namesIn(visible)) };
}

/**
 * What only one distributor's rows hold. Rows of other distributors are seen whole; a record of
 * the whole workspace (a product line, a document, one of the principal's people) only by its own
 * id: a distributor's row naming it does not make it the distributor's, while the audit entry or
 * the job about another distributor's record does not make that record the workspace's. The
 * viewer is the distributor whose users must not see them.
 */
export function distributorSecretsOf(
  rows: Row[],
  distributorId: string,
  viewerId: string,
): Secrets {
  const own = rows.filter((row) => row.distributorId === distributorId);
  const others = rows.filter(
    (row) => row.distributorId !== null && row.distributorId !== distributorId,
  );
  const shared = rows.filter((row) => row.distributorId === null);
  const sharedIds = new Set(shared.map((row) => recordId(row)).filter((id) => id !== undefined));
  const notOwn = rows.filter((row) => row.distributorId !== distributorId);
  const viewerText = rows
    .filter((row) => row.distributorId === viewerId)
    .map((row) => row.text)
    .join('\n');
  return {
    ids: minus(minus(idsIn(own), idsIn(others)), sharedIds),
    // A name the principal wrote into the viewer's own records (a charter point about the
    // neighbour's territory) is the principal's to share.
    names: new Set(
      [...minus(namesIn(own), namesIn(notOwn))].filter((name) => !viewerText.includes(name)),
    ),
  };
}

function recordId(row: Row) {
  const id = (JSON.parse(row.text) as { id?: unknown }).id;
  return typeof id === 'string' ? id.toLowerCase() : undefined;
}

/**
 * What the principal writes for itself about a distributor, which that distributor's own users
 * must never see either (docs/security.md, "What each side sees"): its notes on the distributor,
 * the reasons it gave for lifecycle moves, its notes on the escalation steps it took.
 */
const principalInternalText: Record<string, readonly string[]> = {
  distributor: ['notes'],
  lifecycle_event: ['reason'],
  escalation_action: ['note'],
  evaluation_internal: ['note'],
};

/** The principal's internal text about every distributor of the workspace. */
export function principalInternalOf(rows: Row[]): Set<string> {
  const texts = new Set<string>();
  for (const row of rows) {
    const columns = principalInternalText[row.table];
    if (!columns || row.distributorId === null) continue;
    const record = JSON.parse(row.text) as Record<string, unknown>;
    for (const column of columns) {
      const value = record[column];
      // A word or two ("Called") could be anyone's; a sentence is the principal's.
      if (typeof value === 'string' && value.length >= 12) texts.add(value);
    }
  }
  return texts;
}

/** A lifecycle stage in an answer: a key that carries one, with a value. */
const stageField = /"(lifecycleStage|fromStage|toStage)"\s*:\s*"(\w+)"/g;

/** What of the principal's internal view an answer shows: its texts, or a lifecycle stage. */
export function principalInternalIn(text: string, internal: Set<string>): string[] {
  const stages = [...text.matchAll(stageField)].map(
    (match) => `the lifecycle stage (${match[1]}: ${match[2]})`,
  );
  const texts = [...internal].filter((secret) => text.includes(secret));
  return [...new Set(stages), ...texts.map((secret) => `the principal's note "${secret}"`)];
}
