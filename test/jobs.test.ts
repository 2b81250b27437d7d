// The durable schedule: two runners on one database (two handles, so two connection pools, on
// PostgreSQL; two runners on the one connection on PGlite) run each due job once, retry a failure
// with backoff, take over the lease of a runner that died, and keep the schedule across a restart.
// The clock is pinned and each test drives the runners one poll at a time: nothing sleeps.
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import {
  claimDueScheduleAsOwner,
  findJobAsOwner,
  finishScheduleRunAsOwner,
  listSchedulesAsOwner,
} from '../src/platform/jobs.queries.ts';
import {
  createJobRunner,
  type JobContext,
  type JobHandler,
  type JobRun,
  nextRunAfter,
  queueJob,
  type RecurringJob,
  retryDelaySeconds,
} from '../src/platform/jobs.ts';
import { createMailer } from '../src/platform/mail.ts';
import { inSystemTransaction } from '../src/platform/tenancy.ts';
import { startServer } from '../src/server.ts';
import { makeWorkspace } from './factories.ts';
import { type PinnedClock, pinnedClock } from './fakes/clock.ts';
import { startTestServer, type TestServer } from './server.ts';
import { createDatabase } from './templates.ts';

const databaseUrl = inject('databaseUrl');
const config = {
  ...loadConfig({ LOG_LEVEL: 'silent', LIAISON_DEMO: 'false' }),
  // The hourly audit anchor writes here, not in the checkout's data dir.
  auditAnchorFile: path.join(tmpdir(), `liaison-jobs-anchors-${process.pid}.jsonl`),
};
const mailer = createMailer(undefined, config.mailFrom);
const logLines: Record<string, unknown>[] = [];
const logger = Fastify({
  logger: { level: 'info', stream: { write: (line: string) => logLines.push(JSON.parse(line)) } },
}).log;

let server: TestServer;
const opened: Database[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const database of opened) await database.close();
  await server.close();
});

/**
 * A handle on the test database as another server process would have it: its own pool on
 * PostgreSQL; on PGlite, which is one connection in this process, the same handle.
 */
async function openAnotherHandle(): Promise<Database> {
  if (!databaseUrl) return server.database;
  const database = await openDatabase({ databaseUrl, poolSize: 2 });
  opened.push(database);
  return database;
}

function runnerOn(
  database: Database,
  clock: PinnedClock,
  jobs: { recurring?: RecurringJob[]; handlers?: JobHandler[] },
  workerId = `runner-${randomUUID().slice(0, 8)}`,
) {
  const ctx: JobContext = { database, config, mailer, clock, log: logger };
  return createJobRunner(ctx, {
    recurring: jobs.recurring ?? [],
    handlers: jobs.handlers,
    workerId,
  });
}

/** An hourly job (first due a minute after it is stored) that counts its runs and its overlaps. */
function countingJob(behaviour: (run: number) => Promise<void> = async () => {}) {
  const counter = { runs: 0, running: 0, mostAtOnce: 0 };
  const job: RecurringJob = {
    name: `counting ${randomUUID()}`,
    everySeconds: 3600,
    firstRunAfterSeconds: 60,
    async run() {
      counter.runs += 1;
      counter.running += 1;
      counter.mostAtOnce = Math.max(counter.mostAtOnce, counter.running);
      try {
        // Long enough for the other runner to try the same row while this one holds it.
        await new Promise((resolve) => setTimeout(resolve, 20));
        await behaviour(counter.runs);
      } finally {
        counter.running -= 1;
      }
    },
  };
  return { job, counter };
}

async function scheduleOf(database: Database, name: string) {
  const rows = await listSchedulesAsOwner(database.db);
  return rows.find((row) => row.name === name);
}

describe('a recurring job on two servers sharing one database', () => {
  it('runs once per due time, never twice and never at the same time', async () => {
    const clock = pinnedClock('2027-04-13T09:00:00Z');
    // A third server polls while the job runs, so a claim that ignored the lease would show.
    let pollsDuringRun: JobRun[] | undefined;
    const { job, counter } = countingJob(async () => {
      if (pollsDuringRun) return;
      pollsDuringRun = [];
      pollsDuringRun.push(...(await third.runDueJobs()));
    });
    const first = runnerOn(server.database, clock, { recurring: [job] });
    const second = runnerOn(await openAnotherHandle(), clock, { recurring: [job] });
    const third = runnerOn(await openAnotherHandle(), clock, { recurring: [job] });
    const pollBoth = async () =>
      (await Promise.all([first.runDueJobs(), second.runDueJobs()])).flat();

    expect(await pollBoth()).toEqual([]);
    clock.advance({ seconds: 61 });
    const runs = await pollBoth();
    expect(runs.map((run) => [run.name, run.outcome])).toEqual([[job.name, 'succeeded']]);
    expect(await pollBoth()).toEqual([]);
    clock.advance({ hours: 1 });
    await pollBoth();
    await pollBoth();
    expect(counter).toMatchObject({ runs: 2, mostAtOnce: 1 });
    expect(pollsDuringRun).toEqual([]);
    const stored = await scheduleOf(server.database, job.name);
    // Planned a minute after it was stored, then hourly on that minute.
    expect(stored?.nextRunAt.toISOString()).toBe('2027-04-13T11:01:00.000Z');
    expect(stored).toMatchObject({ runs: 2, attempts: 0, lockedBy: null, lastError: null });
  });

  it('logs each run with its name, duration and outcome', async () => {
    const clock = pinnedClock('2027-04-13T09:00:00Z');
    const { job } = countingJob();
    const runner = runnerOn(server.database, clock, { recurring: [job] });
    await runner.runDueJobs();
    clock.advance({ minutes: 2 });
    await runner.runDueJobs();
    const line = logLines.find((entry) => entry.job === job.name);
    expect(line).toMatchObject({ outcome: 'succeeded', durationMs: expect.any(Number) });
  });

  it("keeps a frequent job's routine successes out of the info log, but not its failures", async () => {
    const clock = pinnedClock('2027-04-13T09:00:00Z');
    const { job } = countingJob(async (run) => {
      if (run === 2) throw new Error('SMTP refused');
    });
    const frequent = { ...job, everySeconds: 15, firstRunAfterSeconds: 15 };
    const runner = runnerOn(server.database, clock, { recurring: [frequent] });
    await runner.runDueJobs();
    clock.advance({ seconds: 20 });
    await runner.runDueJobs();
    expect(logLines.filter((entry) => entry.job === job.name)).toEqual([]);
    clock.advance({ seconds: 20 });
    await runner.runDueJobs();
    const lines = logLines.filter((entry) => entry.job === job.name);
    expect(lines).toMatchObject([{ outcome: 'failed', level: 50 }]);
  });

  it('retries a failure after 30 s, then 60 s, keeping the error until it succeeds', async () => {
    const clock = pinnedClock('2027-04-13T09:00:00Z');
    const { job, counter } = countingJob(async (run) => {
      if (run <= 2) throw new Error(`SMTP refused on run ${run}`);
    });
    const first = runnerOn(server.database, clock, { recurring: [job] });
    const second = runnerOn(await openAnotherHandle(), clock, { recurring: [job] });
    const pollBoth = async () =>
      (await Promise.all([first.runDueJobs(), second.runDueJobs()])).flat();
    await pollBoth();

    clock.set('2027-04-13T09:01:00Z');
    expect((await pollBoth()).map((run) => run.outcome)).toEqual(['failed']);
    expect(await scheduleOf(server.database, job.name)).toMatchObject({
      attempts: 1,
      lastError: expect.stringContaining('SMTP refused on run 1'),
      nextRunAt: new Date('2027-04-13T09:01:30Z'),
      lockedUntil: null,
    });
    const failure = logLines.find((entry) => entry.job === job.name && entry.outcome === 'failed');
    expect(failure).toMatchObject({ attempt: 1, err: { message: 'SMTP refused on run 1' } });

    clock.set('2027-04-13T09:01:29Z');
    expect(await pollBoth()).toEqual([]);
    clock.set('2027-04-13T09:01:30Z');
    expect((await pollBoth()).map((run) => run.outcome)).toEqual(['failed']);
    expect(await scheduleOf(server.database, job.name)).toMatchObject({
      attempts: 2,
      nextRunAt: new Date('2027-04-13T09:02:30Z'),
    });

    clock.set('2027-04-13T09:02:30Z');
    expect((await pollBoth()).map((run) => run.outcome)).toEqual(['succeeded']);
    expect(counter.runs).toBe(3);
    expect(await scheduleOf(server.database, job.name)).toMatchObject({
      attempts: 0,
      lastError: null,
      runs: 1,
      nextRunAt: new Date('2027-04-13T10:02:30Z'),
    });
  });

  it('takes over the job of a server that died mid-run once its lease expires', async () => {
    const clock = pinnedClock('2027-04-13T09:00:00Z');
    const { job, counter } = countingJob();
    const survivor = runnerOn(await openAnotherHandle(), clock, { recurring: [job] });
    await survivor.runDueJobs();
    clock.advance({ seconds: 61 });
    // What a server leaves behind when it dies after its claim: a row leased for five minutes.
    const now = clock.now();
    const leaseUntil = new Date(now.getTime() + 300_000);
    const claimed = await claimDueScheduleAsOwner(server.database.db, [job.name], {
      now,
      leaseUntil,
      workerId: 'crashed',
    });
    expect(claimed?.name).toBe(job.name);

    expect(await survivor.runDueJobs()).toEqual([]);
    clock.advance({ seconds: 299 });
    expect(await survivor.runDueJobs()).toEqual([]);
    clock.advance({ seconds: 1 });
    expect((await survivor.runDueJobs()).map((run) => run.outcome)).toEqual(['succeeded']);
    expect(counter.runs).toBe(1);
    // The dead server's lease is gone: were it to finish after all, its end is not recorded.
    const late = await finishScheduleRunAsOwner(server.database.db, job.name, {
      workerId: 'crashed',
      now: clock.now(),
      nextRunAt: clock.now(),
      error: null,
    });
    expect(late).toBe(false);
  });

  it('keeps the schedule across a restart: the next run stays where it was', async () => {
    const clock = pinnedClock('2027-04-13T09:00:00Z');
    const { job, counter } = countingJob();
    const before = runnerOn(await openAnotherHandle(), clock, { recurring: [job] });
    await before.runDueJobs();
    clock.advance({ seconds: 61 });
    await before.runDueJobs();
    await before.close();
    expect(await before.runDueJobs()).toEqual([]);

    // A new process: it registers the same job again, which must not move its next run.
    const after = runnerOn(await openAnotherHandle(), clock, { recurring: [job] });
    clock.advance({ minutes: 30 });
    expect(await after.runDueJobs()).toEqual([]);
    expect((await scheduleOf(server.database, job.name))?.nextRunAt).toEqual(
      new Date('2027-04-13T10:01:00Z'),
    );
    clock.advance({ minutes: 30 });
    expect((await after.runDueJobs()).map((run) => run.name)).toEqual([job.name]);
    expect(counter.runs).toBe(2);
  });
});

describe('a one-off job queued for a workspace', () => {
  it('runs once, in that workspace, and retries with backoff before it is done', async () => {
    const clock = pinnedClock('2027-04-13T09:00:00Z');
    const workspace = await makeWorkspace(server);
    const seen: { workspaceId: string | null; payload: unknown; attempt: number }[] = [];
    const handler: JobHandler = {
      name: `early warning ${randomUUID()}`,
      async run(_ctx, job) {
        seen.push({ workspaceId: job.workspaceId, payload: job.payload, attempt: job.attempt });
        if (job.attempt === 1) throw new Error('the scan timed out');
      },
    };
    const queue = () =>
      inSystemTransaction(server.database, workspace.id, (tx) =>
        queueJob(tx, workspace.id, {
          name: handler.name,
          payload: { distributorId: 'd-1' },
          runAt: clock.now(),
          dedupeKey: 'd-1',
          now: clock.now(),
        }),
      );
    const id = await queue();
    // The same key while the first is pending: not queued again.
    await queue();
    const first = runnerOn(server.database, clock, { handlers: [handler] });
    const second = runnerOn(await openAnotherHandle(), clock, { handlers: [handler] });
    const pollBoth = async () =>
      (await Promise.all([first.runDueJobs(), second.runDueJobs()])).flat();

    expect((await pollBoth()).map((run) => run.outcome)).toEqual(['failed']);
    expect(await findJobAsOwner(server.database.db, id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: expect.stringContaining('the scan timed out'),
      runAt: new Date('2027-04-13T09:00:30Z'),
    });
    clock.advance({ seconds: 30 });
    expect((await pollBoth()).map((run) => run.outcome)).toEqual(['succeeded']);
    expect(await pollBoth()).toEqual([]);
    expect(seen).toEqual([
      { workspaceId: workspace.id, payload: { distributorId: 'd-1' }, attempt: 1 },
      { workspaceId: workspace.id, payload: { distributorId: 'd-1' }, attempt: 2 },
    ]);
    expect(await findJobAsOwner(server.database.db, id)).toMatchObject({
      status: 'done',
      finishedAt: new Date('2027-04-13T09:00:30Z'),
    });
  });
});

describe('backoff and next run', () => {
  it.each([
    [1, 30],
    [2, 60],
    [3, 120],
    [7, 1920],
    [8, 3600],
    [30, 3600],
  ])('waits before retry %i for %i seconds', (attempt, seconds) => {
    expect(retryDelaySeconds(attempt)).toBe(seconds);
  });

  it('keeps an hourly job on its minute, but does not catch up runs missed while stopped', () => {
    const planned = new Date('2027-04-13T09:01:00Z');
    expect(nextRunAfter(planned, new Date('2027-04-13T09:01:04Z'), 3600)).toEqual(
      new Date('2027-04-13T10:01:00Z'),
    );
    expect(nextRunAfter(planned, new Date('2027-04-14T17:30:00Z'), 3600)).toEqual(
      new Date('2027-04-14T18:30:00Z'),
    );
  });
});

describe('two real servers on one PostgreSQL database', () => {
  it.skipIf(!databaseUrl)('run each scheduled job once per due time', async () => {
    // A database of their own: their jobs (reminders, the KPI refresh) act on every workspace.
    const own = await createDatabase(databaseUrl ?? '');
    const clock = pinnedClock('2027-04-13T09:00:00Z');
    const serverConfig = { ...config, databaseUrl: own.url, port: 0, host: '127.0.0.1' };
    const servers = [
      await startServer(serverConfig, { clock }),
      await startServer(serverConfig, { clock }),
    ];
    try {
      const pollBoth = async () =>
        (await Promise.all(servers.map((running) => running.jobs?.runDueJobs() ?? []))).flat();
      await pollBoth();
      clock.advance({ seconds: 61 });
      const runs = await pollBoth();
      expect(runs.map((run) => run.outcome)).not.toContain('failed');
      const check = await openDatabase({ databaseUrl: own.url, poolSize: 1 });
      try {
        const runsOf = async () =>
          Object.fromEntries(
            (await listSchedulesAsOwner(check.db)).map((row) => [row.name, row.runs]),
          );
        expect(await runsOf()).toEqual({
          'outbox delivery': 1,
          'audit chain': 1,
          'charter reminders': 1,
          'note reminders': 1,
          'meeting invitations': 1,
          'report reminders': 1,
          'KPI refresh': 1,
          'early warnings': 1,
          'notification digests': 1,
          'playbook evaluation': 1,
          'concern reminders': 1,
          'feedback rounds': 1,
          'idempotency keys': 1,
          'ended sessions': 1,
          'audit anchor': 1,
          'upload allowances': 1,
        });
        clock.advance({ seconds: 15 });
        await pollBoth();
        expect(await runsOf()).toMatchObject({ 'outbox delivery': 2, 'KPI refresh': 1 });
      } finally {
        await check.close();
      }
    } finally {
      for (const running of servers) await running.close();
      await own.drop();
    }
  });

  it('runs no job in a process started with LIAISON_JOBS=false', () => {
    expect(loadConfig({ LIAISON_JOBS: 'false' }).runJobs).toBe(false);
    expect(loadConfig({}).runJobs).toBe(true);
  });
});
