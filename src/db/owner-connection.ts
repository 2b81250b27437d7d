// One connection of the owner, for a backup or a restore. A snapshot read and an all-or-nothing
// load each need one transaction over many statements, which the pool behind `Database` does not
// promise, and the two drivers COPY in different ways: pg streams through pg-copy-streams, PGlite
// (one connection in this process) goes through its `/dev/blob` device, one blob a statement.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { Database } from './client.ts';

export type OwnerConnection = {
  engine: Database['engine'];
  query<Row>(text: string, params?: unknown[]): Promise<Row[]>;
  /** A table's rows in PostgreSQL's COPY text format, one line a row. */
  copyOut(table: string, columns: string[]): Promise<Readable>;
  /** Loads COPY text format into the table's columns; answers the number of rows loaded. */
  copyIn(table: string, columns: string[], source: Readable): Promise<number>;
};

// What pg_dump sets too: the text of dates, intervals and floats must read back as the same
// values on any server, whatever the server's or the operator's defaults. `row_security = off`
// makes a role bound by row-level security fail loudly instead of seeing only some rows.
const portableSettings = [
  'SET LOCAL row_security = off',
  "SET LOCAL DateStyle = 'ISO, YMD'",
  "SET LOCAL IntervalStyle = 'postgres'",
  'SET LOCAL extra_float_digits = 3',
  "SET LOCAL TimeZone = 'UTC'",
];

/**
 * Runs `work` in one transaction of the owner, begun with `begin` (e.g. `BEGIN ISOLATION LEVEL
 * REPEATABLE READ READ ONLY`); commits if it returns, rolls back if it throws.
 */
export async function inOwnerTransaction<T>(
  database: Database,
  begin: string,
  work: (connection: OwnerConnection) => Promise<T>,
): Promise<T> {
  const { connection, release } = await connect(database);
  let failure: unknown;
  try {
    await connection.query(begin);
    for (const setting of portableSettings) await connection.query(setting);
    const result = await work(connection);
    await connection.query('COMMIT');
    return result;
  } catch (error) {
    failure = error;
    await connection.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    release(failure);
  }
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function copyTarget(table: string, columns: string[]): string {
  return `${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')})`;
}

async function connect(
  database: Database,
): Promise<{ connection: OwnerConnection; release: (error?: unknown) => void }> {
  // Drizzle keeps the driver's own client as $client: a pg.Pool or the PGlite instance.
  const driver = (database.db as unknown as { $client: pg.Pool | PGlite }).$client;
  if (database.engine === 'postgres') {
    const client = await (driver as pg.Pool).connect();
    // A connection that failed mid-COPY is closed rather than handed to the next user.
    return { connection: postgresConnection(client), release: (error) => client.release(!!error) };
  }
  return { connection: pgliteConnection(driver as PGlite), release: () => undefined };
}

function postgresConnection(client: pg.PoolClient): OwnerConnection {
  return {
    engine: 'postgres',
    async query<Row>(text: string, params: unknown[] = []) {
      return (await client.query(text, params)).rows as Row[];
    },
    async copyOut(table, columns) {
      return client.query(copyTo(`COPY ${copyTarget(table, columns)} TO STDOUT`));
    },
    async copyIn(table, columns, source) {
      const sink = client.query(copyFrom(`COPY ${copyTarget(table, columns)} FROM STDIN`));
      await pipeline(source, sink);
      return sink.rowCount;
    },
  };
}

// PGlite's COPY goes through one in-memory blob per statement, so a large table is copied in
// slices to keep memory bounded: out by ranges of heap pages (ctid), which inside the snapshot
// cover every row exactly once; in by runs of whole lines.
const pagesPerSlice = 2048;
const bytesPerSlice = 16 * 1024 * 1024;

function pgliteConnection(client: PGlite): OwnerConnection {
  const copyBlob = async (statement: string, blob?: Blob) =>
    client.query(statement, [], blob ? { blob } : {});
  return {
    engine: 'pglite',
    async query<Row>(text: string, params: unknown[] = []) {
      return (await client.query<Row>(text, params)).rows;
    },
    async copyOut(table, columns) {
      const [size] = (
        await client.query<{ pages: number }>(
          `SELECT (pg_relation_size($1::regclass) / current_setting('block_size')::int)::int
           AS pages`,
          [quoteIdentifier(table)],
        )
      ).rows;
      const select = `SELECT ${columns.map(quoteIdentifier).join(', ')} FROM ${quoteIdentifier(table)}`;
      async function* slices() {
        for (let first = 0; first < (size?.pages ?? 0); first += pagesPerSlice) {
          const next = first + pagesPerSlice;
          const result = await copyBlob(
            `COPY (${select} WHERE ctid >= '(${first},0)'::tid AND ctid < '(${next},0)'::tid)
             TO '/dev/blob'`,
          );
          if (result.blob?.size) yield Buffer.from(await result.blob.arrayBuffer());
        }
      }
      return Readable.from(slices());
    },
    async copyIn(table, columns, source) {
      const statement = `COPY ${copyTarget(table, columns)} FROM '/dev/blob'`;
      let rows = 0;
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      const load = async (slice: Buffer[]) => {
        if (!slice.length) return;
        rows += (await copyBlob(statement, new Blob(slice))).affectedRows ?? 0;
      };
      for await (const chunk of source) {
        pending.push(chunk as Buffer);
        pendingBytes += (chunk as Buffer).length;
        if (pendingBytes < bytesPerSlice) continue;
        // Cut after the last whole line; the rest starts the next slice.
        const joined = Buffer.concat(pending);
        const end = joined.lastIndexOf(10) + 1;
        if (end === 0) continue;
        await load([joined.subarray(0, end)]);
        pending = end < joined.length ? [joined.subarray(end)] : [];
        pendingBytes = joined.length - end;
      }
      await load(pending);
      return rows;
    },
  };
}
