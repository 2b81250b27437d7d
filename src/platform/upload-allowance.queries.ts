// The statements of upload allowances, on the owner connection (no grant for liaison_app).
import { lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { uploadAllowance } from '../db/schema.ts';

/**
 * Adds the bytes to the key's day unless that would pass the limit; the day's new total, or
 * undefined when it would have passed (nothing is added then).
 */
export function spendUploadAllowanceAsOwner(
  tx: Tx,
  entry: { key: string; day: string; bytes: number; limit: number },
) {
  return tx
    .insert(uploadAllowance)
    .values({ key: entry.key, day: entry.day, bytes: entry.bytes })
    .onConflictDoUpdate({
      target: [uploadAllowance.key, uploadAllowance.day],
      set: { bytes: sql`${uploadAllowance.bytes} + excluded.bytes` },
      setWhere: sql`${uploadAllowance.bytes} + excluded.bytes <= ${entry.limit}`,
    })
    .returning({ bytes: uploadAllowance.bytes })
    .then((rows) => rows[0]?.bytes);
}

/** Days before `day` no longer count: the hourly sweep deletes them. */
export function deleteUploadAllowancesBeforeAsOwner(db: Db, day: string) {
  return db
    .delete(uploadAllowance)
    .where(lt(uploadAllowance.day, day))
    .returning({ key: uploadAllowance.key })
    .then((rows) => rows.length);
}
