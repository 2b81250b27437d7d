import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/app.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { type Clock, systemClock } from '../src/platform/clock.ts';
import { createMailer, type Mailer } from '../src/platform/mail.ts';

export type TestServer = {
  url: string;
  config: Config;
  app: FastifyInstance;
  database: Database;
  mailer: Mailer;
  /** The server's clock: the system's unless the test pinned one. */
  clock: Clock;
  /** True unless the server shares the run's PostgreSQL database with other test files. */
  ownsDatabase: boolean;
  close: () => Promise<void>;
};

/**
 * The real server on port 0: in-memory PGlite by default, the run's PostgreSQL database when
 * TEST_DATABASE_URL is set. Start one per test file, in beforeAll.
 */
export async function startTestServer(
  options: { mailer?: Mailer; isolated?: boolean; clock?: Clock; config?: Partial<Config> } = {},
): Promise<TestServer> {
  const shared = inject('databaseUrl');
  // `isolated`: a database of its own on PostgreSQL too, for data with fixed names (the demo's
  // workspace and users) that other files of the run may also create.
  const own = shared && options.isolated ? await createDatabase(shared) : undefined;
  const databaseUrl = own?.url ?? shared;
  const database = await openDatabase(
    databaseUrl ? { databaseUrl, poolSize: 4 } : { inMemory: true },
  );
  if (!shared || own) await migrate(database);
  // Uploaded documents go to a folder of this server's own, removed when it closes.
  const files = await mkdtemp(path.join(tmpdir(), 'liaison-files-'));
  const config: Config = {
    ...loadConfig({ LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', LIAISON_DEMO: 'false' }),
    port: 0,
    host: '127.0.0.1',
    fileStore: { kind: 'local', directory: files },
    auditAnchorFile: path.join(files, 'audit-anchors.jsonl'),
    // Test files make thousands of calls a minute as one user; the limits have a test of their
    // own (test/rate-limits.test.ts) that sets them low.
    rateLimit: { perMinute: 1_000_000, anonymousPerMinute: 1_000_000 },
    ...options.config,
  };
  const mailer = options.mailer ?? createMailer(undefined, config.mailFrom);
  const clock = options.clock ?? systemClock;
  const app = await buildApp({ config, database, mailer, clock });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const url = `http://127.0.0.1:${address.port}`;
  // Links in e-mails (invitations) point at this server once its port is known.
  config.publicUrl = url;
  return {
    url,
    config,
    app,
    database,
    mailer,
    clock,
    ownsDatabase: !shared || own !== undefined,
    close: async () => {
      await app.close();
      await database.close();
      await own?.drop();
      await rm(files, { recursive: true, force: true });
    },
  };
}

/** A fresh database beside the run's, dropped when its server closes. */
export async function createDatabase(sharedUrl: string) {
  const name = `liaison_iso_${process.pid}_${Date.now()}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: sharedUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(sharedUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => dropWhenClosed(admin, name),
  };
}

/**
 * Drops a test database once its server's connections have closed. A connection still closing
 * when `WITH (FORCE)` ends it receives "terminating connection due to administrator command" as
 * an error nobody listens to any more, which fails the run; so the plain drop is tried for a
 * moment first, and only a connection that never closes is forced.
 */
async function dropWhenClosed(admin: (statement: string) => Promise<void>, name: string) {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    try {
      await admin(`DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
