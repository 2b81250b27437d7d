// The job behind every event (platform/events.ts): in one system transaction of the event's
// workspace it writes the notifications of the people who should see it and queues a delivery to
// each webhook subscribed to it. Both are idempotent, so a retried job adds nothing twice.
import { findEvent } from '../platform/events.ts';
import type { JobContext, QueuedJob } from '../platform/jobs.ts';
import { inSystemTransaction } from '../platform/tenancy.ts';
import { queueEventDeliveries } from '../webhooks/webhook-delivery.service.ts';
import { notifyEvent } from './notifications.service.ts';

export async function fanOutEvent(ctx: JobContext, job: QueuedJob) {
  const workspaceId = job.workspaceId;
  const payload = job.payload;
  const eventId =
    payload && typeof payload === 'object' && 'eventId' in payload ? payload.eventId : null;
  if (!workspaceId || typeof eventId !== 'string') throw new Error('fan-out job without an event');
  return inSystemTransaction(ctx.database, workspaceId, async (tx) => {
    const stored = await findEvent(tx, workspaceId, eventId);
    if (!stored) throw new Error(`event ${eventId} not found`);
    const notified = await notifyEvent(tx, stored);
    const deliveries = await queueEventDeliveries(tx, stored, {
      publicUrl: ctx.config.publicUrl,
      now: ctx.clock.now(),
    });
    return { notified, deliveries };
  });
}
