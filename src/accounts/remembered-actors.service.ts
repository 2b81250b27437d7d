// A read by someone who made a request in the last few seconds starts from their remembered actor
// (actor-cache.ts) instead of looking up their session or token: one round trip fewer (#17). Its
// sign-in is checked all the same, in the statement that sets the tenant, or on its own before the
// answer goes out when the request opened no tenant transaction. A revoked token, a session
// signed out, a member deactivated or given another role fails that check, and the request is
// answered 401 as if nothing had been remembered.
import { AppError } from '../platform/errors.ts';
import { hashSecret } from '../platform/secrets.ts';
import { type Context, type Liveness, makeContext, type Services } from '../platform/tenancy.ts';
import { idleSince } from './account-security.service.ts';
import type { ActorCache } from './actor-cache.ts';
import { isStillLiveAsOwner, sessionStillLive, tokenStillLive } from './actor-liveness.queries.ts';
import { resolveActor } from './sessions.service.ts';

export type Credentials = { sessionToken?: string | undefined; bearerToken?: string | undefined };

/** A bearer token wins over a cookie, as in `resolveActor`. */
function credentialOf(credentials: Credentials) {
  if (credentials.bearerToken) {
    return { kind: 'token' as const, hash: hashSecret(credentials.bearerToken) };
  }
  if (credentials.sessionToken) {
    return { kind: 'session' as const, hash: hashSecret(credentials.sessionToken) };
  }
  return undefined;
}

/**
 * The request's context: from the cache for a read when its actor is remembered, otherwise looked
 * up (and remembered when the request is a read). Undefined when the credentials sign in nobody.
 */
export async function requestContext(
  services: Services,
  cache: ActorCache,
  credentials: Credentials,
  { requestId, isRead }: { requestId: string; isRead: boolean },
): Promise<Context | undefined> {
  const credential = credentialOf(credentials);
  if (!credential) return undefined;
  const key = `${credential.kind}:${credential.hash}`;
  const now = services.clock.now();
  const remembered = isRead ? cache.get(key, now.getTime()) : undefined;
  if (remembered) {
    const actor = { ...remembered, requestId };
    const condition =
      credential.kind === 'token'
        ? tokenStillLive(services.db, credential.hash, actor)
        : sessionStillLive(
            services.db,
            credential.hash,
            { now, idleSince: idleSince(services) },
            actor,
          );
    const liveness: Liveness = {
      condition,
      confirmed: false,
      lost: () => {
        // Checked, and found wanting: the 401's own answer must not be checked again.
        liveness.confirmed = true;
        cache.forget(key);
        throw new AppError('unauthenticated');
      },
    };
    return makeContext(services, actor, liveness);
  }
  const actor = await resolveActor(services, credentials, requestId);
  if (!actor) return undefined;
  if (isRead) cache.remember(key, actor, now.getTime());
  return makeContext(services, actor);
}

/** Checks a remembered actor's sign-in when the request has not yet done so. */
export async function confirmLiveness(ctx: Context): Promise<void> {
  const liveness = ctx.liveness;
  if (!liveness || liveness.confirmed) return;
  liveness.confirmed = true;
  if (!(await isStillLiveAsOwner(ctx.db, liveness.condition))) liveness.lost();
}
