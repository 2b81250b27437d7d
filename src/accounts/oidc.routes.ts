import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../platform/errors.ts';
import { ProblemSchema } from '../platform/problem.schema.ts';
import type { Services } from '../platform/tenancy.ts';
import { callbackPath, finishSingleSignOn, startSingleSignOn } from './oidc.service.ts';
import { clientMeta, setSessionCookie } from './session-cookie.ts';

const tags = ['Account security'];
const ROUND_TRIP_COOKIE = 'liaison_oidc';
const cookiePath = '/api/v1/auth/oidc';
const redirect = z.null().meta({ description: 'A redirect (Location)' });

/** Only a path on this site is followed after signing in, never another origin. */
function sitePath(next: string | undefined): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

export function oidcRoutes(services: Services) {
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    const provider = () => {
      if (!services.config.oidc) throw new AppError('not_found');
      return services.config.oidc;
    };

    app.get(
      '/api/v1/auth/oidc/start',
      {
        config: { isPublic: true },
        schema: {
          operationId: 'startSingleSignOn',
          tags,
          summary: 'Single sign-on: off to the OpenID Connect provider (404 when none is set up)',
          querystring: z.object({ next: z.string().max(2000).optional() }),
          response: { 302: redirect, 404: ProblemSchema },
        },
      },
      async (request, reply) => {
        const started = await startSingleSignOn(services, provider(), sitePath(request.query.next));
        reply.setCookie(ROUND_TRIP_COOKIE, started.roundTrip, {
          path: cookiePath,
          httpOnly: true,
          // Lax: the provider sends the browser back with a top-level GET, which carries it.
          sameSite: 'lax',
          secure: request.protocol === 'https',
          maxAge: started.maxAgeSeconds,
        });
        return reply.redirect(started.url, 302);
      },
    );

    app.get(
      callbackPath,
      {
        config: { isPublic: true },
        schema: {
          operationId: 'finishSingleSignOn',
          tags,
          summary:
            'Where the provider sends the browser back: signs in and goes on, or back to the ' +
            'sign-in page saying why not',
          // What the provider adds; the whole URL goes to openid-client, which checks it.
          querystring: z.object({
            code: z.string().max(4000).optional(),
            state: z.string().max(4000).optional(),
            iss: z.string().max(4000).optional(),
            error: z.string().max(4000).optional(),
            error_description: z.string().max(4000).optional(),
          }),
          response: { 302: redirect, 404: ProblemSchema },
        },
      },
      async (request, reply) => {
        const currentUrl = new URL(request.url, services.config.publicUrl);
        const outcome = await finishSingleSignOn(
          services,
          provider(),
          { currentUrl, roundTrip: request.cookies[ROUND_TRIP_COOKIE] },
          clientMeta(request),
        ).catch(() => ({ kind: 'failed' as const, reason: 'failed' as const }));
        reply.clearCookie(ROUND_TRIP_COOKIE, { path: cookiePath });
        if (outcome.kind === 'failed') {
          return reply.redirect(`/sign-in?sso=${outcome.reason}`, 302);
        }
        if (outcome.kind === 'second_factor') {
          const query = new URLSearchParams({ challenge: outcome.challenge, next: outcome.next });
          return reply.redirect(`/sign-in?${query}`, 302);
        }
        setSessionCookie(services.config, request, reply, outcome.sessionToken);
        return reply.redirect(sitePath(outcome.next), 302);
      },
    );
  };
}
