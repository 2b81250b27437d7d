import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { ConnectionQueue } from './connection-queue.ts';
import { type PgliteSettings, pgliteDefaults } from './pglite-settings.ts';
import { type PgliteClient, PgliteThread } from './pglite-thread.ts';
import { BeginHoldingPool, TENANT_MARK } from './postgres-pool.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type Database = {
  /** Drizzle over the owner connection: only the auth module, migrations and seeding use it bare. */
  db: Db;
  engine: 'pglite' | 'postgres';
  /** Runs a multi-statement SQL script (migrations). */
  execScript(script: string): Promise<void>;
  /** Runs one raw SQL statement with parameters; for benchmarks and the migrator. */
  rawQuery<Row>(text: string, params?: unknown[]): Promise<Row[]>;
  /** PGlite only: the whole data directory as an uncompressed tarball (test templates). */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
};

export type DatabaseOptions = {
  databaseUrl?: string | undefined;
  dataDir?: string;
  inMemory?: boolean;
  /** In memory, starting from a data directory another PGlite dumped (no initdb, no migrations). */
  loadDataDir?: Blob;
  /**
   * PGlite on a worker thread of its own (the default on disk), or on this thread (the default
   * in memory, which only tests use: three test files at a time on two cores each with a thread
   * of PGlite's made every statement wait for a core twice, and the suite 50 % slower).
   */
  pgliteOnThread?: boolean;
  poolSize?: number;
  /** Embedded PGlite's settings; its defaults where not given. */
  pglite?: PgliteSettings;
};

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options);
}

async function openPostgres(connectionString: string, poolSize: number): Promise<Database> {
  // int8 and numeric come back as strings from pg; counts are cast to int in SQL instead.
  // The PostgreSQL driver is loaded only for a PostgreSQL server; PGlite needs none of it.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString, max: poolSize });
  const client = await pool.connect();
  client.release();
  const db = drizzleNodePostgres({
    client: new BeginHoldingPool(pool) as unknown as typeof pool,
    schema,
    casing: 'snake_case',
  });
  return {
    db: db as unknown as Db, // both drivers extend PgDatabase; the HKT differs only nominally
    engine: 'postgres',
    async execScript(script) {
      const connection = await pool.connect();
      try {
        await connection.query(script);
      } catch (error) {
        // A failed script may leave its explicit transaction open on this connection.
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    async rawQuery<Row>(text: string, params: unknown[] = []) {
      const result = await pool.query(text, params);
      return result.rows as Row[];
    },
    close: () => pool.end(),
  };
}

/** PGlite on this thread, with the thread's client's dump and close. */
function pgliteHere(pglite: PGlite): PgliteClient & Pick<PgliteThread, 'dumpDataDir' | 'close'> {
  return {
    query: pglite.query.bind(pglite),
    exec: pglite.exec.bind(pglite),
    transaction: pglite.transaction.bind(pglite),
    dumpDataDir: () => pglite.dumpDataDir('none') as Promise<Blob>,
    close: () => pglite.close(),
  };
}

/**
 * Puts the connection queue (connection-queue.ts) in front of everything that reaches PGlite:
 * Drizzle, the raw queries and the owner connection all call these three methods of the instance.
 */
function queueRequests(client: PgliteClient, maxWaitMs: number) {
  const queue = new ConnectionQueue({ maxWaitMs, backgroundMaxDelayMs: maxWaitMs / 2 });
  const query = client.query.bind(client);
  const exec = client.exec.bind(client);
  const transaction = client.transaction.bind(client);
  Object.assign(client, {
    query: (...args: Parameters<PgliteClient['query']>) => queue.run(() => query(...args)),
    exec: (...args: Parameters<PgliteClient['exec']>) => queue.run(() => exec(...args)),
    transaction: (...args: Parameters<PgliteClient['transaction']>) =>
      queue.run(() => transaction(...args)),
  });
}

async function openPglite(options: DatabaseOptions): Promise<Database> {
  const settings = options.pglite ?? pgliteDefaults;
  let dataDir: string | undefined;
  if (!options.inMemory) {
    dataDir = path.join(options.dataDir ?? '.liaison', 'pgdata');
    mkdirSync(path.dirname(dataDir), { recursive: true });
  }
  // PGlite runs on a thread of its own, so that its statements do not stop HTTP
  // (docs/decisions.md, "PGlite runs on a worker thread").
  const start = {
    ...(dataDir ? { dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    sharedBuffers: settings.sharedBuffers,
  };
  const client =
    (options.pgliteOnThread ?? !options.inMemory)
      ? await PgliteThread.start(start)
      : pgliteHere(await (await import('./pglite-create.ts')).createPglite(start));
  queueRequests(client, settings.maxWaitMs);
  // Drizzle calls only query and transaction, which the thread's client offers as PGlite does.
  const db = drizzlePglite({ client: client as unknown as PGlite, schema, casing: 'snake_case' });
  return {
    db: db as unknown as Db, // see openPostgres
    engine: 'pglite',
    async execScript(script) {
      try {
        await client.exec(script);
      } catch (error) {
        await client.exec('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
    async rawQuery<Row>(text: string, params: unknown[] = []) {
      const result = await client.query<Row>(text, params);
      return result.rows;
    },
    dumpDataDir: () => client.dumpDataDir(),
    close: () => client.close(),
  };
}

export type TenantScope = {
  workspaceId: string;
  /** Set for a distributor's user: row-level security then shows only that distributor. */
  distributorId: string | null;
  userId: string | null;
  /**
   * A condition the statement that sets the tenant also answers, read as the owner before the
   * role changes: a remembered sign-in is checked against the database without a round trip of
   * its own (accounts/actor-cache.ts). When it is false, `onCheckFailed` ends the transaction.
   */
  check?: { condition: SQL; onCheckFailed: () => never } | undefined;
};

/**
 * Runs `work` in one transaction as the non-owner role `liaison_app`, with the tenant settings
 * the row-level security policies read. Everything the work writes commits together or not at all.
 */
export function inTenantTransaction<T>(
  db: Db,
  scope: TenantScope,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await enterTenantScope(tx, scope);
    return work(tx);
  });
}

/** Switches an open transaction to the tenant role and settings until it ends. */
export async function enterTenantScope(tx: Tx, scope: TenantScope): Promise<void> {
  // set_config('role', …, true) is SET LOCAL ROLE in a form that takes parameters, so the
  // role and the three settings cost one round trip. A distributor's users get the role whose
  // restrictive policies confine them to their distributor. The check comes first and was
  // planned, with its permissions, as the owner: the role set after it applies from the next
  // statement on.
  const role = scope.distributorId ? 'liaison_distributor_app' : 'liaison_app';
  const result = (await tx.execute(sql`${sql.raw(TENANT_MARK)} select
    ${scope.check ? sql`(${scope.check.condition})` : sql`true`} as live,
    set_config('app.workspace_id', ${scope.workspaceId}, true),
    set_config('app.distributor_id', ${scope.distributorId ?? ''}, true),
    set_config('app.user_id', ${scope.userId ?? ''}, true),
    set_config('role', ${role}, true)`)) as unknown as { rows: { live: boolean }[] };
  if (scope.check && result.rows[0]?.live !== true) scope.check.onCheckFailed();
}
