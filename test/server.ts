import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../src/app.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import { type Clock, systemClock } from '../src/platform/clock.ts';
import { createMailer, type Mailer } from '../src/platform/mail.ts';
import { demoDatabase, migratedDatabase, type OwnDatabase } from './templates.ts';

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
  /** With `demo`, the demo workspace's id. */
  demoWorkspaceId: string | undefined;
  close: () => Promise<void>;
};

/**
 * The real server on port 0: in-memory PGlite by default, the run's PostgreSQL database when
 * TEST_DATABASE_URL is set. Start one per test file, in beforeAll. Both start from the run's
 * migrated template; `demo` starts from the demo, loaded once per run (test/templates.ts).
 */
export async function startTestServer(
  options: {
    mailer?: Mailer;
    isolated?: boolean;
    demo?: boolean;
    clock?: Clock;
    config?: Partial<Config>;
  } = {},
): Promise<TestServer> {
  const shared = inject('databaseUrl');
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
  // `isolated`: a database of its own on PostgreSQL too, for data with fixed names (the demo's
  // workspace and users) that other files of the run may also create, or for running the jobs.
  const own: OwnDatabase | undefined = options.demo
    ? await demoDatabase(files, config)
    : !shared || options.isolated
      ? await migratedDatabase(config.pglite)
      : undefined;
  const database = own?.database ?? (await openDatabase({ databaseUrl: shared, poolSize: 4 }));
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
    ownsDatabase: own !== undefined,
    demoWorkspaceId: own?.workspaceId,
    close: async () => {
      await app.close();
      await database.close();
      await own?.drop?.();
      await rm(files, { recursive: true, force: true });
    },
  };
}
