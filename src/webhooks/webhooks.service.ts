// Outgoing webhooks, managed by the principal's admins: create (the secret is shown once), change,
// delete, the delivery log, redelivery and a test ping. A URL must be http(s) and reach only
// public addresses, unless the operator allows a private network (webhook-address.ts).
import { randomBytes } from 'node:crypto';
import type { Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, fieldError } from '../platform/errors.ts';
import { eventTranslator } from '../platform/event-text.ts';
import { type Context, inTransaction, requireRole } from '../platform/tenancy.ts';
import { checkWebhookUrl } from './webhook-address.ts';
import { queueDelivery } from './webhook-delivery.service.ts';
import { chatBody } from './webhook-payloads.ts';
import {
  type DeliveryRow,
  findAttempts,
  findDeliveries,
  findDelivery,
  findWebhook,
  findWebhooks,
  findWorkspaceLanguage,
  insertDelivery,
  insertWebhook,
  setDeliveryStatus,
  updateWebhook,
  type WebhookRow,
} from './webhooks.queries.ts';
import type {
  DeliveryListQuery,
  DeliveryView,
  WebhookInput,
  WebhookPatch,
  WebhookView,
} from './webhooks.schema.ts';

const admins = ['principal_admin'] as const;

function webhookView(row: WebhookRow): WebhookView {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    format: row.format,
    // Only validated event types are ever stored (WebhookInput, WebhookPatch).
    eventTypes: row.eventTypes as WebhookView['eventTypes'],
    isActive: row.isActive,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A webhook without its secrets, for the audit log: the log is read by every admin. */
function auditable(row: WebhookRow) {
  const { secret: _secret, previousSecret: _previous, ...rest } = row;
  return rest;
}

/** Refuses a URL that is not http(s) or reaches a refused address: 422 at `#/url`. */
async function checkUrl(ctx: Context, url: string) {
  let check: Awaited<ReturnType<typeof checkWebhookUrl>>;
  try {
    check = await checkWebhookUrl(url, ctx.config.webhookAllowedNetworks);
  } catch {
    throw fieldError(ctx.t, '#/url', 'webhooks.errors.url_invalid');
  }
  if (check.ok) return;
  if (check.reason === 'address') {
    throw fieldError(ctx.t, '#/url', 'webhooks.errors.url_private', {
      address: check.refusal.address,
      range: check.refusal.range,
    });
  }
  throw fieldError(ctx.t, '#/url', `webhooks.errors.url_${check.reason}`);
}

export function newSecret() {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

export function listWebhooks(ctx: Context) {
  requireRole(ctx.actor, admins);
  return inTransaction(ctx, async (tx) => ({
    items: (await findWebhooks(tx, ctx.actor.workspaceId)).map(webhookView),
  }));
}

export async function createWebhook(ctx: Context, input: WebhookInput) {
  requireRole(ctx.actor, admins);
  await checkUrl(ctx, input.url);
  return inTransaction(ctx, async (tx) => {
    const now = ctx.clock.now();
    const row = await insertWebhook(tx, {
      workspaceId: ctx.actor.workspaceId,
      url: input.url,
      description: input.description,
      format: input.format,
      eventTypes: [...new Set(input.eventTypes)],
      secret: newSecret(),
      isActive: input.isActive,
      createdBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    if (!row) throw new Error('webhook insert returned no row');
    await recordAudit(tx, ctx.actor, {
      entityType: 'webhook',
      entityId: row.id,
      action: 'webhook.created',
      after: auditable(row),
    });
    return { ...webhookView(row), secret: row.secret };
  });
}

async function visibleWebhook(ctx: Context, tx: Tx, id: string) {
  const row = await findWebhook(tx, ctx.actor.workspaceId, id);
  if (!row) throw new AppError('not_found');
  return row;
}

export function getWebhook(ctx: Context, id: string) {
  requireRole(ctx.actor, admins);
  return inTransaction(ctx, async (tx) => webhookView(await visibleWebhook(ctx, tx, id)));
}

export async function changeWebhook(ctx: Context, id: string, patch: WebhookPatch) {
  requireRole(ctx.actor, admins);
  if (patch.url !== undefined) await checkUrl(ctx, patch.url);
  return inTransaction(ctx, async (tx) => {
    const before = await visibleWebhook(ctx, tx, id);
    const after = await updateWebhook(tx, ctx.actor.workspaceId, id, {
      ...patch,
      ...(patch.eventTypes ? { eventTypes: [...new Set(patch.eventTypes)] } : {}),
      updatedAt: ctx.clock.now(),
    });
    if (!after) throw new AppError('not_found');
    await recordAudit(tx, ctx.actor, {
      entityType: 'webhook',
      entityId: id,
      action: 'webhook.changed',
      before: auditable(before),
      after: auditable(after),
    });
    return webhookView(after);
  });
}

/** How long the previous secret keeps signing after a rotation. */
const ROTATION_GRACE_HOURS = 24;

/**
 * A new signing secret, shown this once. For a day the old one signs every message too, so the
 * receiver can switch without losing one; a second rotation within that day drops the oldest.
 */
export function rotateWebhookSecret(ctx: Context, id: string) {
  requireRole(ctx.actor, admins);
  return inTransaction(ctx, async (tx) => {
    const before = await visibleWebhook(ctx, tx, id);
    const now = ctx.clock.now();
    const until = new Date(now.getTime() + ROTATION_GRACE_HOURS * 3_600_000);
    const after = await updateWebhook(tx, ctx.actor.workspaceId, id, {
      secret: newSecret(),
      previousSecret: before.secret,
      previousSecretUntil: until,
      updatedAt: now,
    });
    if (!after) throw new AppError('not_found');
    await recordAudit(tx, ctx.actor, {
      entityType: 'webhook',
      entityId: id,
      action: 'webhook.secret_rotated',
      after: { previousSecretUntil: until },
    });
    return { ...webhookView(after), secret: after.secret, previousSecretUntil: until };
  });
}

/** Deletes a webhook: nothing more is sent to it; its delivery log is kept for the record. */
export function deleteWebhook(ctx: Context, id: string) {
  requireRole(ctx.actor, admins);
  return inTransaction(ctx, async (tx) => {
    const before = await visibleWebhook(ctx, tx, id);
    const now = ctx.clock.now();
    await updateWebhook(tx, ctx.actor.workspaceId, id, { deletedAt: now, updatedAt: now });
    await recordAudit(tx, ctx.actor, {
      entityType: 'webhook',
      entityId: id,
      action: 'webhook.deleted',
      before: auditable(before),
    });
  });
}

async function deliveryViews(tx: Tx, workspaceId: string, rows: DeliveryRow[]) {
  const attempts = await findAttempts(
    tx,
    workspaceId,
    rows.map((row) => row.id),
  );
  return rows.map(
    (row): DeliveryView => ({
      id: row.id,
      eventType: row.eventType,
      eventId: row.eventId,
      status: row.status,
      attempts: attempts
        .filter((attempt) => attempt.deliveryId === row.id)
        .map((attempt) => ({
          attempt: attempt.attempt,
          attemptedAt: attempt.attemptedAt,
          statusCode: attempt.statusCode,
          durationMs: attempt.durationMs,
          responseExcerpt: attempt.responseExcerpt,
          error: attempt.error,
        })),
      createdAt: row.createdAt,
      lastAttemptAt: row.lastAttemptAt,
    }),
  );
}

export function listDeliveries(ctx: Context, webhookId: string, query: DeliveryListQuery) {
  requireRole(ctx.actor, admins);
  return inTransaction(ctx, async (tx) => {
    await visibleWebhook(ctx, tx, webhookId);
    const [rows, total] = await findDeliveries(tx, ctx.actor.workspaceId, webhookId, {
      status: query.status,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return {
      items: await deliveryViews(tx, ctx.actor.workspaceId, rows),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

/** Sends a delivery again, with its original body and id (receivers drop what they have seen). */
export function redeliver(ctx: Context, webhookId: string, deliveryId: string) {
  requireRole(ctx.actor, admins);
  return inTransaction(ctx, async (tx) => {
    await visibleWebhook(ctx, tx, webhookId);
    const delivery = await findDelivery(tx, ctx.actor.workspaceId, webhookId, deliveryId);
    if (!delivery) throw new AppError('not_found');
    await setDeliveryStatus(tx, ctx.actor.workspaceId, deliveryId, 'pending');
    await queueDelivery(tx, ctx.actor.workspaceId, deliveryId, ctx.clock.now());
    await recordAudit(tx, ctx.actor, {
      entityType: 'webhook',
      entityId: webhookId,
      action: 'webhook.redelivered',
      after: { deliveryId, eventType: delivery.eventType },
    });
    const views = await deliveryViews(tx, ctx.actor.workspaceId, [
      { ...delivery, status: 'pending' },
    ]);
    return views[0] ?? Promise.reject(new Error('no view of the delivery'));
  });
}

/** A test message to the webhook, logged like any delivery. */
export function pingWebhook(ctx: Context, webhookId: string) {
  requireRole(ctx.actor, admins);
  return inTransaction(ctx, async (tx) => {
    const hook = await visibleWebhook(ctx, tx, webhookId);
    const now = ctx.clock.now();
    const payload =
      hook.format === 'standard'
        ? { type: 'webhook.ping', timestamp: now.toISOString(), data: { webhookId } }
        : chatBody(
            hook.format,
            eventTranslator(await findWorkspaceLanguage(tx, ctx.actor.workspaceId))('ping'),
            null,
          );
    const delivery = await insertDelivery(tx, {
      workspaceId: ctx.actor.workspaceId,
      webhookId,
      eventId: null,
      eventType: 'webhook.ping',
      payload,
      status: 'pending',
      createdAt: now,
    });
    if (!delivery) throw new Error('delivery insert returned no row');
    await queueDelivery(tx, ctx.actor.workspaceId, delivery.id, now);
    await recordAudit(tx, ctx.actor, {
      entityType: 'webhook',
      entityId: webhookId,
      action: 'webhook.pinged',
      after: { deliveryId: delivery.id },
    });
    const views = await deliveryViews(tx, ctx.actor.workspaceId, [delivery]);
    return views[0] ?? Promise.reject(new Error('no view of the delivery'));
  });
}
