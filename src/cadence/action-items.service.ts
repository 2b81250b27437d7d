// Action items agreed in meetings: an owner from either side, a due date and a status. Open items
// past their due date are overdue; each person finds their own through their contact's e-mail.
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../db/client.ts';
import type { Role } from '../db/schema.ts';
import { actionItem, contact, distributor, meeting } from '../db/schema.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import {
  type Context,
  inTransaction,
  principalEditors,
  requireRole,
  todayFor,
} from '../platform/tenancy.ts';
import type { ActionItemInput, ActionItemPatch, ActionItemQuery } from './notes.schema.ts';
import { isActionOverdue } from './notes-rules.ts';

/** Who takes notes and manages action items: everyone but the principal's read-only viewers. */
export const noteEditors: readonly Role[] = [
  ...principalEditors,
  'distributor_admin',
  'distributor_member',
];

const owner = alias(contact, 'owner');

/** Action items with their owner, relationship and meeting, as the API shows them. */
export async function actionItemViews(ctx: Context, tx: Tx, where: SQL | undefined, limit = 500) {
  const today = todayFor(ctx);
  const rows = await tx
    .select({
      item: actionItem,
      distributorName: distributor.name,
      ownerName: owner.name,
      ownerSide: owner.side,
      meetingKind: meeting.kind,
      meetingNumber: meeting.number,
      meetingStartsAt: meeting.startsAt,
    })
    .from(actionItem)
    .innerJoin(
      distributor,
      and(
        eq(distributor.workspaceId, actionItem.workspaceId),
        eq(distributor.id, actionItem.distributorId),
      ),
    )
    .innerJoin(
      owner,
      and(eq(owner.workspaceId, actionItem.workspaceId), eq(owner.id, actionItem.ownerContactId)),
    )
    .leftJoin(
      meeting,
      and(eq(meeting.workspaceId, actionItem.workspaceId), eq(meeting.id, actionItem.meetingId)),
    )
    .where(and(eq(actionItem.workspaceId, ctx.actor.workspaceId), where))
    .orderBy(asc(actionItem.dueOn), asc(actionItem.createdAt))
    .limit(limit);
  return rows.map(({ item, ...row }) => ({
    id: item.id,
    distributorId: item.distributorId,
    distributorName: row.distributorName,
    meeting:
      item.meetingId && row.meetingKind && row.meetingNumber !== null && row.meetingStartsAt
        ? {
            id: item.meetingId,
            kind: row.meetingKind,
            number: row.meetingNumber,
            startsAt: row.meetingStartsAt,
          }
        : null,
    title: item.title,
    owner: { contactId: item.ownerContactId, name: row.ownerName, side: row.ownerSide },
    dueOn: item.dueOn,
    status: item.status,
    closedAt: item.closedAt,
    overdue: isActionOverdue(item, today),
    createdAt: item.createdAt,
  }));
}

/** The contacts among `ids` that belong to this relationship (either side). */
export async function relationshipContacts(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  ids: readonly string[],
) {
  if (!ids.length) return [];
  return tx
    .select({ id: contact.id, name: contact.name, side: contact.side, email: contact.email })
    .from(contact)
    .where(
      and(
        eq(contact.workspaceId, workspaceId),
        eq(contact.distributorId, distributorId),
        inArray(contact.id, [...ids]),
      ),
    );
}

async function checkItem(
  ctx: Context,
  tx: Tx,
  distributorId: string,
  input: { ownerContactId?: string; dueOn?: string; meetingId?: string | null },
) {
  const errors: FieldError[] = [];
  if (input.ownerContactId) {
    const found = await relationshipContacts(tx, ctx.actor.workspaceId, distributorId, [
      input.ownerContactId,
    ]);
    if (!found.length) {
      errors.push({
        pointer: '#/ownerContactId',
        detail: ctx.t('validation.contact_other_distributor'),
      });
    }
  }
  if (input.dueOn && input.dueOn < todayFor(ctx)) {
    errors.push({ pointer: '#/dueOn', detail: ctx.t('validation.due_in_past') });
  }
  if (input.meetingId) {
    const [found] = await tx
      .select({ id: meeting.id })
      .from(meeting)
      .where(
        and(
          eq(meeting.workspaceId, ctx.actor.workspaceId),
          eq(meeting.distributorId, distributorId),
          eq(meeting.id, input.meetingId),
        ),
      );
    if (!found)
      errors.push({ pointer: '#/meetingId', detail: ctx.t('validation.meeting_unknown') });
  }
  if (errors.length) throw new AppError('validation_failed', { errors });
}

async function viewOf(ctx: Context, tx: Tx, id: string) {
  const [view] = await actionItemViews(ctx, tx, eq(actionItem.id, id), 1);
  if (!view) throw new Error(`action item ${id} vanished`);
  return view;
}

export function createActionItem(ctx: Context, distributorId: string, input: ActionItemInput) {
  requireRole(ctx.actor, noteEditors);
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    await checkItem(ctx, tx, distributorId, input);
    const [row] = await tx
      .insert(actionItem)
      .values({
        workspaceId: ctx.actor.workspaceId,
        distributorId,
        createdBy: ctx.actor.userId,
        ...input,
      })
      .returning();
    if (!row) throw new Error('action item insert returned no row');
    await recordAudit(tx, ctx.actor, {
      entityType: 'action_item',
      entityId: row.id,
      distributorId,
      action: 'action_item.created',
      after: row,
    });
    return viewOf(ctx, tx, row.id);
  });
}

export function updateActionItem(
  ctx: Context,
  distributorId: string,
  itemId: string,
  patch: ActionItemPatch,
) {
  requireRole(ctx.actor, noteEditors);
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const where = and(
      eq(actionItem.workspaceId, ctx.actor.workspaceId),
      eq(actionItem.distributorId, distributorId),
      eq(actionItem.id, itemId),
    );
    const [before] = await tx.select().from(actionItem).where(where).for('update');
    if (!before) throw new AppError('not_found');
    // An unchanged due date may lie in the past: only a newly chosen one must not.
    await checkItem(ctx, tx, distributorId, {
      ownerContactId: patch.ownerContactId,
      dueOn: patch.dueOn !== before.dueOn ? patch.dueOn : undefined,
    });
    const closing = patch.status && patch.status !== before.status;
    const [after] = await tx
      .update(actionItem)
      .set({
        ...patch,
        ...(closing ? { closedAt: patch.status === 'open' ? null : sql`now()` } : {}),
        updatedAt: sql`now()`,
      })
      .where(where)
      .returning();
    await recordAudit(tx, ctx.actor, {
      entityType: 'action_item',
      entityId: itemId,
      distributorId,
      action: closing
        ? `action_item.${patch.status === 'open' ? 'reopened' : patch.status}`
        : 'action_item.updated',
      before,
      after,
    });
    return viewOf(ctx, tx, itemId);
  });
}

function listWhere(ctx: Context, query: ActionItemQuery, distributorId?: string) {
  const conditions: (SQL | undefined)[] = [
    query.status === 'all' ? undefined : eq(actionItem.status, query.status),
    // A distributor's user sees their own relationship only (row-level security agrees).
    distributorId || ctx.actor.distributorId
      ? eq(actionItem.distributorId, distributorId ?? ctx.actor.distributorId ?? '')
      : undefined,
    query.overdue
      ? and(eq(actionItem.status, 'open'), sql`${actionItem.dueOn} < ${todayFor(ctx)}`)
      : undefined,
    query.mine ? sql`lower(${owner.email}) = lower(${ctx.actor.email ?? ''})` : undefined,
  ];
  return and(...conditions);
}

/** Action items of one relationship, or of every relationship the caller can see. */
export function listActionItems(ctx: Context, query: ActionItemQuery, distributorId?: string) {
  return inTransaction(ctx, async (tx) => {
    if (distributorId) await getVisibleDistributor(ctx, tx, distributorId);
    const items = await actionItemViews(ctx, tx, listWhere(ctx, query, distributorId), query.limit);
    const [totals] = await tx
      .select({
        total: sql<number>`count(*)`.mapWith(Number),
        overdue: sql<number>`count(*) filter (where ${actionItem.status} = 'open'
          and ${actionItem.dueOn} < ${todayFor(ctx)})`.mapWith(Number),
      })
      .from(actionItem)
      .innerJoin(
        owner,
        and(eq(owner.workspaceId, actionItem.workspaceId), eq(owner.id, actionItem.ownerContactId)),
      )
      .where(
        and(
          eq(actionItem.workspaceId, ctx.actor.workspaceId),
          listWhere(ctx, query, distributorId),
        ),
      );
    return { items, total: totals?.total ?? 0, overdue: totals?.overdue ?? 0 };
  });
}
