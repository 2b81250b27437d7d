// Signing in and out, and who is asking: a session cookie or an API token becomes the request's
// actor. Sessions and tokens are found before any workspace is known, on the owner connection.
import { recordAudit } from '../platform/audit.ts';
import { AppError } from '../platform/errors.ts';
import { hashPassword, hashSecret, newSecret, verifyPassword } from '../platform/secrets.ts';
import { type Actor, type Context, inTransaction, type Services } from '../platform/tenancy.ts';
import {
  findSessionActorAsOwner,
  findUserByIdAsOwner,
  touchSessionAsOwner,
} from './account-security.queries.ts';
import type { SecondFactorInput } from './account-security.schema.ts';
import { idleSince } from './account-security.service.ts';
import {
  deleteSessionAsOwner,
  findTokenActorAsOwner,
  findUserByEmailAsOwner,
  insertSessionAsOwner,
  listMembershipsAsOwner,
  switchSessionWorkspaceAsOwner,
  touchTokenAsOwner,
  updateUserProfile,
} from './accounts.queries.ts';
import type { LoginInput, Me, ProfileInput } from './accounts.schema.ts';
import {
  assertNotThrottled,
  clearFailedSignIns,
  recordFailedSignIn,
} from './sign-in-throttle.service.ts';
import { acceptSecondFactor, challengedUser, issueChallenge } from './two-factor.service.ts';

type Base = Services;
export type ClientMeta = { userAgent?: string | undefined; ip?: string | undefined };

// A well-formed hash to verify against when the e-mail is unknown, so both answers take as long.
const unknownUserHash = await hashPassword(newSecret());

/**
 * Checks the password and opens a session in the person's first workspace; with a second factor
 * set up, answers a challenge instead, which completeSignIn takes with the code.
 */
export async function signIn(
  base: Base,
  input: LoginInput,
  meta: ClientMeta,
): Promise<{ sessionToken: string } | { challenge: string }> {
  await assertNotThrottled(base, input.email, meta.ip);
  const user = await findUserByEmailAsOwner(base.db, input.email);
  const isValid = await verifyPassword(user?.passwordHash ?? unknownUserHash, input.password);
  if (!user || !isValid || user.disabledAt) {
    await recordFailedSignIn(base, input.email, meta.ip);
    throw new AppError('invalid_credentials');
  }
  if (user.totpEnabledAt) return { challenge: issueChallenge(base, user.id) };
  await clearFailedSignIns(base, input.email);
  return { sessionToken: await openFirstSession(base, user.id, meta) };
}

/** The second step: a right code (or recovery code) for the challenged account opens a session. */
export async function completeSignIn(base: Base, input: SecondFactorInput, meta: ClientMeta) {
  const userId = challengedUser(base, input.challenge);
  const user = userId ? await findUserByIdAsOwner(base.db, userId) : undefined;
  if (!user || user.disabledAt) throw new AppError('two_factor_invalid');
  await assertNotThrottled(base, user.email, meta.ip);
  if (!(await acceptSecondFactor(base, user, input.code))) {
    await recordFailedSignIn(base, user.email, meta.ip);
    throw new AppError('two_factor_invalid');
  }
  await clearFailedSignIns(base, user.email);
  return { sessionToken: await openFirstSession(base, user.id, meta) };
}

export async function openFirstSession(base: Base, userId: string, meta: ClientMeta) {
  const memberships = await listMembershipsAsOwner(base.db, userId);
  const first = memberships[0];
  if (!first) throw new AppError('invalid_credentials');
  return openSession(base, userId, first.workspaceId, meta);
}

export async function openSession(
  base: Base,
  userId: string,
  workspaceId: string,
  meta: ClientMeta,
) {
  const sessionToken = newSecret();
  const now = base.clock.now();
  await insertSessionAsOwner(base.db, {
    createdAt: now,
    lastSeenAt: now,
    id: hashSecret(sessionToken),
    userId,
    workspaceId,
    expiresAt: new Date(now.getTime() + base.config.sessionDays * 86_400_000),
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    ip: meta.ip ?? null,
  });
  return sessionToken;
}

export async function signOut(base: Base, sessionToken: string) {
  await deleteSessionAsOwner(base.db, hashSecret(sessionToken));
}

/** The actor behind a session cookie or a bearer token, or undefined if neither is valid. */
export async function resolveActor(
  base: Base,
  credentials: { sessionToken?: string | undefined; bearerToken?: string | undefined },
  requestId: string,
): Promise<Actor | undefined> {
  if (credentials.bearerToken) {
    const row = await findTokenActorAsOwner(
      base.db,
      hashSecret(credentials.bearerToken),
      base.clock.now(),
    );
    if (!row) return undefined;
    // At most one write a minute per token: a busy integration does not write on every call.
    const { isUseStale, ...actor } = row;
    if (isUseStale) {
      await touchTokenAsOwner(base.db, row.workspaceId, row.tokenId, base.clock.now());
    }
    return { ...actor, via: 'token', requestId };
  }
  if (credentials.sessionToken) {
    const hash = hashSecret(credentials.sessionToken);
    const now = base.clock.now();
    const row = await findSessionActorAsOwner(base.db, hash, { now, idleSince: idleSince(base) });
    if (!row) return undefined;
    // Use keeps a session alive (the idle timeout); stamped at most once a minute.
    const { isSeenStale, mustEnrolTwoFactor, ...actor } = row;
    if (isSeenStale) await touchSessionAsOwner(base.db, hash, now);
    return {
      ...actor,
      via: 'session',
      requestId,
      ...(mustEnrolTwoFactor ? { mustEnrolTwoFactor } : {}),
    };
  }
  return undefined;
}

export async function getMe(ctx: Context): Promise<Me> {
  const { actor } = ctx;
  if (!actor.userId || !actor.email) throw new AppError('unauthenticated');
  const workspaces = await listMembershipsAsOwner(ctx.db, actor.userId);
  return {
    user: {
      id: actor.userId,
      name: actor.name,
      email: actor.email,
      locale: actor.locale,
      timeZone: actor.timeZone,
    },
    workspaceId: actor.workspaceId,
    role: actor.role,
    distributorId: actor.distributorId,
    workspaces,
    mustEnrolTwoFactor: actor.mustEnrolTwoFactor ?? false,
  };
}

export async function switchWorkspace(ctx: Context, sessionToken: string, workspaceId: string) {
  if (!ctx.actor.userId) throw new AppError('forbidden');
  const memberships = await listMembershipsAsOwner(ctx.db, ctx.actor.userId);
  // Not a member answers 404, like any id the caller may not see.
  if (!memberships.some((m) => m.workspaceId === workspaceId)) throw new AppError('not_found');
  await switchSessionWorkspaceAsOwner(ctx.db, hashSecret(sessionToken), workspaceId);
}

export async function updateProfile(ctx: Context, input: ProfileInput) {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError('forbidden');
  return inTransaction(ctx, async (tx) => {
    const after = await updateUserProfile(tx, userId, input);
    await recordAudit(tx, ctx.actor, {
      entityType: 'user',
      entityId: userId,
      action: 'user.profile_updated',
      before: { name: ctx.actor.name, locale: ctx.actor.locale, timeZone: ctx.actor.timeZone },
      after,
    });
    return after;
  });
}
