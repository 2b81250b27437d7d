// The authentication hook: a session cookie or a bearer token becomes the request's Context.
// It lives with accounts (which owns sessions and tokens), so platform/ imports nothing of a domain.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../platform/errors.ts';
import { bearerToken, isCrossOriginWrite } from '../platform/http.ts';
import type { Services } from '../platform/tenancy.ts';
import { ActorCache } from './actor-cache.ts';
import { confirmLiveness, requestContext } from './remembered-actors.service.ts';
import { SESSION_COOKIE } from './session-cookie.ts';

const readMethods = new Set(['GET', 'HEAD']);
/** Writes here can change who someone is or what they may do: remembered actors are dropped. */
const accountWrites = /^\/api\/v1\/(auth|me|tokens|members|invitations|workspace)(\/|\?|$)/;

export function registerAuthentication(app: FastifyInstance, services: Services) {
  const actors = new ActorCache();
  app.decorateRequest('context', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    const sessionToken = request.cookies[SESSION_COOKIE];
    const bearer = bearerToken(request);
    // A cookie rides along with any request the browser makes, whichever page made it: a write
    // on the cookie (or signing in, which sets one) must come from Liaison's own pages. A bearer
    // token is never sent by itself, so a request that carries one is the client's own.
    const ridesOnCookie = !bearer && (sessionToken || request.routeOptions.config?.isPublic);
    if (ridesOnCookie && isCrossOriginWrite(request)) {
      throw new AppError('forbidden');
    }
    const context = await requestContext(
      services,
      actors,
      { sessionToken, bearerToken: bearer },
      { requestId: String(request.id), isRead: readMethods.has(request.method) },
    );
    if (context) request.context = context;
    if (!request.context && !request.routeOptions.config?.isPublic) {
      throw new AppError('unauthenticated');
    }
    // A workspace that requires a second factor: someone without one may only set it up.
    const config = request.routeOptions.config;
    if (
      request.context?.actor.mustEnrolTwoFactor &&
      !config?.isPublic &&
      !config?.beforeTwoFactor
    ) {
      throw new AppError('two_factor_required');
    }
  });
  // Nothing answers for a remembered actor whose sign-in was not checked (a read that opened no
  // tenant transaction checks it here); an account write forgets every remembered actor.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.context) await confirmLiveness(request.context);
    if (
      !readMethods.has(request.method) &&
      reply.statusCode < 400 &&
      accountWrites.test(request.url)
    ) {
      actors.clear();
    }
    return payload;
  });
}
