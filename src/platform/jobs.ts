// Background work on a durable schedule in the database (migration 0012), so that a job runs once
// however many server processes share the database, survives a restart and retries with backoff.
// Each process polls for due work; a claim leases the row to this process, and a process that
// dies mid-job loses the lease to the next one that polls after it expires.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { FastifyBaseLogger } from 'fastify';
import { DateTime } from 'luxon';
import type { Config } from '../config.ts';
import type { Database, Tx } from '../db/client.ts';
import { inBackgroundLane } from '../db/connection-queue.ts';
import type { Clock } from './clock.ts';
import {
  claimDueJobAsOwner,
  claimDueScheduleAsOwner,
  extendJobLeaseAsOwner,
  extendScheduleLeaseAsOwner,
  finishJobAsOwner,
  finishScheduleRunAsOwner,
  insertJob,
  type JobInput,
  registerScheduleAsOwner,
} from './jobs.queries.ts';
import type { Mailer } from './mail.ts';

/** What every job is given: work for one workspace enters it with `inSystemTransaction`. */
/** Jobs that run at least this often log their routine successes at debug, not info. */
const FREQUENT_SECONDS = 300;

export type JobContext = {
  database: Database;
  config: Config;
  mailer: Mailer;
  clock: Clock;
  log: FastifyBaseLogger;
};

/** Work that recurs every `everySeconds`, counted from its previous planned run. */
export type RecurringJob = {
  name: string;
  everySeconds: number;
  /** The first run after the schedule is first stored; the interval unless given. */
  firstRunAfterSeconds?: number;
  run(ctx: JobContext): Promise<unknown>;
};

/** A one-off job as its handler sees it. */
export type QueuedJob = {
  id: string;
  workspaceId: string | null;
  payload: unknown;
  attempt: number;
};

/** Runs the one-off jobs queued under `name` (see `queueJob`). */
export type JobHandler = {
  name: string;
  run(ctx: JobContext, job: QueuedJob): Promise<unknown>;
};

export type JobRun = {
  name: string;
  outcome: 'succeeded' | 'failed' | 'lease lost';
  durationMs: number;
};

export type JobRunner = {
  /** One poll: runs every job due now, one after another, and says what ran. */
  runDueJobs(): Promise<JobRun[]>;
  /** Polls every `pollSeconds` until closed (timers do not keep the process alive). */
  start(): void;
  /** Stops polling and waits for the job running now; claims nothing more. */
  close(): Promise<void>;
};

export type JobRunnerOptions = {
  recurring: RecurringJob[];
  handlers?: JobHandler[];
  pollSeconds?: number;
  /** How long a claim holds without a heartbeat; the runner renews it while the job runs. */
  leaseSeconds?: number;
  /** Names this process in `locked_by`. */
  workerId?: string;
};

const RETRY_BASE_SECONDS = 30;
const RETRY_CAP_SECONDS = 3600;

/** Seconds before retry `attempt` (1 = after the first failure): doubling, capped at an hour. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(RETRY_BASE_SECONDS * 2 ** Math.max(attempt - 1, 0), RETRY_CAP_SECONDS);
}

/**
 * The next regular run after a success: one interval after the planned run, so an hourly job keeps
 * its minute, but never in the past (a server that was down does not catch up missed runs).
 */
export function nextRunAfter(plannedAt: Date, now: Date, everySeconds: number): Date {
  const next = DateTime.fromJSDate(plannedAt).plus({ seconds: everySeconds });
  const fromNow = DateTime.fromJSDate(now).plus({ seconds: everySeconds });
  return (next > DateTime.fromJSDate(now) ? next : fromNow).toJSDate();
}

/**
 * Queues a one-off job for a workspace in the caller's transaction, tenant or system (the outbox
 * pattern, as `queueMail`): the job exists exactly when the change that caused it commits. The id
 * is made here, not returned by the insert: a tenant may queue a job without reading it back.
 */
export async function queueJob(
  tx: Tx,
  workspaceId: string | null,
  input: JobInput & { now: Date },
): Promise<string> {
  const id = randomUUID();
  await insertJob(tx, workspaceId, { ...input, id });
  return id;
}

/** The error kept on the row: its stack when it has one, cut to a readable length. */
function describeFailure(failure: { thrown: unknown } | null): string | null {
  if (!failure) return null;
  const { thrown } = failure;
  return String(thrown instanceof Error && thrown.stack ? thrown.stack : thrown).slice(0, 2000);
}

export function createJobRunner(ctx: JobContext, options: JobRunnerOptions): JobRunner {
  const pollSeconds = options.pollSeconds ?? 5;
  const leaseSeconds = options.leaseSeconds ?? 300;
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const recurring = new Map(options.recurring.map((job) => [job.name, job]));
  const handlers = new Map((options.handlers ?? []).map((handler) => [handler.name, handler]));
  const db = ctx.database.db;
  const at = (seconds: number) => DateTime.fromJSDate(ctx.clock.now()).plus({ seconds }).toJSDate();
  const claim = () => ({ now: ctx.clock.now(), leaseUntil: at(leaseSeconds), workerId });

  let registered: Promise<void> | undefined;
  const register = () => {
    registered ??= (async () => {
      for (const job of recurring.values()) {
        await registerScheduleAsOwner(db, {
          name: job.name,
          intervalSeconds: job.everySeconds,
          firstRunAt: at(job.firstRunAfterSeconds ?? job.everySeconds),
        });
      }
    })().catch((error: unknown) => {
      registered = undefined; // the next poll tries again
      throw error;
    });
    return registered;
  };

  /** Runs `work` while renewing its lease; returns what it threw, or null on success. */
  const runLeased = async (
    work: () => Promise<unknown>,
    renew: () => Promise<boolean>,
  ): Promise<{ thrown: unknown } | null> => {
    const heartbeat = setInterval(
      () => {
        renew().catch((error: unknown) => ctx.log.warn({ err: error }, 'job lease renewal failed'));
      },
      (leaseSeconds * 1000) / 3,
    );
    heartbeat.unref();
    try {
      // Behind the requests waiting for PGlite's one connection (db/connection-queue.ts).
      await inBackgroundLane(work);
      return null;
    } catch (thrown) {
      return { thrown };
    } finally {
      clearInterval(heartbeat);
    }
  };

  /**
   * Logs a run (the error with its stack under `err`) and returns it. A routine success of a job
   * that runs every few seconds (outbox delivery) goes to debug: at info it would be thousands of
   * lines a day saying nothing.
   */
  const report = (
    run: JobRun,
    failure: { thrown: unknown } | null,
    details: object,
    isFrequent = false,
  ) => {
    const entry = { job: run.name, durationMs: run.durationMs, outcome: run.outcome, ...details };
    const message = `job ${run.name} ${run.outcome}`;
    if (run.outcome !== 'succeeded') ctx.log.error({ ...entry, err: failure?.thrown }, message);
    else if (isFrequent) ctx.log.debug(entry, message);
    else ctx.log.info(entry, message);
    return run;
  };

  const runOneSchedule = async (): Promise<JobRun | undefined> => {
    const claimed = await claimDueScheduleAsOwner(db, [...recurring.keys()], claim());
    const job = claimed && recurring.get(claimed.name);
    if (!claimed || !job) return undefined;
    const started = performance.now();
    const failure = await runLeased(
      () => job.run(ctx),
      () => extendScheduleLeaseAsOwner(db, job.name, { workerId, leaseUntil: at(leaseSeconds) }),
    );
    const error = describeFailure(failure);
    const now = ctx.clock.now();
    const attempt = claimed.attempts + 1;
    const nextRunAt =
      error === null
        ? nextRunAfter(claimed.nextRunAt, now, job.everySeconds)
        : at(retryDelaySeconds(attempt));
    const kept = await finishScheduleRunAsOwner(db, job.name, { workerId, now, nextRunAt, error });
    const durationMs = Math.round(performance.now() - started);
    const outcome = !kept ? 'lease lost' : error === null ? 'succeeded' : 'failed';
    return report(
      { name: job.name, outcome, durationMs },
      failure,
      error === null ? { nextRunAt } : { attempt, retryAt: nextRunAt },
      job.everySeconds < FREQUENT_SECONDS,
    );
  };

  const runOneQueued = async (): Promise<JobRun | undefined> => {
    const claimed = await claimDueJobAsOwner(db, [...handlers.keys()], claim());
    const handler = claimed && handlers.get(claimed.name);
    if (!claimed || !handler) return undefined;
    const started = performance.now();
    const queued = {
      id: claimed.id,
      workspaceId: claimed.workspaceId,
      payload: claimed.payload,
      attempt: claimed.attempts,
    };
    const failure = await runLeased(
      () => handler.run(ctx, queued),
      () => extendJobLeaseAsOwner(db, claimed.id, { workerId, leaseUntil: at(leaseSeconds) }),
    );
    const error = describeFailure(failure);
    const retryAt =
      error !== null && claimed.attempts < claimed.maxAttempts
        ? at(retryDelaySeconds(claimed.attempts))
        : null;
    const now = ctx.clock.now();
    const kept = await finishJobAsOwner(db, claimed.id, { workerId, now, error, retryAt });
    const durationMs = Math.round(performance.now() - started);
    const outcome = !kept ? 'lease lost' : error === null ? 'succeeded' : 'failed';
    return report({ name: handler.name, outcome, durationMs }, failure, {
      jobId: claimed.id,
      workspaceId: claimed.workspaceId,
      attempt: claimed.attempts,
      retryAt,
    });
  };

  let closing = false;
  let polling: Promise<JobRun[]> | undefined;
  const poll = async () => {
    await register();
    const runs: JobRun[] = [];
    // Each claim takes the next due job; a job just run is not due again (its next run, or its
    // retry, lies in the future), so the loops end. The bounds guard against a clock that jumps.
    for (let i = 0; i < recurring.size && !closing; i += 1) {
      const run = await runOneSchedule();
      if (!run) break;
      runs.push(run);
    }
    for (let i = 0; i < 100 && !closing; i += 1) {
      const run = await runOneQueued();
      if (!run) break;
      runs.push(run);
    }
    return runs;
  };
  // One poll at a time in a process: a timer firing during a long job waits for the next tick.
  const runDueJobs = () => {
    polling ??= poll().finally(() => {
      polling = undefined;
    });
    return polling;
  };

  let timer: NodeJS.Timeout | undefined;
  return {
    runDueJobs,
    start() {
      if (timer || closing) return;
      timer = setInterval(() => {
        if (polling || closing) return;
        runDueJobs().catch((error: unknown) => ctx.log.error({ err: error }, 'job poll failed'));
      }, pollSeconds * 1000);
      timer.unref();
    },
    async close() {
      closing = true;
      clearInterval(timer);
      await polling?.catch(() => undefined);
    },
  };
}
