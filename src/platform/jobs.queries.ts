// Every statement of the durable schedule (migration 0012). The runner works across workspaces on
// the owner connection, so those functions end in `…AsOwner`; a domain queues a one-off job for
// its own workspace with `queueJob` (jobs.ts), inside its tenant transaction. "now" is always a
// parameter.
import { and, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { job, jobSchedule } from '../db/schema.ts';

type Claim = { now: Date; leaseUntil: Date; workerId: string };

/**
 * Adds a recurring job to the schedule, first due at `firstRunAt`. A schedule already stored keeps
 * its next run (a restart does not move it); only its interval follows the code.
 */
export function registerScheduleAsOwner(
  db: Db,
  schedule: { name: string; intervalSeconds: number; firstRunAt: Date },
) {
  return db
    .insert(jobSchedule)
    .values({
      name: schedule.name,
      intervalSeconds: schedule.intervalSeconds,
      nextRunAt: schedule.firstRunAt,
    })
    .onConflictDoUpdate({
      target: jobSchedule.name,
      set: { intervalSeconds: schedule.intervalSeconds },
    });
}

/**
 * Claims one due recurring job among `names` and leases it to `workerId`, in one statement: the
 * row locked by the subquery (SKIP LOCKED: another runner claiming at the same instant passes it
 * over) is marked as running until `leaseUntil`. An expired lease (its runner died) is claimable.
 */
export async function claimDueScheduleAsOwner(db: Db, names: string[], claim: Claim) {
  if (names.length === 0) return undefined;
  const due = db
    .select({ name: jobSchedule.name })
    .from(jobSchedule)
    .where(
      and(
        inArray(jobSchedule.name, names),
        lte(jobSchedule.nextRunAt, claim.now),
        or(isNull(jobSchedule.lockedUntil), lte(jobSchedule.lockedUntil, claim.now)),
      ),
    )
    .orderBy(jobSchedule.nextRunAt)
    .limit(1)
    .for('update', { skipLocked: true });
  const [claimed] = await db
    .update(jobSchedule)
    .set({ lockedUntil: claim.leaseUntil, lockedBy: claim.workerId, lastStartedAt: claim.now })
    .where(inArray(jobSchedule.name, due))
    .returning();
  return claimed;
}

/** Keeps a running job's lease while it works; false once another runner has taken it over. */
export async function extendScheduleLeaseAsOwner(
  db: Db,
  name: string,
  lease: { workerId: string; leaseUntil: Date },
) {
  const rows = await db
    .update(jobSchedule)
    .set({ lockedUntil: lease.leaseUntil })
    .where(and(eq(jobSchedule.name, name), eq(jobSchedule.lockedBy, lease.workerId)))
    .returning({ name: jobSchedule.name });
  return rows.length > 0;
}

/**
 * Records a run's end and releases the lease: a success clears the failures and sets the next
 * regular run, a failure counts itself and sets the retry. False if the lease was no longer ours.
 */
export async function finishScheduleRunAsOwner(
  db: Db,
  name: string,
  run: { workerId: string; now: Date; nextRunAt: Date; error: string | null },
) {
  const succeeded = run.error === null;
  const rows = await db
    .update(jobSchedule)
    .set({
      nextRunAt: run.nextRunAt,
      lockedUntil: null,
      lockedBy: null,
      lastFinishedAt: run.now,
      lastError: run.error,
      ...(succeeded
        ? { attempts: 0, lastSucceededAt: run.now, runs: sql`${jobSchedule.runs} + 1` }
        : { attempts: sql`${jobSchedule.attempts} + 1` }),
    })
    .where(and(eq(jobSchedule.name, name), eq(jobSchedule.lockedBy, run.workerId)))
    .returning({ name: jobSchedule.name });
  return rows.length > 0;
}

/** The whole schedule, for operators and tests. */
export function listSchedulesAsOwner(db: Db) {
  return db.select().from(jobSchedule).orderBy(jobSchedule.name);
}

export type JobInput = {
  name: string;
  payload?: unknown;
  runAt: Date;
  /** No second job of the same name and key is queued while the first is pending or running. */
  dedupeKey?: string;
  maxAttempts?: number;
};

/** Stores a one-off job in the caller's transaction; a duplicate by dedupe key is dropped. */
export async function insertJob(
  tx: Tx,
  workspaceId: string | null,
  input: JobInput & { id: string; now: Date },
) {
  await tx
    .insert(job)
    .values({
      id: input.id,
      name: input.name,
      workspaceId,
      payload: input.payload ?? {},
      runAt: input.runAt,
      dedupeKey: input.dedupeKey ?? null,
      maxAttempts: input.maxAttempts ?? 5,
      createdAt: input.now,
    })
    .onConflictDoNothing();
}

/** Claims one due one-off job among `names`, as `claimDueScheduleAsOwner` does for schedules. */
export async function claimDueJobAsOwner(db: Db, names: string[], claim: Claim) {
  if (names.length === 0) return undefined;
  const due = db
    .select({ id: job.id })
    .from(job)
    .where(
      and(
        inArray(job.name, names),
        inArray(job.status, ['pending', 'running']),
        lte(job.runAt, claim.now),
        or(isNull(job.lockedUntil), lte(job.lockedUntil, claim.now)),
      ),
    )
    .orderBy(job.runAt)
    .limit(1)
    .for('update', { skipLocked: true });
  const [claimed] = await db
    .update(job)
    .set({
      status: 'running',
      attempts: sql`${job.attempts} + 1`,
      lockedUntil: claim.leaseUntil,
      lockedBy: claim.workerId,
    })
    .where(inArray(job.id, due))
    .returning();
  return claimed;
}

export async function extendJobLeaseAsOwner(
  db: Db,
  id: string,
  lease: { workerId: string; leaseUntil: Date },
) {
  const rows = await db
    .update(job)
    .set({ lockedUntil: lease.leaseUntil })
    .where(and(eq(job.id, id), eq(job.lockedBy, lease.workerId)))
    .returning({ id: job.id });
  return rows.length > 0;
}

/**
 * Records a one-off job's end: done, back to pending with a retry time, or failed for good when
 * `retryAt` is null. False if the lease was no longer ours.
 */
export async function finishJobAsOwner(
  db: Db,
  id: string,
  run: { workerId: string; now: Date; error: string | null; retryAt: Date | null },
) {
  const status = run.error === null ? 'done' : run.retryAt ? 'pending' : 'failed';
  const rows = await db
    .update(job)
    .set({
      status,
      lockedUntil: null,
      lockedBy: null,
      lastError: run.error,
      ...(run.retryAt ? { runAt: run.retryAt } : {}),
      ...(status === 'pending' ? {} : { finishedAt: run.now }),
    })
    .where(and(eq(job.id, id), eq(job.lockedBy, run.workerId)))
    .returning({ id: job.id });
  return rows.length > 0;
}

/** One job by id, for operators and tests. */
export async function findJobAsOwner(db: Db, id: string) {
  const [found] = await db.select().from(job).where(eq(job.id, id));
  return found;
}
