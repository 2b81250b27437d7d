// Every statement of outgoing webhooks, their deliveries and the attempts of each (migration 0018).
import { and, arrayContains, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { distributor, webhook, webhookAttempt, webhookDelivery, workspace } from '../db/schema.ts';

export type WebhookRow = typeof webhook.$inferSelect;
export type DeliveryRow = typeof webhookDelivery.$inferSelect;

export function insertWebhook(tx: Tx, row: typeof webhook.$inferInsert) {
  return tx
    .insert(webhook)
    .values(row)
    .returning()
    .then((rows) => rows[0]);
}

export function findWebhooks(tx: Tx, workspaceId: string) {
  return tx
    .select()
    .from(webhook)
    .where(and(eq(webhook.workspaceId, workspaceId), isNull(webhook.deletedAt)))
    .orderBy(webhook.createdAt);
}

export function findWebhook(tx: Tx, workspaceId: string, id: string) {
  return tx
    .select()
    .from(webhook)
    .where(and(eq(webhook.workspaceId, workspaceId), eq(webhook.id, id), isNull(webhook.deletedAt)))
    .then((rows) => rows[0]);
}

/** A webhook as its deliveries need it, deleted or not (a delivery of a deleted one is dropped). */
export function findWebhookForDelivery(tx: Tx, workspaceId: string, id: string) {
  return tx
    .select()
    .from(webhook)
    .where(and(eq(webhook.workspaceId, workspaceId), eq(webhook.id, id)))
    .then((rows) => rows[0]);
}

export function updateWebhook(
  tx: Tx,
  workspaceId: string,
  id: string,
  values: Partial<typeof webhook.$inferInsert>,
) {
  return tx
    .update(webhook)
    .set(values)
    .where(and(eq(webhook.workspaceId, workspaceId), eq(webhook.id, id)))
    .returning()
    .then((rows) => rows[0]);
}

/** Active webhooks subscribed to an event type. */
export function findSubscribedWebhooks(tx: Tx, workspaceId: string, eventType: string) {
  return tx
    .select()
    .from(webhook)
    .where(
      and(
        eq(webhook.workspaceId, workspaceId),
        isNull(webhook.deletedAt),
        eq(webhook.isActive, true),
        arrayContains(webhook.eventTypes, [eventType]),
      ),
    );
}

/** A delivery per webhook and event; the same event fanned out again adds none. */
export function insertDelivery(tx: Tx, row: typeof webhookDelivery.$inferInsert) {
  return tx
    .insert(webhookDelivery)
    .values(row)
    .onConflictDoNothing()
    .returning()
    .then((rows) => rows[0]);
}

export function findDelivery(tx: Tx, workspaceId: string, webhookId: string, id: string) {
  return tx
    .select()
    .from(webhookDelivery)
    .where(
      and(
        eq(webhookDelivery.workspaceId, workspaceId),
        eq(webhookDelivery.webhookId, webhookId),
        eq(webhookDelivery.id, id),
      ),
    )
    .then((rows) => rows[0]);
}

export function findDeliveryById(tx: Tx, workspaceId: string, id: string) {
  return tx
    .select()
    .from(webhookDelivery)
    .where(and(eq(webhookDelivery.workspaceId, workspaceId), eq(webhookDelivery.id, id)))
    .then((rows) => rows[0]);
}

export function findDeliveries(
  tx: Tx,
  workspaceId: string,
  webhookId: string,
  options: { status?: DeliveryRow['status'] | undefined; limit: number; offset: number },
) {
  const where = and(
    eq(webhookDelivery.workspaceId, workspaceId),
    eq(webhookDelivery.webhookId, webhookId),
    options.status ? eq(webhookDelivery.status, options.status) : undefined,
  );
  return Promise.all([
    tx
      .select()
      .from(webhookDelivery)
      .where(where)
      .orderBy(desc(webhookDelivery.createdAt), desc(webhookDelivery.id))
      .limit(options.limit)
      .offset(options.offset),
    tx
      .select({ total: count() })
      .from(webhookDelivery)
      .where(where)
      .then((rows) => rows[0]?.total ?? 0),
  ]);
}

export function findAttempts(tx: Tx, workspaceId: string, deliveryIds: string[]) {
  if (deliveryIds.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(webhookAttempt)
    .where(
      and(
        eq(webhookAttempt.workspaceId, workspaceId),
        inArray(webhookAttempt.deliveryId, deliveryIds),
      ),
    )
    .orderBy(webhookAttempt.attempt);
}

/** Logs one attempt and counts it on its delivery, with the outcome so far. */
export async function recordAttempt(
  tx: Tx,
  row: Omit<typeof webhookAttempt.$inferInsert, 'attempt'> & {
    status: DeliveryRow['status'];
  },
) {
  const { status, ...attempt } = row;
  const [delivery] = await tx
    .update(webhookDelivery)
    .set({
      status,
      attempts: sql`${webhookDelivery.attempts} + 1`,
      lastAttemptAt: attempt.attemptedAt,
    })
    .where(
      and(
        eq(webhookDelivery.workspaceId, attempt.workspaceId),
        eq(webhookDelivery.id, attempt.deliveryId),
      ),
    )
    .returning({ attempts: webhookDelivery.attempts });
  await tx.insert(webhookAttempt).values({ ...attempt, attempt: delivery?.attempts ?? 1 });
}

export function setDeliveryStatus(
  tx: Tx,
  workspaceId: string,
  id: string,
  status: DeliveryRow['status'],
) {
  return tx
    .update(webhookDelivery)
    .set({ status })
    .where(and(eq(webhookDelivery.workspaceId, workspaceId), eq(webhookDelivery.id, id)));
}

/** A distributor's name for the payload (the directory is readable by all). */
export function findDistributorName(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({ name: distributor.name })
    .from(distributor)
    .where(and(eq(distributor.workspaceId, workspaceId), eq(distributor.id, distributorId)))
    .then((rows) => rows[0]?.name ?? null);
}

/** The workspace's language: chat messages to the principal's channels are written in it. */
export function findWorkspaceLanguage(tx: Tx, workspaceId: string) {
  return tx
    .select({ locale: workspace.defaultLocale })
    .from(workspace)
    .where(eq(workspace.id, workspaceId))
    .then((rows) => rows[0]?.locale ?? 'en');
}
