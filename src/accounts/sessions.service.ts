// Signing in and out, and who is asking: a session cookie or an API token becomes the request's
// actor. Sessions and tokens are found before any workspace is known, on the owner connection.
import { recordAudit } from '../platform/audit.ts';
import { AppError } from '../platform/errors.ts';
import { hashPassword, hashSecret, newSecret, verifyPassword } from '../platform/secrets.ts';
import { type Actor, type Context, inTransaction, type Services } from '../platform/tenancy.ts';
import {
  deleteSessionAsOwner,
  findSessionActorAsOwner,
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

type Base = Services;
export type ClientMeta = { userAgent?: string | undefined; ip?: string | undefined };

export const SESSION_COOKIE = 'liaison_session';
// A well-formed hash to verify against when the e-mail is unknown, so both answers take as long.
const unknownUserHash = await hashPassword(newSecret());

/** Checks the password and opens a session in the person's first workspace. */
export async function signIn(base: Base, input: LoginInput, meta: ClientMeta) {
  await assertNotThrottled(base, input.email, meta.ip);
  const user = await findUserByEmailAsOwner(base.db, input.email);
  const isValid = await verifyPassword(user?.passwordHash ?? unknownUserHash, input.password);
  if (!user || !isValid || user.disabledAt) {
    await recordFailedSignIn(base, input.email, meta.ip);
    throw new AppError('invalid_credentials');
  }
  await clearFailedSignIns(base, input.email);
  const memberships = await listMembershipsAsOwner(base.db, user.id);
  const first = memberships[0];
  if (!first) throw new AppError('invalid_credentials');
  const sessionToken = await openSession(base, user.id, first.workspaceId, meta);
  return { sessionToken };
}

export async function openSession(
  base: Base,
  userId: string,
  workspaceId: string,
  meta: ClientMeta,
) {
  const sessionToken = newSecret();
  await insertSessionAsOwner(base.db, {
    id: hashSecret(sessionToken),
    userId,
    workspaceId,
    expiresAt: new Date(base.clock.now().getTime() + base.config.sessionDays * 86_400_000),
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
    const { tokenId, isUseStale, ...actor } = row;
    if (isUseStale) await touchTokenAsOwner(base.db, row.workspaceId, tokenId, base.clock.now());
    return { ...actor, via: 'token', requestId };
  }
  if (credentials.sessionToken) {
    const row = await findSessionActorAsOwner(
      base.db,
      hashSecret(credentials.sessionToken),
      base.clock.now(),
    );
    if (!row) return undefined;
    return { ...row, via: 'session', requestId };
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
