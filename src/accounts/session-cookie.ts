// The session cookie as every route that opens a session sets it, and what is kept of the client.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { ClientMeta } from './sessions.service.ts';

export const SESSION_COOKIE = 'liaison_session';

export function setSessionCookie(
  config: Pick<Config, 'sessionDays'>,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: config.sessionDays * 86_400,
  });
}

export function clientMeta(request: FastifyRequest): ClientMeta {
  return { userAgent: request.headers['user-agent'], ip: request.ip };
}

/** The session token the request came with; only a cookie-signed-in person has one. */
export function sessionTokenOf(request: FastifyRequest): string | undefined {
  return request.cookies[SESSION_COOKIE];
}
