// The authentication hook: a session cookie or a bearer token becomes the request's Context.
// It lives with accounts (which owns sessions and tokens), so platform/ imports nothing of a domain.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../platform/errors.ts';
import { bearerToken } from '../platform/http.ts';
import { makeContext, type Services } from '../platform/tenancy.ts';
import { resolveActor, SESSION_COOKIE } from './sessions.service.ts';

export function registerAuthentication(app: FastifyInstance, services: Services) {
  app.decorateRequest('context', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    const sessionToken = request.cookies[SESSION_COOKIE];
    const bearer = bearerToken(request);
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
  });
}
