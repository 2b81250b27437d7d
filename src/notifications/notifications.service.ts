// In-app notifications: who is told of an event, a person's list and unread count, marking read,
// and the digest preference. The principal's people see every event of their workspace; a
// distributor's users only their distributor's, and never the principal's internal assessments.
import { listMembersToNotify } from '../accounts/accounts.service.ts';
import type { Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, fieldError } from '../platform/errors.ts';
import { pathOfEvent, type StoredEvent } from '../platform/events.ts';
import { type Context, inTransaction, principalRoles } from '../platform/tenancy.ts';
import {
  countNotifications,
  findDistributorName,
  findNotification,
  findNotifications,
  findPreference,
  insertNotifications,
  markNotificationsRead,
  type NotificationRow,
  upsertPreference,
} from './notifications.queries.ts';
import type {
  MarkReadInput,
  NotificationListQuery,
  NotificationPreferences,
  NotificationView,
} from './notifications.schema.ts';

type Member = Awaited<ReturnType<typeof listMembersToNotify>>[number];

/** Whether this member should be told of this event (the actor never is of their own). */
export function shouldNotify(member: Member, stored: StoredEvent): boolean {
  if (member.userId === stored.actorUserId) return false;
  if (stored.recipientUserIds && !stored.recipientUserIds.includes(member.userId)) return false;
  if (member.distributorId === null) return principalRoles.includes(member.role);
  return stored.audience === 'all' && member.distributorId === stored.distributorId;
}

/** Writes each recipient's copy of an event, inside the fan-out's system transaction. */
export async function notifyEvent(tx: Tx, stored: StoredEvent) {
  const members = await listMembersToNotify(tx, stored.workspaceId);
  const recipients = members.filter((member) => shouldNotify(member, stored));
  const distributorName = stored.distributorId
    ? await findDistributorName(tx, stored.workspaceId, stored.distributorId)
    : null;
  await insertNotifications(
    tx,
    recipients.map((member) => ({
      workspaceId: stored.workspaceId,
      userId: member.userId,
      eventId: stored.id,
      type: stored.type,
      distributorId: stored.distributorId,
      distributorName,
      data: stored.data,
      occurredAt: stored.occurredAt,
    })),
  );
  return recipients.length;
}

export function notificationView(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    // The type was one of the event types when the event was written (platform/events.ts).
    type: row.type as NotificationView['type'],
    distributor:
      row.distributorId && row.distributorName
        ? { id: row.distributorId, name: row.distributorName }
        : null,
    data: row.data,
    path: pathOfEvent(row),
    occurredAt: row.occurredAt,
    readAt: row.readAt,
  };
}

/** The signed-in person's own: an API token without a person has no notifications to read. */
function callerId(ctx: Context): string {
  if (!ctx.actor.userId) throw new AppError('forbidden');
  return ctx.actor.userId;
}

export function listNotifications(ctx: Context, query: NotificationListQuery) {
  const userId = callerId(ctx);
  const ws = ctx.actor.workspaceId;
  return inTransaction(ctx, async (tx) => {
    const rows = await findNotifications(tx, ws, userId, {
      onlyUnread: query.unread,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return {
      items: rows.map(notificationView),
      total: await countNotifications(tx, ws, userId, query.unread),
      unread: await countNotifications(tx, ws, userId, true),
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

export function countUnread(ctx: Context) {
  const userId = callerId(ctx);
  return inTransaction(ctx, async (tx) => ({
    unread: await countNotifications(tx, ctx.actor.workspaceId, userId, true),
  }));
}

/** Marks one notification, or all of them, read; answers the unread count left. */
export function markRead(ctx: Context, input: MarkReadInput) {
  const userId = callerId(ctx);
  const ws = ctx.actor.workspaceId;
  if (Boolean(input.id) === Boolean(input.all)) {
    throw fieldError(ctx.t, input.id ? '#/all' : '#/id', 'notifications.errors.oneOrAll');
  }
  return inTransaction(ctx, async (tx) => {
    if (input.id && !(await findNotification(tx, ws, userId, input.id))) {
      throw new AppError('not_found');
    }
    const now = ctx.clock.now();
    const marked = await markNotificationsRead(tx, ws, userId, { id: input.id, now });
    if (marked > 0) {
      await recordAudit(tx, ctx.actor, {
        entityType: 'notification',
        entityId: input.id ?? userId,
        action: input.all ? 'notifications.all_read' : 'notifications.read',
        after: { marked, readAt: now },
      });
    }
    return { unread: await countNotifications(tx, ws, userId, true) };
  });
}

export function getPreferences(ctx: Context): Promise<NotificationPreferences> {
  const userId = callerId(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await findPreference(tx, ctx.actor.workspaceId, userId);
    return { digest: row?.digest ?? 'off' };
  });
}

export function setPreferences(ctx: Context, input: NotificationPreferences) {
  const userId = callerId(ctx);
  return inTransaction(ctx, async (tx) => {
    const before = await findPreference(tx, ctx.actor.workspaceId, userId);
    await upsertPreference(tx, {
      workspaceId: ctx.actor.workspaceId,
      userId,
      digest: input.digest,
      now: ctx.clock.now(),
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'notification_preference',
      entityId: userId,
      action: 'notifications.preferences_changed',
      before: before ? { digest: before.digest } : null,
      after: input,
    });
    return { digest: input.digest };
  });
}
