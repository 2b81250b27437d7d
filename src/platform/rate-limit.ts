// API rate limits: so many requests a minute per API token, per signed-in person (all their
// sessions together) and, before anyone is known, per client address. Past it the answer is 429
// problem+json with Retry-After. Counted in this process's memory (@fastify/rate-limit's store):
// with several processes each counts its own share, which docs/security.md says.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { AppError } from './errors.ts';

/** Whose budget a request spends: the token's, the person's, or the address's. */
export function rateLimitKey(request: FastifyRequest): string {
  const actor = request.context?.actor;
  if (actor?.tokenId) return `token:${actor.tokenId}`;
  if (actor?.userId) return `user:${actor.userId}`;
  return `address:${request.ip}`;
}

export async function registerRateLimits(app: FastifyInstance, config: Pick<Config, 'rateLimit'>) {
  await app.register(rateLimit, {
    global: true,
    // After authentication (an onRequest hook), so the key knows the caller.
    hook: 'preParsing',
    timeWindow: 60_000,
    max: (request) =>
      request.context ? config.rateLimit.perMinute : config.rateLimit.anonymousPerMinute,
    keyGenerator: rateLimitKey,
    // The web app's pages, its assets and the health check are not the API.
    allowList: (request) => !request.url.startsWith('/api/v1/'),
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', { params: { retryAfter: Math.ceil(context.ttl / 1000) } }),
  });
}
