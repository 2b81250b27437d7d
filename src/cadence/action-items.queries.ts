// Every SQL statement about action items. Their owners are contacts, which the distributors
// domain keeps: the service names them in a second step.
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { actionItem, actionItemEvent, cadencePlan, distributor, meeting } from '../db/schema.ts';
import { actionOverdueSql } from './discipline.queries.ts';

export type ActionItemRow = typeof actionItem.$inferSelect;

/** Every given condition must hold; an empty `ownerContactIds` matches nothing. */
export type ActionItemFilter = {
  id?: string;
  meetingId?: string;
  distributorId?: string;
  status?: ActionItemRow['status'];
  /** Only items overdue on this day (YYYY-MM-DD). */
  overdueOn?: string;
  ownerContactIds?: readonly string[];
};

function filterWhere(workspaceId: string, filter: ActionItemFilter): SQL | undefined {
  return and(
    eq(actionItem.workspaceId, workspaceId),
    filter.id === undefined ? undefined : eq(actionItem.id, filter.id),
    filter.meetingId === undefined ? undefined : eq(actionItem.meetingId, filter.meetingId),
    filter.distributorId === undefined
      ? undefined
      : eq(actionItem.distributorId, filter.distributorId),
    filter.status === undefined ? undefined : eq(actionItem.status, filter.status),
    filter.overdueOn === undefined
      ? undefined
      : actionOverdueSql(actionItem.status, actionItem.dueOn, filter.overdueOn),
    filter.ownerContactIds === undefined
      ? undefined
      : inArray(actionItem.ownerContactId, [...filter.ownerContactIds]),
  );
}

/** Action items with their relationship's name and their meeting, soonest due first. */
export function listActionItemRows(
  tx: Tx,
  workspaceId: string,
  filter: ActionItemFilter,
  limit: number,
) {
  return tx
    .select({
      item: actionItem,
      distributorName: distributor.name,
      meetingKind: meeting.kind,
      meetingNumber: meeting.number,
      meetingStartsAt: meeting.startsAt,
      meetingRotation: meeting.rotation,
      planStartsOn: cadencePlan.startsOn,
      // Who owes the meeting's notes: its own note-taker, else the plan's.
      noteTakerContactId: sql<
        string | null
      >`coalesce(${meeting.noteTakerContactId}, ${cadencePlan.noteTakerContactId})`,
    })
    .from(actionItem)
    .innerJoin(
      distributor,
      and(
        eq(distributor.workspaceId, actionItem.workspaceId),
        eq(distributor.id, actionItem.distributorId),
      ),
    )
    .leftJoin(
      meeting,
      and(eq(meeting.workspaceId, actionItem.workspaceId), eq(meeting.id, actionItem.meetingId)),
    )
    .leftJoin(
      cadencePlan,
      and(eq(cadencePlan.workspaceId, meeting.workspaceId), eq(cadencePlan.id, meeting.planId)),
    )
    .where(filterWhere(workspaceId, filter))
    .orderBy(asc(actionItem.dueOn), asc(actionItem.createdAt))
    .limit(limit);
}

/** How many items match, and how many of those are overdue on `today`. */
export function countActionItems(
  tx: Tx,
  workspaceId: string,
  filter: ActionItemFilter,
  today: string,
) {
  return tx
    .select({
      total: sql<number>`count(*)`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where ${actionOverdueSql(
        actionItem.status,
        actionItem.dueOn,
        today,
      )})`.mapWith(Number),
    })
    .from(actionItem)
    .where(filterWhere(workspaceId, filter))
    .then((rows) => rows[0]);
}

export function insertActionItem(tx: Tx, values: typeof actionItem.$inferInsert) {
  return tx
    .insert(actionItem)
    .values(values)
    .returning()
    .then((rows) => rows[0]);
}

/** One item of a relationship, locked for the rest of the transaction. */
export function findActionItemForUpdate(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  itemId: string,
) {
  return tx
    .select()
    .from(actionItem)
    .where(
      and(
        eq(actionItem.workspaceId, workspaceId),
        eq(actionItem.distributorId, distributorId),
        eq(actionItem.id, itemId),
      ),
    )
    .for('update')
    .then((rows) => rows[0]);
}

export function updateActionItemRow(
  tx: Tx,
  workspaceId: string,
  itemId: string,
  changes: Partial<typeof actionItem.$inferInsert>,
) {
  return tx
    .update(actionItem)
    .set(changes)
    .where(and(eq(actionItem.workspaceId, workspaceId), eq(actionItem.id, itemId)))
    .returning()
    .then((rows) => rows[0]);
}

/** One item's meeting's note-taker (the meeting's own, else the plan's), or null. */
export function findItemNoteTaker(tx: Tx, workspaceId: string, meetingId: string) {
  return tx
    .select({
      contactId: sql<
        string | null
      >`coalesce(${meeting.noteTakerContactId}, ${cadencePlan.noteTakerContactId})`,
    })
    .from(meeting)
    .leftJoin(
      cadencePlan,
      and(eq(cadencePlan.workspaceId, meeting.workspaceId), eq(cadencePlan.id, meeting.planId)),
    )
    .where(and(eq(meeting.workspaceId, workspaceId), eq(meeting.id, meetingId)))
    .then((rows) => rows[0]?.contactId ?? null);
}

export function insertActionItemEvent(tx: Tx, values: typeof actionItemEvent.$inferInsert) {
  return tx.insert(actionItemEvent).values(values);
}

/** The status changes of these items, oldest first, each with the name of who made it. */
export function listActionItemEvents(tx: Tx, workspaceId: string, itemIds: readonly string[]) {
  if (!itemIds.length) return Promise.resolve([]);
  return tx
    .select({
      actionItemId: actionItemEvent.actionItemId,
      fromStatus: actionItemEvent.fromStatus,
      toStatus: actionItemEvent.toStatus,
      reason: actionItemEvent.reason,
      byName: actionItemEvent.actorName,
      occurredAt: actionItemEvent.occurredAt,
    })
    .from(actionItemEvent)
    .where(
      and(
        eq(actionItemEvent.workspaceId, workspaceId),
        inArray(actionItemEvent.actionItemId, [...itemIds]),
      ),
    )
    .orderBy(asc(actionItemEvent.occurredAt), asc(actionItemEvent.id));
}
