// Action items agreed in meetings: an owner from either side, a due date and a status. Open items
// past their due date are overdue; each person finds their own through their contact's e-mail.
import type { Tx } from '../db/client.ts';
import type { Role } from '../db/types.ts';
import { lookUpContacts } from '../distributors/contacts.service.ts';
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
import {
  type ActionItemFilter,
  countActionItems,
  findActionItemForUpdate,
  insertActionItem,
  listActionItemRows,
  updateActionItemRow,
} from './action-items.queries.ts';
import { findMeeting } from './meetings.queries.ts';
import type { ActionItemInput, ActionItemPatch, ActionItemQuery } from './notes.schema.ts';
import { isActionOverdue } from './notes-rules.ts';

/** Who takes notes and manages action items: everyone but the principal's read-only viewers. */
export const noteEditors: readonly Role[] = [
  ...principalEditors,
  'distributor_admin',
  'distributor_member',
];

/** Action items with their owner, relationship and meeting, as the API shows them. */
export async function actionItemViews(ctx: Context, tx: Tx, filter: ActionItemFilter, limit = 500) {
  const today = todayFor(ctx);
  const rows = await listActionItemRows(tx, ctx.actor.workspaceId, filter, limit);
  const owners = await lookUpContacts(tx, ctx.actor.workspaceId, {
    ids: [...new Set(rows.map((row) => row.item.ownerContactId))],
  });
  const ownerOf = new Map(owners.map((person) => [person.id, person]));
  // As an inner join did: an item whose owner the caller cannot see is not shown.
  return rows.flatMap(({ item, ...row }) => {
    const owner = ownerOf.get(item.ownerContactId);
    if (!owner) return [];
    return [
      {
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
        owner: { contactId: item.ownerContactId, name: owner.name, side: owner.side },
        dueOn: item.dueOn,
        status: item.status,
        closedAt: item.closedAt,
        overdue: isActionOverdue(item, today),
        createdAt: item.createdAt,
      },
    ];
  });
}

async function checkItem(
  ctx: Context,
  tx: Tx,
  distributorId: string,
  input: { ownerContactId?: string; dueOn?: string; meetingId?: string | null },
) {
  const errors: FieldError[] = [];
  if (input.ownerContactId) {
    const found = await lookUpContacts(tx, ctx.actor.workspaceId, {
      distributorId,
      ids: [input.ownerContactId],
    });
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
    const found = await findMeeting(tx, ctx.actor.workspaceId, distributorId, input.meetingId);
    if (!found)
      errors.push({ pointer: '#/meetingId', detail: ctx.t('validation.meeting_unknown') });
  }
  if (errors.length) throw new AppError('validation_failed', { errors });
}

async function viewOf(ctx: Context, tx: Tx, id: string) {
  const [view] = await actionItemViews(ctx, tx, { id }, 1);
  if (!view) throw new Error(`action item ${id} vanished`);
  return view;
}

export function createActionItem(ctx: Context, distributorId: string, input: ActionItemInput) {
  requireRole(ctx.actor, noteEditors);
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    await checkItem(ctx, tx, distributorId, input);
    const row = await insertActionItem(tx, {
      workspaceId: ctx.actor.workspaceId,
      distributorId,
      createdBy: ctx.actor.userId,
      ...input,
    });
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
    const before = await findActionItemForUpdate(tx, ctx.actor.workspaceId, distributorId, itemId);
    if (!before) throw new AppError('not_found');
    // An unchanged due date may lie in the past: only a newly chosen one must not.
    await checkItem(ctx, tx, distributorId, {
      ownerContactId: patch.ownerContactId,
      dueOn: patch.dueOn !== before.dueOn ? patch.dueOn : undefined,
    });
    const closing = patch.status && patch.status !== before.status;
    const now = ctx.clock.now();
    const after = await updateActionItemRow(tx, ctx.actor.workspaceId, itemId, {
      ...patch,
      ...(closing ? { closedAt: patch.status === 'open' ? null : now } : {}),
      updatedAt: now,
    });
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

/** The list's filter: a distributor's user sees their own relationship only (as RLS agrees). */
async function listFilter(
  ctx: Context,
  tx: Tx,
  query: ActionItemQuery,
  distributorId?: string,
): Promise<ActionItemFilter> {
  const relationship = distributorId ?? ctx.actor.distributorId ?? undefined;
  // "Mine": owned by a contact with the caller's e-mail address, on either side.
  const mine = query.mine
    ? await lookUpContacts(tx, ctx.actor.workspaceId, { email: ctx.actor.email ?? '' })
    : undefined;
  return {
    ...(query.status === 'all' ? {} : { status: query.status }),
    ...(relationship ? { distributorId: relationship } : {}),
    ...(query.overdue ? { overdueOn: todayFor(ctx) } : {}),
    ...(mine ? { ownerContactIds: mine.map((person) => person.id) } : {}),
  };
}

/** Action items of one relationship, or of every relationship the caller can see. */
export function listActionItems(ctx: Context, query: ActionItemQuery, distributorId?: string) {
  return inTransaction(ctx, async (tx) => {
    if (distributorId) await getVisibleDistributor(ctx, tx, distributorId);
    const filter = await listFilter(ctx, tx, query, distributorId);
    const items = await actionItemViews(ctx, tx, filter, query.limit);
    const totals = await countActionItems(tx, ctx.actor.workspaceId, filter, todayFor(ctx));
    return { items, total: totals?.total ?? 0, overdue: totals?.overdue ?? 0 };
  });
}
