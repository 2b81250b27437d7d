// The two engines the bench compares, each on a throwaway database: a fresh PostgreSQL database
// created and dropped by the run, and PGlite in a temporary directory on disk.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../src/db/client.ts';

export type EngineName = 'postgres' | 'pglite';

export type BenchDatabase = {
  engine: EngineName;
  /** What the server uses: the pool of a real deployment, or the one PGlite connection. */
  database: Database;
  /**
   * What the raw-SQL baseline uses. On PostgreSQL a pool of one connection, so that BEGIN,
   * the tenant settings and the query of one transaction meet on the same connection.
   */
  baselineDatabase: Database;
  where: string;
  close(): Promise<void>;
};

/** The server's pool size: openDatabase's default, which `liaison start` uses. */
const serverPoolSize = 10;

export async function openBenchDatabase(
  engine: EngineName,
  adminUrl: string,
): Promise<BenchDatabase> {
  return engine === 'postgres' ? openPostgres(adminUrl) : openPglite();
}

async function openPostgres(adminUrl: string): Promise<BenchDatabase> {
  const name = `liaison_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let database: Database | undefined;
  let baselineDatabase: Database | undefined;
  const close = async () => {
    await database?.close().catch(() => undefined);
    await baselineDatabase?.close().catch(() => undefined);
    // A closed pool's connections end a moment later; dropping with FORCE before then would
    // send them a FATAL error that nobody listens for any more.
    for (let attempt = 0; attempt < 50; attempt++) {
      const { rows } = await admin.query(
        'SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE datname = $1',
        [name],
      );
      if (rows[0]?.sessions === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // BENCH_KEEP=1 leaves the database for profiling its statements (EXPLAIN) by hand.
    if (process.env.BENCH_KEEP) process.stderr.write(`kept database ${name}\n`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
  try {
    database = await openDatabase({ databaseUrl: url.toString(), poolSize: serverPoolSize });
    baselineDatabase = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
  } catch (error) {
    await close();
    throw error;
  }
  return { engine: 'postgres', database, baselineDatabase, where: `database ${name}`, close };
}

async function openPglite(): Promise<BenchDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'liaison-bench-'));
  let database: Database | undefined;
  const close = async () => {
    await database?.close().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    // BENCH_PGLITE_HERE=1 keeps PGlite on the bench's own thread, to compare with its worker thread.
    database = await openDatabase({
      dataDir,
      ...(process.env.BENCH_PGLITE_HERE === '1' ? { pgliteOnThread: false } : {}),
    });
  } catch (error) {
    await close();
    throw error;
  }
  // One PGlite connection serves both; the bench never runs the two at the same time.
  return { engine: 'pglite', database, baselineDatabase: database, where: dataDir, close };
}
