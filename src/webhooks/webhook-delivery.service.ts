// Deliveries: an event becomes one delivery per subscribed webhook (its body built once, in the
// webhook's format, and kept for redelivery), each sent by a job on the durable schedule. A
// failed attempt (no answer, or a status other than 2xx) is logged and thrown back to the job
// runner, which retries with exponential backoff (platform/jobs.ts retryDelaySeconds: 30 s,
// doubling, at most an hour apart) until MAX_ATTEMPTS. Signed in the Standard Webhooks format.
import { Webhook } from 'standardwebhooks';
import type { Tx } from '../db/client.ts';
import { eventTranslator } from '../platform/event-text.ts';
import type { StoredEvent } from '../platform/events.ts';
import { type JobContext, type QueuedJob, queueJob } from '../platform/jobs.ts';
import { inSystemTransaction } from '../platform/tenancy.ts';
import { RefusedAddressError } from './webhook-address.ts';
import { postWebhook, type WebhookResponse } from './webhook-http.ts';
import { bodyFor } from './webhook-payloads.ts';
import {
  type DeliveryRow,
  findDeliveryById,
  findDistributorName,
  findSubscribedWebhooks,
  findWebhookForDelivery,
  findWorkspaceLanguage,
  insertDelivery,
  recordAttempt,
  setDeliveryStatus,
} from './webhooks.queries.ts';

export const WEBHOOK_DELIVERY_JOB = 'webhook delivery';
/** 12 attempts over about 4 h 40 min: 30 s, 1, 2, 4, 8, 16, 32 min, then hourly. */
export const MAX_ATTEMPTS = 12;
const TIMEOUT_MS = 10_000;
const EXCERPT_CHARACTERS = 1000;

/** Queues the job that sends (or sends again) a delivery, in the caller's transaction. */
export function queueDelivery(tx: Tx, workspaceId: string, deliveryId: string, now: Date) {
  return queueJob(tx, workspaceId, {
    name: WEBHOOK_DELIVERY_JOB,
    payload: { deliveryId },
    runAt: now,
    now,
    // A redelivery asked while the delivery is still queued does not send it twice.
    dedupeKey: deliveryId,
    maxAttempts: MAX_ATTEMPTS,
  });
}

/** One delivery per active webhook subscribed to the event, inside the fan-out's transaction. */
export async function queueEventDeliveries(
  tx: Tx,
  stored: StoredEvent,
  context: { publicUrl: string; now: Date },
) {
  const hooks = await findSubscribedWebhooks(tx, stored.workspaceId, stored.type);
  if (hooks.length === 0) return 0;
  const distributorName = stored.distributorId
    ? await findDistributorName(tx, stored.workspaceId, stored.distributorId)
    : null;
  const t = eventTranslator(await findWorkspaceLanguage(tx, stored.workspaceId));
  let queued = 0;
  for (const hook of hooks) {
    const delivery = await insertDelivery(tx, {
      workspaceId: stored.workspaceId,
      webhookId: hook.id,
      eventId: stored.id,
      eventType: stored.type,
      payload: bodyFor(hook.format, { ...stored, distributorName }, { ...context, t }),
      status: 'pending',
      createdAt: context.now,
    });
    if (!delivery) continue; // this event reached this webhook already (a retried fan-out)
    await queueDelivery(tx, stored.workspaceId, delivery.id, context.now);
    queued++;
  }
  return queued;
}

/**
 * The Standard Webhooks headers for one attempt: the id stays, timestamp and signature renew.
 * Each secret signs (the current one, and the previous one for a day after a rotation), the
 * signatures separated by a space as the standard allows.
 */
export function signedHeaders(
  secrets: readonly string[],
  delivery: Pick<DeliveryRow, 'id'>,
  body: string,
  at: Date,
) {
  const id = `msg_${delivery.id}`;
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(id, at, body)).join(' '),
  };
}

/** The secrets a message is signed with at `at`: the current one, and the previous one for now. */
export function signingSecrets(
  hook: { secret: string; previousSecret: string | null; previousSecretUntil: Date | null },
  at: Date,
) {
  const isPreviousValid =
    hook.previousSecret !== null &&
    hook.previousSecretUntil !== null &&
    hook.previousSecretUntil > at;
  return isPreviousValid && hook.previousSecret
    ? [hook.secret, hook.previousSecret]
    : [hook.secret];
}

function parsePayload(payload: unknown): string {
  const deliveryId =
    payload && typeof payload === 'object' && 'deliveryId' in payload ? payload.deliveryId : null;
  if (typeof deliveryId !== 'string') throw new Error('webhook delivery job without a delivery id');
  return deliveryId;
}

/** The job: one attempt at one delivery. Throws when it failed and may be retried. */
export async function deliverWebhook(ctx: JobContext, job: QueuedJob) {
  const workspaceId = job.workspaceId;
  if (!workspaceId) throw new Error('webhook delivery job without a workspace');
  const deliveryId = parsePayload(job.payload);
  const loaded = await inSystemTransaction(ctx.database, workspaceId, async (tx) => {
    const delivery = await findDeliveryById(tx, workspaceId, deliveryId);
    const hook = delivery && (await findWebhookForDelivery(tx, workspaceId, delivery.webhookId));
    return delivery && hook ? { delivery, hook } : undefined;
  });
  if (!loaded) return;
  // A webhook deleted or paused since: nothing is sent or retried; it may be redelivered later.
  if (loaded.hook.deletedAt || !loaded.hook.isActive) {
    await inSystemTransaction(ctx.database, workspaceId, (tx) =>
      setDeliveryStatus(tx, workspaceId, deliveryId, 'failed'),
    );
    return;
  }
  const { delivery, hook } = loaded;
  const body = JSON.stringify(delivery.payload);
  const attemptedAt = ctx.clock.now();
  let response: WebhookResponse | undefined;
  let failure: string | null = null;
  let isRefused = false;
  try {
    response = await postWebhook({
      url: hook.url,
      body,
      headers: signedHeaders(signingSecrets(hook, attemptedAt), delivery, body, attemptedAt),
      allowedNetworks: ctx.config.webhookAllowedNetworks,
      timeoutMs: TIMEOUT_MS,
    });
  } catch (error) {
    isRefused = error instanceof RefusedAddressError;
    failure = error instanceof Error ? error.message : String(error);
  }
  const isSuccess =
    response !== undefined && response.statusCode >= 200 && response.statusCode < 300;
  // An address refused now (the name resolves somewhere private) is not retried.
  const isFinal = isSuccess || isRefused || job.attempt >= MAX_ATTEMPTS;
  await inSystemTransaction(ctx.database, workspaceId, (tx) =>
    recordAttempt(tx, {
      workspaceId,
      deliveryId: delivery.id,
      attemptedAt,
      statusCode: response?.statusCode ?? null,
      durationMs: response?.durationMs ?? 0,
      responseExcerpt: response ? response.excerpt.slice(0, EXCERPT_CHARACTERS) : null,
      error: failure?.slice(0, EXCERPT_CHARACTERS) ?? null,
      status: isSuccess ? 'succeeded' : isFinal ? 'failed' : 'pending',
    }),
  );
  if (!isFinal) {
    throw new Error(
      `webhook ${hook.id} delivery ${delivery.id}: ${failure ?? `answered ${response?.statusCode}`}`,
    );
  }
}
