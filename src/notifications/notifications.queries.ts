// Every statement of in-app notifications and digest preferences (migration 0018). A person's
// reads are confined to their own rows by the caller's id here and by row-level security.
import { and, count, desc, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import {
  type DigestFrequency,
  distributor,
  notification,
  notificationPreference,
} from '../db/schema.ts';

export type NotificationRow = typeof notification.$inferSelect;

/** One copy per person; a fan-out run twice (a retried job) adds nothing the second time. */
export async function insertNotifications(tx: Tx, rows: (typeof notification.$inferInsert)[]) {
  if (rows.length === 0) return;
  await tx.insert(notification).values(rows).onConflictDoNothing();
}

function ofUser(workspaceId: string, userId: string, onlyUnread = false) {
  return and(
    eq(notification.workspaceId, workspaceId),
    eq(notification.userId, userId),
    onlyUnread ? isNull(notification.readAt) : undefined,
  );
}

export function findNotifications(
  tx: Tx,
  workspaceId: string,
  userId: string,
  options: { onlyUnread: boolean; limit: number; offset: number },
) {
  return tx
    .select()
    .from(notification)
    .where(ofUser(workspaceId, userId, options.onlyUnread))
    .orderBy(desc(notification.occurredAt), desc(notification.id))
    .limit(options.limit)
    .offset(options.offset);
}

export async function countNotifications(
  tx: Tx,
  workspaceId: string,
  userId: string,
  onlyUnread: boolean,
) {
  const [row] = await tx
    .select({ total: count() })
    .from(notification)
    .where(ofUser(workspaceId, userId, onlyUnread));
  return row?.total ?? 0;
}

/** Marks one (by id) or all of the person's unread notifications; answers how many changed. */
export async function markNotificationsRead(
  tx: Tx,
  workspaceId: string,
  userId: string,
  options: { id?: string | undefined; now: Date },
) {
  const rows = await tx
    .update(notification)
    .set({ readAt: options.now })
    .where(
      and(
        ofUser(workspaceId, userId, true),
        options.id ? eq(notification.id, options.id) : undefined,
      ),
    )
    .returning({ id: notification.id });
  return rows.length;
}

export function findNotification(tx: Tx, workspaceId: string, userId: string, id: string) {
  return tx
    .select({ id: notification.id })
    .from(notification)
    .where(and(ofUser(workspaceId, userId), eq(notification.id, id)))
    .then((rows) => rows[0]);
}

/** Unread notifications that arrived after `since`, oldest first, for a digest. */
export function findUnreadSince(
  tx: Tx,
  workspaceId: string,
  userId: string,
  since: Date | null,
  limit: number,
) {
  return tx
    .select()
    .from(notification)
    .where(
      and(
        ofUser(workspaceId, userId, true),
        since ? gt(notification.occurredAt, since) : undefined,
      ),
    )
    .orderBy(notification.occurredAt)
    .limit(limit);
}

export function findPreference(tx: Tx, workspaceId: string, userId: string) {
  return tx
    .select()
    .from(notificationPreference)
    .where(
      and(
        eq(notificationPreference.workspaceId, workspaceId),
        eq(notificationPreference.userId, userId),
      ),
    )
    .then((rows) => rows[0]);
}

export function upsertPreference(
  tx: Tx,
  row: { workspaceId: string; userId: string; digest: DigestFrequency; now: Date },
) {
  return tx
    .insert(notificationPreference)
    .values({
      workspaceId: row.workspaceId,
      userId: row.userId,
      digest: row.digest,
      // A new digest covers what arrives from now on, not the whole backlog.
      lastDigestAt: row.now,
      updatedAt: row.now,
    })
    .onConflictDoUpdate({
      target: [notificationPreference.workspaceId, notificationPreference.userId],
      set: { digest: row.digest, updatedAt: row.now },
    });
}

export function stampDigest(tx: Tx, workspaceId: string, userId: string, at: Date) {
  return tx
    .update(notificationPreference)
    .set({ lastDigestAt: at })
    .where(
      and(
        eq(notificationPreference.workspaceId, workspaceId),
        eq(notificationPreference.userId, userId),
      ),
    );
}

/**
 * The workspaces where someone wants a digest, across workspaces as the owner (the digest job);
 * `workspaceId` confines it to one (tests, an operator's rerun).
 */
export function listDigestWorkspaceIdsAsOwner(db: Db, workspaceId?: string) {
  return db
    .selectDistinct({ workspaceId: notificationPreference.workspaceId })
    .from(notificationPreference)
    .where(
      and(
        ne(notificationPreference.digest, 'off'),
        workspaceId ? eq(notificationPreference.workspaceId, workspaceId) : undefined,
      ),
    )
    .then((rows) => rows.map((row) => row.workspaceId));
}

/** The digest preferences of one workspace (a system transaction). */
export function findDigestPreferences(tx: Tx, workspaceId: string) {
  return tx
    .select()
    .from(notificationPreference)
    .where(
      and(
        eq(notificationPreference.workspaceId, workspaceId),
        ne(notificationPreference.digest, 'off'),
      ),
    );
}

/** A distributor's name, copied into its notifications (the directory is readable by all). */
export function findDistributorName(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({ name: distributor.name })
    .from(distributor)
    .where(and(eq(distributor.workspaceId, workspaceId), eq(distributor.id, distributorId)))
    .then((rows) => rows[0]?.name ?? null);
}
