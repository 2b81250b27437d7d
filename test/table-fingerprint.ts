// A fingerprint of every table's rows, to prove a refused request stored nothing: taken
// before and after the request, on the owner connection, which sees every workspace's rows.
import { sql } from 'drizzle-orm';
import type { TestServer } from './server.ts';

/**
 * Tables a refused request changes on purpose, each for its reason; every other table must be
 * the same after a 4xx as before it.
 */
const changedOnPurpose = new Map([
  ['sign_in_throttle', 'a refused sign-in is counted, which is the throttle'],
  ['user_session', 'use stamps the session (the idle timeout), refused or not'],
  ['api_token', 'use stamps the token (at most once a minute), refused or not'],
  // An upload is counted once it has been read, before a route checks anything: refusing it
  // afterwards must not make sending it again free.
  ['upload_allowance', 'the bytes of a multipart upload count once read, whatever the answer'],
]);

const statements = new WeakMap<TestServer, Promise<string>>();

/** One statement that hashes each table: built once per server from its catalogue. */
function statementFor(server: TestServer) {
  let statement = statements.get(server);
  if (!statement) {
    statement = (async () => {
      const tables = (await server.database.db.execute(sql`
        select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`)) as unknown as {
        rows: { name: string }[];
      };
      const columns = tables.rows
        .filter((table) => !changedOnPurpose.has(table.name))
        .map(
          (table) =>
            // A row written by a committed transaction carries its id (xmin): an insert or an
            // update raises the newest, a delete lowers the count. Cheaper than hashing rows.
            `(select count(*) || ':' || coalesce(max(xmin::text::bigint), 0) from "${table.name}") as "${table.name}"`,
        );
      return `select ${columns.join(', ')}`;
    })();
    statements.set(server, statement);
  }
  return statement;
}

/**
 * Waits for the reports exports that earlier requests started: one runs on after its 202,
 * writing its progress, which is no change of the request measured now.
 */
async function exportsFinished(server: TestServer) {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const running = (await server.database.db.execute(
      sql`select count(*)::int as count from export_job where status = 'running'`,
    )) as unknown as { rows: { count: number }[] };
    if (!running.rows[0]?.count) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('a reports export still runs after 30 s');
}

/** The last fingerprint taken, and the first transaction id not yet handed out then. */
const latest = new WeakMap<TestServer, { nextXid: string; tables: Record<string, string> }>();

/**
 * Each table's signature, by table name. No transaction that could write got an id since the
 * last one was taken (most refused requests never open one): then nothing changed, and the last
 * one stands, which keeps the fuzzer's thousands of fingerprints cheap.
 */
export async function tableFingerprint(server: TestServer): Promise<Record<string, string>> {
  await exportsFinished(server);
  const snapshot = (await server.database.db.execute(
    sql`select pg_snapshot_xmax(pg_current_snapshot())::text as "nextXid"`,
  )) as unknown as { rows: { nextXid: string }[] };
  const nextXid = snapshot.rows[0]?.nextXid ?? '';
  const last = latest.get(server);
  if (last && last.nextXid === nextXid) return last.tables;
  const statement = await statementFor(server);
  // Both drivers answer `execute` with { rows }.
  const result = (await server.database.db.execute(sql.raw(statement))) as unknown as {
    rows: Record<string, string>[];
  };
  const tables = result.rows[0] ?? {};
  latest.set(server, { nextXid, tables });
  return tables;
}
