import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { appUser, membership } from '../db/schema.ts';

/** Enabled members of the workspace among these user ids (row-level security applies). */
export function findMembersByIds(tx: Tx, workspaceId: string, userIds: string[]) {
  return tx
    .select({
      userId: appUser.id,
      name: appUser.name,
      email: appUser.email,
      locale: appUser.locale,
      role: membership.role,
      distributorId: membership.distributorId,
    })
    .from(membership)
    .innerJoin(appUser, eq(appUser.id, membership.userId))
    .where(
      and(
        eq(membership.workspaceId, workspaceId),
        inArray(membership.userId, userIds),
        isNull(appUser.disabledAt),
      ),
    );
}
