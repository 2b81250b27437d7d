// Loads a generated directory as the database owner, one statement per table and chunk: each
// column travels as one array parameter and unnest() turns the arrays back into rows. That is
// one round trip for thousands of rows, on PGlite and PostgreSQL alike, with no COPY dialects.
import type { Database } from '../src/db/client.ts';
import type { Directory } from './generate.ts';

type Column<Row> = {
  name: string;
  type: 'uuid' | 'text' | 'integer' | 'boolean' | 'timestamptz';
  value: (row: Row) => unknown;
  /** SQL applied to the unnested value, e.g. to split a list into a text[] column. */
  convert?: (column: string) => string;
};

const chunkRows = 10_000;

async function insertRows<Row>(
  database: Database,
  table: string,
  workspaceId: string,
  columns: Column<Row>[],
  rows: Row[],
): Promise<void> {
  const names = columns.map((column) => column.name);
  const unnested = columns.map((column, index) => `$${index + 2}::${column.type}[]`).join(', ');
  const selected = columns
    .map((column) => (column.convert ? column.convert(`u.${column.name}`) : `u.${column.name}`))
    .join(', ');
  const text = `INSERT INTO ${table} (workspace_id, ${names.join(', ')})
    SELECT $1::uuid, ${selected} FROM unnest(${unnested}) AS u(${names.join(', ')})`;
  for (let start = 0; start < rows.length; start += chunkRows) {
    const chunk = rows.slice(start, start + chunkRows);
    const params = columns.map((column) => chunk.map((row) => column.value(row)));
    await database.rawQuery(text, [workspaceId, ...params]);
  }
}

/**
 * Product lines have no table in the product yet (a later issue adds one); the bench keeps its
 * own so that its data set is complete and later benchmarks can join it.
 */
const productLineTable = `CREATE TABLE IF NOT EXISTS bench_product_line (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL,
  code text NOT NULL,
  name text NOT NULL,
  category text NOT NULL,
  list_price_cents integer NOT NULL,
  PRIMARY KEY (workspace_id, id)
)`;

export type LoadTimings = { rows: number; loadMs: number; analyzeMs: number };

export async function loadDirectory(
  database: Database,
  workspaceId: string,
  directory: Directory,
): Promise<LoadTimings> {
  const started = performance.now();
  await insertRows(
    database,
    'distributor',
    workspaceId,
    [
      { name: 'id', type: 'uuid', value: (row) => row.id },
      { name: 'name', type: 'text', value: (row) => row.name },
      { name: 'legal_name', type: 'text', value: (row) => row.legalName },
      { name: 'country', type: 'text', value: (row) => row.country },
      { name: 'city', type: 'text', value: (row) => row.city },
      { name: 'time_zone', type: 'text', value: (row) => row.timeZone },
      {
        name: 'languages',
        type: 'text',
        value: (row) => row.languages.join(','),
        convert: (column) => `string_to_array(${column}, ',')`,
      },
      { name: 'website', type: 'text', value: (row) => row.website },
      { name: 'status', type: 'text', value: (row) => row.status },
      { name: 'lifecycle_stage', type: 'text', value: (row) => row.lifecycleStage },
      { name: 'notes', type: 'text', value: (row) => row.notes },
      { name: 'created_at', type: 'timestamptz', value: (row) => row.createdAt.toISOString() },
      { name: 'updated_at', type: 'timestamptz', value: (row) => row.updatedAt.toISOString() },
    ],
    directory.distributors,
  );
  await insertRows(
    database,
    'lifecycle_event',
    workspaceId,
    [
      { name: 'id', type: 'uuid', value: (row) => row.id },
      { name: 'distributor_id', type: 'uuid', value: (row) => row.distributorId },
      { name: 'from_stage', type: 'text', value: (row) => row.fromStage },
      { name: 'to_stage', type: 'text', value: (row) => row.toStage },
      { name: 'changed_at', type: 'timestamptz', value: (row) => row.changedAt.toISOString() },
    ],
    directory.lifecycleEvents,
  );
  await insertRows(
    database,
    'contact',
    workspaceId,
    [
      { name: 'id', type: 'uuid', value: (row) => row.id },
      { name: 'distributor_id', type: 'uuid', value: (row) => row.distributorId },
      { name: 'side', type: 'text', value: (row) => row.side },
      { name: 'name', type: 'text', value: (row) => row.name },
      { name: 'role', type: 'text', value: (row) => row.role },
      { name: 'title', type: 'text', value: (row) => row.title },
      { name: 'email', type: 'text', value: (row) => row.email },
      { name: 'phone', type: 'text', value: (row) => row.phone },
      { name: 'language', type: 'text', value: (row) => row.language },
      { name: 'time_zone', type: 'text', value: (row) => row.timeZone },
      { name: 'is_primary', type: 'boolean', value: (row) => row.isPrimary },
    ],
    directory.contacts,
  );
  await insertRows(
    database,
    'escalation_step',
    workspaceId,
    [
      { name: 'id', type: 'uuid', value: (row) => row.id },
      { name: 'distributor_id', type: 'uuid', value: (row) => row.distributorId },
      { name: 'side', type: 'text', value: (row) => row.side },
      { name: 'level', type: 'integer', value: (row) => row.level },
      { name: 'contact_id', type: 'uuid', value: (row) => row.contactId },
      { name: 'channel', type: 'text', value: (row) => row.channel },
      { name: 'response_time_hours', type: 'integer', value: (row) => row.responseTimeHours },
      { name: 'note', type: 'text', value: (row) => row.note },
    ],
    directory.escalationSteps,
  );
  await database.rawQuery(productLineTable);
  await insertRows(
    database,
    'bench_product_line',
    workspaceId,
    [
      { name: 'id', type: 'uuid', value: (row) => row.id },
      { name: 'code', type: 'text', value: (row) => row.code },
      { name: 'name', type: 'text', value: (row) => row.name },
      { name: 'category', type: 'text', value: (row) => row.category },
      { name: 'list_price_cents', type: 'integer', value: (row) => row.listPriceCents },
    ],
    directory.productLines,
  );
  const loaded = performance.now();
  // Fresh statistics and a visibility map, as a database that has been running a while has.
  await database.rawQuery('VACUUM ANALYZE');
  const rows =
    directory.distributors.length +
    directory.lifecycleEvents.length +
    directory.contacts.length +
    directory.escalationSteps.length +
    directory.productLines.length;
  return { rows, loadMs: loaded - started, analyzeMs: performance.now() - loaded };
}
