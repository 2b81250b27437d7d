// What happened in a workspace, written once in the transaction of the change that caused it, and
// fanned out afterwards (in-app notifications, outgoing webhooks) by a job on the durable schedule:
// the event and its fan-out job exist exactly when the change commits, and a crash between the two
// cannot lose one. There is no in-memory bus: every process sees the same queue.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { event } from '../db/schema.ts';
import { queueJob } from './jobs.ts';

export { type EventType, eventTypes } from './event-types.ts';

import type { EventType } from './event-types.ts';

/**
 * The principal's internal assessments: a distributor's users are never told of them, neither in
 * the app nor by the distributor-facing parts of Liaison.
 */
export const principalOnlyEventTypes: ReadonlySet<EventType> = new Set(['health.changed']);

/** The job that fans an event out; its handler is registered with the server (src/server.ts). */
export const EVENT_FAN_OUT_JOB = 'event fan-out';

export type EventInput = {
  type: EventType;
  distributorId?: string | null;
  /** The thing the event is about: the charter version, the report, the thread. */
  subjectId?: string | null;
  /** Who caused it, so they are not notified of their own action; null for Liaison itself. */
  actorUserId?: string | null;
  /** Facts a reader needs without looking anything up: ids, period, states, names. JSON only. */
  data: Record<string, unknown>;
  occurredAt: Date;
  /** Only these people are told in the app (a reminder to those who have not answered). */
  recipientUserIds?: string[];
};

export type StoredEvent = typeof event.$inferSelect;

/**
 * Writes the event in the caller's transaction (tenant or system) and queues its fan-out. Returns
 * the event's id. The id is made here: a distributor's user may write an event but not read it.
 */
export async function publishEvent(
  tx: Tx,
  workspaceId: string,
  input: EventInput,
): Promise<string> {
  const id = randomUUID();
  await tx.insert(event).values({
    workspaceId,
    id,
    type: input.type,
    distributorId: input.distributorId ?? null,
    subjectId: input.subjectId ?? null,
    actorUserId: input.actorUserId ?? null,
    audience: principalOnlyEventTypes.has(input.type) ? 'principal' : 'all',
    // Dates become ISO strings: the data is stored, sent and shown as plain JSON.
    data: JSON.parse(JSON.stringify(input.data)),
    occurredAt: input.occurredAt,
    recipientUserIds: input.recipientUserIds ?? null,
  });
  await queueJob(tx, workspaceId, {
    name: EVENT_FAN_OUT_JOB,
    payload: { eventId: id },
    runAt: input.occurredAt,
    now: input.occurredAt,
    maxAttempts: 8,
  });
  return id;
}

/** One event, for its fan-out (a system transaction in the event's workspace). */
export function findEvent(tx: Tx, workspaceId: string, id: string) {
  return tx
    .select()
    .from(event)
    .where(and(eq(event.workspaceId, workspaceId), eq(event.id, id)))
    .then((rows) => rows[0]);
}

// Where the app shows what an event is about: the same path in the bell, the digest and the chat
// messages of webhooks.

export type EventFacts = {
  type: string;
  distributorId: string | null;
  data: Record<string, unknown>;
};

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The app path for an event, or null when it concerns no page (no distributor). */
export function pathOfEvent(facts: EventFacts): string | null {
  if (!facts.distributorId) return null;
  const base = `/distributors/${facts.distributorId}`;
  const period = text(facts.data.period);
  const threadId = text(facts.data.threadId);
  const concernId = text(facts.data.concernId);
  const meetingId = text(facts.data.meetingId);
  switch (facts.type) {
    case 'charter.signed':
    case 'charter.amendment_proposed':
    case 'charter.amendment_drafted':
    case 'charter.amendment_declined':
      return `${base}/charter`;
    case 'report.submitted':
    case 'report.entered_on_behalf':
    case 'report.confirmed':
    case 'report.late':
      return period ? `${base}/reports/${period}` : `${base}/reports`;
    case 'message.received':
      return threadId ? `${base}/communication/${threadId}` : base;
    case 'concern.sent':
      return concernId ? `${base}/concerns/${concernId}` : base;
    case 'meeting.cancelled':
    case 'meeting.time_proposed':
    case 'meeting.time_declined':
    case 'meeting.rescheduled':
      return meetingId ? `${base}/meetings/${meetingId}` : `${base}/meetings`;
    case 'feedback.round_opened':
    case 'feedback.reminder':
      return `${base}/feedback`;
    case 'plan.change_proposed':
    case 'plan.change_agreed':
    case 'plan.change_declined':
    case 'plan.confirmed':
      return `${base}/plan`;
    case 'playbook.item_ticked':
    case 'playbook.items_unticked':
      return `${base}/playbook`;
    default:
      return base;
  }
}
