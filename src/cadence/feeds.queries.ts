// Every SQL statement about private calendar feeds (calendar_feed).
import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { calendarFeed } from '../db/schema.ts';

/** Revokes the user's live feeds at `now` and returns their ids. */
export function revokeCalendarFeeds(tx: Tx, workspaceId: string, userId: string, now: Date) {
  return tx
    .update(calendarFeed)
    .set({ revokedAt: now })
    .where(
      and(
        eq(calendarFeed.workspaceId, workspaceId),
        eq(calendarFeed.userId, userId),
        isNull(calendarFeed.revokedAt),
      ),
    )
    .returning({ id: calendarFeed.id });
}

export function insertCalendarFeed(tx: Tx, values: typeof calendarFeed.$inferInsert) {
  return tx
    .insert(calendarFeed)
    .values(values)
    .returning({ id: calendarFeed.id, createdAt: calendarFeed.createdAt })
    .then((rows) => rows[0]);
}

/**
 * The live feed behind a token's hash, before any workspace is known: the token itself says
 * whose it is, so this one lookup crosses workspaces.
 */
export function findCalendarFeedByTokenAsOwner(db: Db, tokenHash: string) {
  return db
    .select({ workspaceId: calendarFeed.workspaceId, userId: calendarFeed.userId })
    .from(calendarFeed)
    .where(and(eq(calendarFeed.tokenHash, tokenHash), isNull(calendarFeed.revokedAt)))
    .then((rows) => rows[0]);
}

/** The user's live feed, if any. */
export function findLiveCalendarFeed(tx: Tx, workspaceId: string, userId: string) {
  return tx
    .select({ id: calendarFeed.id, createdAt: calendarFeed.createdAt })
    .from(calendarFeed)
    .where(
      and(
        eq(calendarFeed.workspaceId, workspaceId),
        eq(calendarFeed.userId, userId),
        isNull(calendarFeed.revokedAt),
      ),
    )
    .then((rows) => rows[0]);
}
