// The HTTP edge: the request context and errors as RFC 9457 problem+json. The authentication
// hook that fills the context is accounts/authentication.ts.
import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { ConnectionBusyError } from '../db/connection-queue.ts';
import { AppError, causeChain, type FieldError, fieldError, toProblem } from './errors.ts';
import { localeFromHeader, translator } from './i18n.ts';
import type { Context } from './tenancy.ts';
import { describeIssue, pointerFor } from './validation.ts';

declare module 'fastify' {
  interface FastifyRequest {
    context: Context | null;
  }
  interface FastifyContextConfig {
    /** Routes reachable without signing in (sign-in, health, invitation acceptance). */
    isPublic?: boolean;
    /** Routes a person may use before setting up the second factor their workspace requires. */
    beforeTwoFactor?: boolean;
  }
}

/** The signed-in caller's context; routes not marked public never run without one. */
export function contextOf(request: FastifyRequest): Context {
  if (!request.context) throw new AppError('unauthenticated');
  return request.context;
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return undefined;
  return header.slice('Bearer '.length).trim() || undefined;
}

/** The provider flattens each zod issue into { keyword: code, instancePath, message, params }. */
type ValidationItem = {
  keyword: string;
  instancePath: string;
  message: string;
  params: Record<string, unknown>;
};

function toZodIssue(item: ValidationItem): z.core.$ZodIssue {
  const path = item.instancePath.split('/').filter(Boolean);
  // The provider removed code, message and path from the issue; put them back.
  return { ...item.params, code: item.keyword, message: item.message, path } as z.core.$ZodIssue;
}

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Pointers to every string PostgreSQL cannot store: a NUL character (`text` refuses it) or half a
 * surrogate pair (`jsonb` refuses it; JSON can carry one as an escape). Buffers (uploaded files)
 * are the importers' to read.
 */
export function unstorableTextPointers(value: unknown, pointer: string): string[] {
  if (typeof value === 'string') {
    return value.includes('\0') || loneSurrogate.test(value) ? [pointer] : [];
  }
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return [];
  return Object.entries(value).flatMap(([key, item]) => [
    ...unstorableTextPointers(key, pointer),
    ...unstorableTextPointers(item, pointerFor([key], pointer)),
  ]);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);

/** The caller's language: their setting once signed in, else the browser's. */
function translatorFor(request: FastifyRequest) {
  return translator(
    request.context?.actor.locale ?? localeFromHeader(request.headers['accept-language']),
  );
}

/**
 * Refuses, with 422 before any route validates or reads it, text that cannot be stored (so no
 * statement fails on it later with a 500) and a PATCH that names nothing to change.
 */
export function registerTextChecks(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    // A patch names what it changes: nothing (or null) is a client's mistake, not a no-op.
    const body = request.body;
    if (
      request.method === 'PATCH' &&
      (body === null || body === undefined || (isPlainObject(body) && !Object.keys(body).length))
    ) {
      throw fieldError(translatorFor(request), '#/', 'validation.empty_patch');
    }
    const pointers = [
      ...unstorableTextPointers(request.params, '#params'),
      ...unstorableTextPointers(request.query, '#querystring'),
      ...unstorableTextPointers(request.body, '#'),
    ];
    if (!pointers.length) return;
    const t = translatorFor(request);
    throw new AppError('validation_failed', {
      errors: [...new Set(pointers)].map((where) => ({
        pointer: where,
        detail: t('validation.unstorable_text'),
      })),
    });
  });
  // Validation drops the properties a route does not know: a patch of only those (`{"x": 1}`)
  // names nothing either, and must not reach an UPDATE with no column to set (a 500).
  app.addHook('preHandler', async (request) => {
    const body = request.body;
    if (request.method === 'PATCH' && isPlainObject(body) && !Object.keys(body).length) {
      throw fieldError(translatorFor(request), '#/', 'validation.empty_patch');
    }
  });
}

export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const t = translatorFor(request);
    const appError = toAppError(error, t, request);
    // A request refused because PGlite's connection stayed busy is load, not a bug.
    if (appError.code === 'busy') request.log.warn('request refused: the database stayed busy');
    else if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    const retryAfter = appError.params.retryAfter;
    if ((appError.status === 429 || appError.status === 503) && typeof retryAfter === 'number') {
      reply.header('retry-after', String(retryAfter));
    }
    const problem = toProblem(appError, t, request.url.split('?')[0], String(request.id));
    return sendProblem(reply, problem.status, problem);
  });
  app.setNotFoundHandler((request, reply) => {
    const t = translator(localeFromHeader(request.headers['accept-language']));
    const problem = toProblem(
      new AppError('not_found'),
      t,
      request.url.split('?')[0],
      String(request.id),
    );
    return sendProblem(reply, 404, problem);
  });
}

/** The headers every response carries, an error raised before any hook ran included. */
export function setStandardHeaders(request: FastifyRequest, reply: FastifyReply) {
  reply.header('x-request-id', request.id);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'same-origin');
  reply.header('x-frame-options', 'DENY');
  reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  // Over TLS (directly, or as a trusted proxy reports it) browsers keep to https from then on.
  if (request.protocol === 'https') {
    reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  }
  // API answers hold one caller's data: no shared or browser cache keeps them. A route that
  // chose its own policy (a file download) keeps it.
  if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
    reply.header('cache-control', 'no-store');
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A browser's state-changing request made by a page of another origin: another site, or another
 * port of this host (same-site, so a SameSite=Lax cookie still rides along). Read from
 * Sec-Fetch-Site where the browser sends it, else from Origin; a request with neither is not a
 * browser's (curl, a script) and carries no ambient cookie of a victim.
 */
export function isCrossOriginWrite(request: FastifyRequest): boolean {
  if (safeMethods.has(request.method)) return false;
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return false;
  return origin !== `${request.protocol}://${request.host}`;
}

/**
 * What the router refuses before any route or hook runs (Fastify's `frameworkErrors`), as
 * problem+json like every other error: a path that is not valid percent-encoding is malformed
 * (400); a path segment longer than any id names nothing (404).
 */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const t = translatorFor(request);
  const appError =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new AppError('not_found')
      : error.code === 'FST_ERR_BAD_URL'
        ? new AppError('malformed_request', { params: { reason: t('validation.bad_url') } })
        : new AppError('internal', { params: { requestId: String(request.id) } });
  if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
  setStandardHeaders(request, reply);
  // The raw path is the problem here: echo none of it back.
  const problem = toProblem(appError, t, undefined, String(request.id));
  return sendProblem(reply, problem.status, problem);
}

function sendProblem(reply: FastifyReply, status: number, problem: unknown) {
  return reply.code(status).type('application/problem+json; charset=utf-8').send(problem);
}

function toAppError(
  error: FastifyError,
  t: ReturnType<typeof translator>,
  request: FastifyRequest,
): AppError {
  if (error instanceof AppError) return error;
  const busy = [...causeChain(error)].find(
    (cause): cause is ConnectionBusyError => cause instanceof ConnectionBusyError,
  );
  if (busy) return new AppError('busy', { params: { retryAfter: busy.retryAfterSeconds } });
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext === 'body' ? '#' : `#${error.validationContext}`;
    const errors: FieldError[] = (error.validation as unknown as ValidationItem[]).map((item) => {
      const issue = toZodIssue(item);
      return { pointer: pointerFor(issue.path, where), detail: describeIssue(t, issue) };
    });
    return new AppError('validation_failed', { errors });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('malformed_request', { params: { reason: error.message } });
  }
  if (error.statusCode === 400 && error instanceof SyntaxError) {
    return new AppError('malformed_request', { params: { reason: error.message } });
  }
  if (error.statusCode === 415) return new AppError('unsupported_media_type');
  if (error.statusCode === 413) return new AppError('payload_too_large');
  if (error.statusCode === 429) return new AppError('rate_limited');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('malformed_request', { params: { reason: error.message } });
  }
  return new AppError('internal', { params: { requestId: String(request.id) } });
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request (Fastify's `clientErrorHandler`):
 * headers and URL past 16 KB (431), or bytes that are not HTTP (400). Answered on the raw socket
 * as problem+json with a request id and the standard headers, like every other error, in English
 * (no header of the request can be trusted to have been read).
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex) {
  if (!socket.writable) return;
  const code = error.code === 'HPE_HEADER_OVERFLOW' ? 'headers_too_large' : 'malformed_request';
  const requestId = randomUUID();
  const appError = new AppError(code, { params: { reason: 'not HTTP' } });
  const problem = toProblem(appError, translator('en'), undefined, requestId);
  const body = JSON.stringify(problem);
  const reason = code === 'headers_too_large' ? 'Request Header Fields Too Large' : 'Bad Request';
  socket.end(
    [
      `HTTP/1.1 ${appError.status} ${reason}`,
      'content-type: application/problem+json; charset=utf-8',
      `content-length: ${Buffer.byteLength(body)}`,
      `x-request-id: ${requestId}`,
      'x-content-type-options: nosniff',
      'cache-control: no-store',
      'connection: close',
      '',
      body,
    ].join('\r\n'),
  );
}
