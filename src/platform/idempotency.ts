// Idempotency-Key on creating requests (issue #15): a client that retries a POST (a timeout, a
// lost answer) sends the same key and gets the first answer back, marked `Idempotent-Replayed:
// true`, instead of creating the record again. The same key with another method, path or body is
// refused (422); while the first request still runs, a second gets 409. Keys are kept 24 hours
// per workspace and person; only answers below 400 are kept, so a refused request can be sent
// again, corrected, under its key. docs/api.md.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';
import {
  claimIdempotencyKeyAsOwner,
  deleteExpiredIdempotencyKeysAsOwner,
  findIdempotencyKeyAsOwner,
  releaseIdempotencyKeyAsOwner,
  storeIdempotentAnswerAsOwner,
} from './idempotency.queries.ts';
import type { Services } from './tenancy.ts';

const HOUR_MS = 3_600_000;
const keptHours = 24;
/** A claim without an answer this old was left by a request that never finished. */
const abandonedAfterMs = 5 * 60_000;
const header = 'idempotency-key';
const validKey = /^[\x21-\x7e]{1,200}$/;

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { workspaceId: string; caller: string; key: string } | null;
  }
}

function requestHash(request: FastifyRequest): string {
  const hash = createHash('sha256').update(`${request.method} ${request.url}\n`);
  const body = request.body;
  if (Buffer.isBuffer(body) || typeof body === 'string') hash.update(body);
  else if (body !== undefined) hash.update(JSON.stringify(body));
  // A multipart upload is read by its route, after this: its size and type stand for it.
  hash.update(
    `\n${request.headers['content-type'] ?? ''} ${request.headers['content-length'] ?? ''}`,
  );
  return hash.digest('hex');
}

export function registerIdempotency(app: FastifyInstance, services: Services) {
  app.decorateRequest('idempotency', null);
  app.addHook('preHandler', async (request, reply) => {
    const given = request.headers[header];
    if (request.method !== 'POST' || given === undefined || !request.context) return;
    const key = Array.isArray(given) ? given[0] : given;
    if (!key || !validKey.test(key)) {
      throw new AppError('validation_failed', {
        errors: [
          {
            pointer: '#header/idempotency-key',
            detail: request.context.t('validation.idempotency_key'),
          },
        ],
      });
    }
    const { actor } = request.context;
    const id = { workspaceId: actor.workspaceId, caller: actor.userId ?? actor.name, key };
    const hash = requestHash(request);
    const now = services.clock.now();
    const isFirst = await claimIdempotencyKeyAsOwner(
      services.db,
      { ...id, requestHash: hash },
      {
        now,
        staleBefore: new Date(now.getTime() - abandonedAfterMs),
        expiredBefore: new Date(now.getTime() - keptHours * HOUR_MS),
      },
    );
    if (isFirst) {
      request.idempotency = id;
      return;
    }
    const stored = await findIdempotencyKeyAsOwner(services.db, id);
    if (!stored || stored.requestHash !== hash) throw new AppError('idempotency_key_reused');
    if (stored.statusCode === null) throw new AppError('idempotency_in_progress');
    reply.header('idempotent-replayed', 'true');
    if (stored.contentType) reply.type(stored.contentType);
    return reply.code(stored.statusCode).send(stored.responseBody || null);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const id = request.idempotency;
    if (!id) return payload;
    request.idempotency = null;
    if (reply.statusCode >= 400 || !(typeof payload === 'string' || payload === null)) {
      await releaseIdempotencyKeyAsOwner(services.db, id);
      return payload;
    }
    const contentType = reply.getHeader('content-type');
    await storeIdempotentAnswerAsOwner(services.db, id, {
      statusCode: reply.statusCode,
      contentType: typeof contentType === 'string' ? contentType : null,
      responseBody: payload ?? '',
    });
    return payload;
  });
}

/** The hourly sweep: keys past their 24 hours. */
export async function deleteExpiredIdempotencyKeys(services: Pick<Services, 'db' | 'clock'>) {
  await deleteExpiredIdempotencyKeysAsOwner(
    services.db,
    new Date(services.clock.now().getTime() - keptHours * HOUR_MS),
  );
}
