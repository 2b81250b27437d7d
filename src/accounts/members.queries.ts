import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import type { Role } from '../db/schema.ts';

type Row = {
  user_id: string;
  name: string;
  email: string;
  locale: string;
  role: Role;
  distributor_id: string | null;
};

/**
 * Enabled members among these user ids that a thread of the caller may name: the principal's, and
 * the caller's distributor's. Through liaison_thread_members() (migration 0013), because a
 * distributor's user may not read the principal's memberships.
 */
export async function findMembersByIds(tx: Tx, workspaceId: string, userIds: string[]) {
  // Both drivers answer execute() with an object holding `rows`.
  const result = (await tx.execute(
    sql`SELECT * FROM liaison_thread_members(${workspaceId}::uuid, ${sql.param(userIds)}::uuid[])`,
  )) as unknown as { rows: Row[] };
  return result.rows.map((row) => ({
    userId: row.user_id,
    name: row.name,
    email: row.email,
    locale: row.locale,
    role: row.role,
    distributorId: row.distributor_id,
  }));
}
