// What a backup or a restore learns from PostgreSQL's catalog rather than from schema.ts: the
// tables as the migrations actually made them, so a table added by a migration is backed up
// without anyone remembering to list it.
import type { OwnerConnection } from './owner-connection.ts';

export type TableShape = { name: string; columns: string[] };
export type SequencePosition = { name: string; lastValue: string | null };

/**
 * Every table in the public schema with the columns a COPY carries, each table after the tables
 * it references, so a load in this order satisfies every foreign key as it goes. Generated
 * columns are left out: PostgreSQL computes them again on load.
 */
export async function listTables(connection: OwnerConnection): Promise<TableShape[]> {
  const tables = await connection.query<TableShape>(
    `SELECT c.relname::text AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
     FROM pg_class c
     JOIN pg_attribute a ON a.attrelid = c.oid
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
       AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     GROUP BY c.relname
     ORDER BY c.relname`,
  );
  const references = await connection.query<{ child: string; parent: string }>(
    `SELECT DISTINCT child.relname::text AS child, parent.relname::text AS parent
     FROM pg_constraint k
     JOIN pg_class child ON child.oid = k.conrelid
     JOIN pg_class parent ON parent.oid = k.confrelid
     WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace
       AND child.oid <> parent.oid AND NOT k.condeferrable`,
  );
  return inDependencyOrder(tables, references);
}

function inDependencyOrder(
  tables: TableShape[],
  references: { child: string; parent: string }[],
): TableShape[] {
  const parents = new Map<string, string[]>();
  for (const { child, parent } of references) {
    parents.set(child, [...(parents.get(child) ?? []), parent]);
  }
  const byName = new Map(tables.map((table) => [table.name, table]));
  const ordered: TableShape[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string) => {
    if (state.get(name) === 'done') return;
    // A deferrable key is checked at commit and does not order the load (restore defers them
    // all): the one cycle of the schema (distributor owner → membership → distributor) is closed
    // by such a key. Any other cycle is an error here.
    if (state.get(name) === 'visiting') throw new Error(`foreign keys form a cycle at ${name}`);
    state.set(name, 'visiting');
    for (const parent of (parents.get(name) ?? []).sort()) visit(parent);
    state.set(name, 'done');
    const table = byName.get(name);
    if (table) ordered.push(table);
  };
  for (const table of tables) visit(table.name);
  return ordered;
}

export async function listSequences(connection: OwnerConnection): Promise<SequencePosition[]> {
  return connection.query<SequencePosition>(
    `SELECT sequencename::text AS name, last_value::text AS "lastValue"
     FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
  );
}

/** Tables with triggers of their own (not the ones PostgreSQL makes for foreign keys). */
export async function listTriggeredTables(connection: OwnerConnection): Promise<string[]> {
  const rows = await connection.query<{ name: string }>(
    `SELECT DISTINCT c.relname::text AS name
     FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace
     ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

/** The migrations recorded in the database, in order; none when it was never migrated. */
export async function listAppliedMigrations(connection: OwnerConnection): Promise<string[]> {
  const [table] = await connection.query<{ exists: boolean }>(
    `SELECT to_regclass('public.schema_migration') IS NOT NULL AS exists`,
  );
  if (!table?.exists) return [];
  const rows = await connection.query<{ name: string }>(
    'SELECT name FROM schema_migration ORDER BY name',
  );
  return rows.map((row) => row.name);
}
