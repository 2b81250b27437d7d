// The HTTP edge: the request context and errors as RFC 9457 problem+json. The authentication
// hook that fills the context is accounts/authentication.ts.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { AppError, type FieldError, toProblem } from './errors.ts';
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

export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const t = translator(
      request.context?.actor.locale ?? localeFromHeader(request.headers['accept-language']),
    );
    const appError = toAppError(error, t, request);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
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

function sendProblem(reply: FastifyReply, status: number, problem: unknown) {
  return reply.code(status).type('application/problem+json; charset=utf-8').send(problem);
}

function toAppError(
  error: FastifyError,
  t: ReturnType<typeof translator>,
  request: FastifyRequest,
): AppError {
  if (error instanceof AppError) return error;
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
