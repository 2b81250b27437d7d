// The authentication hook: a session cookie or a bearer token becomes the request's Context.
// It lives with accounts (which owns sessions and tokens), so platform/ imports nothing of a domain.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../platform/errors.ts';
import { bearerToken, isCrossOriginWrite } from '../platform/http.ts';
import { makeContext, type Services } from '../platform/tenancy.ts';
import { SESSION_COOKIE } from './session-cookie.ts';
import { resolveActor } from './sessions.service.ts';

export function registerAuthentication(app: FastifyInstance, services: Services) {
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
    if (sessionToken || bearer) {
      const actor = await resolveActor(
        services,
        { sessionToken, bearerToken: bearer },
        String(request.id),
      );
      if (actor) request.context = makeContext(services, actor);
    }
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
}
