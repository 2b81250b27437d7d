// The statements of idempotency keys, on the owner connection (no grant for liaison_app).
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { idempotencyKey } from '../db/schema.ts';

type KeyOf = { workspaceId: string; caller: string; key: string };
const matches = (id: KeyOf) =>
  and(
    eq(idempotencyKey.workspaceId, id.workspaceId),
    eq(idempotencyKey.caller, id.caller),
    eq(idempotencyKey.key, id.key),
  );

/**
 * Claims the key for a request, unless a claim of it stands: true when this request is the
 * first. A claim older than `staleBefore` (expired, or left by a request that never finished) is
 * replaced.
 */
export async function claimIdempotencyKeyAsOwner(
  db: Db,
  id: KeyOf & { requestHash: string },
  at: { now: Date; staleBefore: Date; expiredBefore: Date },
): Promise<boolean> {
  const rows = await db
    .insert(idempotencyKey)
    .values({ ...id, createdAt: at.now })
    .onConflictDoUpdate({
      target: [idempotencyKey.workspaceId, idempotencyKey.caller, idempotencyKey.key],
      set: {
        requestHash: id.requestHash,
        statusCode: null,
        contentType: null,
        responseBody: null,
        createdAt: at.now,
      },
      setWhere: sql`${idempotencyKey.createdAt} < ${at.expiredBefore}
        or (${idempotencyKey.statusCode} is null and ${idempotencyKey.createdAt} < ${at.staleBefore})`,
    })
    .returning({ key: idempotencyKey.key });
  return rows.length > 0;
}

export async function findIdempotencyKeyAsOwner(db: Db, id: KeyOf) {
  const rows = await db.select().from(idempotencyKey).where(matches(id));
  return rows[0];
}

export function storeIdempotentAnswerAsOwner(
  db: Db,
  id: KeyOf,
  answer: { statusCode: number; contentType: string | null; responseBody: string },
) {
  return db.update(idempotencyKey).set(answer).where(matches(id));
}

/** A request that failed frees its key: the client may try again with it. */
export function releaseIdempotencyKeyAsOwner(db: Db, id: KeyOf) {
  return db.delete(idempotencyKey).where(matches(id));
}

export function deleteExpiredIdempotencyKeysAsOwner(db: Db, expiredBefore: Date) {
  return db.delete(idempotencyKey).where(lt(idempotencyKey.createdAt, expiredBefore));
}
