import { and, count, desc, eq, gte, isNotNull, lt } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { communicationInteraction, type InteractionChannel } from '../db/schema.ts';

export type InteractionRow = typeof communicationInteraction.$inferSelect;

export async function findInteractionPage(
  tx: Tx,
  workspaceId: string,
  filter: {
    distributorId: string;
    channel?: InteractionChannel | undefined;
    from?: Date | undefined;
    to?: Date | undefined;
    limit: number;
    offset: number;
  },
) {
  const where = and(
    eq(communicationInteraction.workspaceId, workspaceId),
    eq(communicationInteraction.distributorId, filter.distributorId),
    filter.channel ? eq(communicationInteraction.channel, filter.channel) : undefined,
    filter.from ? gte(communicationInteraction.occurredAt, filter.from) : undefined,
    filter.to ? lt(communicationInteraction.occurredAt, filter.to) : undefined,
  );
  const rows = await tx
    .select()
    .from(communicationInteraction)
    .where(where)
    .orderBy(desc(communicationInteraction.occurredAt), desc(communicationInteraction.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await tx.select({ value: count() }).from(communicationInteraction).where(where);
  return { rows, total: total?.value ?? 0 };
}

export async function findInteraction(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  id: string,
) {
  const [row] = await tx
    .select()
    .from(communicationInteraction)
    .where(
      and(
        eq(communicationInteraction.workspaceId, workspaceId),
        eq(communicationInteraction.distributorId, distributorId),
        eq(communicationInteraction.id, id),
      ),
    )
    .for('update');
  return row;
}

export async function insertInteraction(
  tx: Tx,
  values: typeof communicationInteraction.$inferInsert,
) {
  const [row] = await tx.insert(communicationInteraction).values(values).returning();
  if (!row) throw new Error('interaction insert returned no row');
  return row;
}

/** Many interactions (an import), 1,000 a statement; returns how many were written. */
export async function insertInteractions(
  tx: Tx,
  values: readonly (typeof communicationInteraction.$inferInsert)[],
  onChunk?: (done: number) => void,
) {
  for (let start = 0; start < values.length; start += 1000) {
    await tx.insert(communicationInteraction).values(values.slice(start, start + 1000));
    onChunk?.(Math.min(start + 1000, values.length));
  }
  return values.length;
}

export async function updateInteractionRow(
  tx: Tx,
  workspaceId: string,
  id: string,
  values: Partial<typeof communicationInteraction.$inferInsert>,
) {
  const [row] = await tx
    .update(communicationInteraction)
    .set(values)
    .where(
      and(
        eq(communicationInteraction.workspaceId, workspaceId),
        eq(communicationInteraction.id, id),
      ),
    )
    .returning();
  return row;
}

export async function deleteInteractionRow(tx: Tx, workspaceId: string, id: string) {
  await tx
    .delete(communicationInteraction)
    .where(
      and(
        eq(communicationInteraction.workspaceId, workspaceId),
        eq(communicationInteraction.id, id),
      ),
    );
}

/** Interactions with a logged reply since `since`, for the response times. */
export function findRepliedInteractionsSince(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  since: Date,
) {
  return tx
    .select({
      direction: communicationInteraction.direction,
      occurredAt: communicationInteraction.occurredAt,
      repliedAt: communicationInteraction.repliedAt,
    })
    .from(communicationInteraction)
    .where(
      and(
        eq(communicationInteraction.workspaceId, workspaceId),
        eq(communicationInteraction.distributorId, distributorId),
        isNotNull(communicationInteraction.repliedAt),
        gte(communicationInteraction.repliedAt, since),
      ),
    );
}
