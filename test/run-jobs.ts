// Runs the queued jobs (events' fan-out, notifications, webhooks, KPI refreshes) once, as the
// server's job runner would, with the test server's clock, mailer and log.
import { createJobRunner } from '../src/platform/jobs.ts';
import { jobHandlers } from '../src/server.ts';
import type { TestServer } from './server.ts';

/**
 * A runner claims every due job in its database. On the run's shared PostgreSQL database another
 * file's runner would take this file's jobs (and run them with its own clock and mailer, after
 * this file has looked), so a server that runs jobs needs a database of its own: `isolated`.
 */
export function runQueuedJobs(server: TestServer) {
  if (!server.ownsDatabase) {
    throw new Error('runQueuedJobs needs startTestServer({ isolated: true }) on PostgreSQL');
  }
  const ctx = { ...server, log: server.app.log };
  return createJobRunner(ctx, { recurring: [], handlers: jobHandlers }).runDueJobs();
}
