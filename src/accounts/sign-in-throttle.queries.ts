// The statements of sign-in throttling, on the owner connection (sign_in_throttle has no grant
// for liaison_app: sign-in runs before any workspace is known).
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { signInThrottle } from '../db/schema.ts';

/** The latest lock still running on any of `keys` at `now`, or null. */
export async function findLockedUntilAsOwner(
  db: Db,
  keys: string[],
  now: Date,
): Promise<Date | null> {
  const rows = await db
    .select({ lockedUntil: signInThrottle.lockedUntil })
    .from(signInThrottle)
    .where(and(inArray(signInThrottle.key, keys), gt(signInThrottle.lockedUntil, now)));
  const until = rows.map((row) => row.lockedUntil?.getTime() ?? 0);
  return until.length ? new Date(Math.max(...until)) : null;
}

/**
 * One more failure for each key, in one statement (concurrent failures all count): a window
 * older than `windowStart` starts again at one; reaching the key's limit locks it until
 * `lockUntil`.
 */
export function recordFailuresAsOwner(
  db: Db,
  failures: { key: string; limit: number }[],
  at: { now: Date; windowStart: Date; lockUntil: Date },
) {
  const rows = sql.join(
    failures.map(({ key, limit }) => sql`(${key}, ${limit}::integer)`),
    sql`, `,
  );
  return db.execute(sql`
    insert into sign_in_throttle (key, failures, failure_limit, window_started_at, locked_until)
    select f.key, 1, f.failure_limit, ${at.now}::timestamptz,
      case when f.failure_limit <= 1 then ${at.lockUntil}::timestamptz end
    from (values ${rows}) as f(key, failure_limit)
    on conflict (key) do update set
      failures = case when sign_in_throttle.window_started_at < ${at.windowStart}::timestamptz
        then 1 else sign_in_throttle.failures + 1 end,
      failure_limit = excluded.failure_limit,
      window_started_at = case
        when sign_in_throttle.window_started_at < ${at.windowStart}::timestamptz
        then ${at.now}::timestamptz else sign_in_throttle.window_started_at end,
      locked_until = case
        when sign_in_throttle.window_started_at >= ${at.windowStart}::timestamptz
          and sign_in_throttle.failures + 1 >= excluded.failure_limit
        then ${at.lockUntil}::timestamptz
        else sign_in_throttle.locked_until end`);
}

/** A successful sign-in forgets the account's failures (not the address's). */
export function clearFailuresAsOwner(db: Db, key: string) {
  return db.delete(signInThrottle).where(eq(signInThrottle.key, key));
}
