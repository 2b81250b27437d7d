// Sign-in throttling: failed sign-ins are counted per account and per client address in
// PostgreSQL (so the count holds across processes); past a limit within the window the account
// or the address is locked for a while, and every sign-in to it is answered 429 with
// Retry-After, the right password included. docs/security.md.
import { AppError } from '../platform/errors.ts';
import type { Services } from '../platform/tenancy.ts';
import {
  clearFailuresAsOwner,
  findLockedUntilAsOwner,
  recordFailuresAsOwner,
} from './sign-in-throttle.queries.ts';

const MINUTE_MS = 60_000;
/** The window failures are counted in, and how long a lock lasts. */
export const throttleWindowMinutes = 15;
/**
 * Failures within the window that lock an account (its owner mistyping is far below this), and
 * an address (an office behind one address may hold many people).
 */
export const accountFailureLimit = 10;
export const addressFailureLimit = 50;

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const addressKey = (ip: string) => `address:${ip}`;

function keysOf(email: string, ip: string | undefined) {
  return [
    { key: accountKey(email), limit: accountFailureLimit },
    ...(ip ? [{ key: addressKey(ip), limit: addressFailureLimit }] : []),
  ];
}

/** Refuses with 429 (Retry-After in seconds) while the account or the address is locked. */
export async function assertNotThrottled(base: Services, email: string, ip: string | undefined) {
  const now = base.clock.now();
  const keys = keysOf(email, ip).map((entry) => entry.key);
  const lockedUntil = await findLockedUntilAsOwner(base.db, keys, now);
  if (lockedUntil) {
    const retryAfter = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
    throw new AppError('rate_limited', { params: { retryAfter } });
  }
}

export async function recordFailedSignIn(base: Services, email: string, ip: string | undefined) {
  const now = base.clock.now();
  await recordFailuresAsOwner(base.db, keysOf(email, ip), {
    now,
    windowStart: new Date(now.getTime() - throttleWindowMinutes * MINUTE_MS),
    lockUntil: new Date(now.getTime() + throttleWindowMinutes * MINUTE_MS),
  });
}

export async function clearFailedSignIns(base: Services, email: string) {
  await clearFailuresAsOwner(base.db, accountKey(email));
}
