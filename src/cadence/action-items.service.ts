// Action items agreed in meetings: an owner from either side, a due date and a status. Open items
// past their due date are overdue; each person finds their own through their contact's e-mail.
// Only the owner, the meeting's note-taker and the principal's editors change an item; every
// status change is kept with its reason, for both sides to read.
import { DateTime } from 'luxon';
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
  findItemNoteTaker,
  insertActionItem,
  insertActionItemEvent,
  listActionItemEvents,
  listActionItemRows,
  updateActionItemRow,
} from './action-items.queries.ts';
import { findMeeting } from './meetings.queries.ts';
import type { ActionItemInput, ActionItemPatch, ActionItemQuery } from './notes.schema.ts';
import { isActionOverdue } from './notes-rules.ts';
import type { PlannedOccurrence } from './rotation.ts';
import { rhythmOf } from './schedule.ts';

/** Who takes notes and manages action items: everyone but the principal's read-only viewers. */
export const noteEditors: readonly Role[] = [
  ...principalEditors,
  'distributor_admin',
  'distributor_member',
];

/** How far ahead a due date may lie: further is a typing slip, not a plan. */
export const MAX_DUE_YEARS = 5;

/** The contacts (either side) that carry the caller's e-mail address: who the caller is here. */
async function callerContactIds(ctx: Context, tx: Tx): Promise<Set<string>> {
  if (!ctx.actor.email) return new Set();
  const mine = await lookUpContacts(tx, ctx.actor.workspaceId, { email: ctx.actor.email });
  return new Set(mine.map((person) => person.id));
}

/**
 * Whether the caller may close, drop, reopen or edit an item: the principal's editors always; any
 * other writer only as the item's owner or its meeting's note-taker (matched by e-mail).
 */
function mayChange(
  ctx: Context,
  mine: Set<string>,
  item: { ownerContactId: string },
  noteTakerContactId: string | null,
) {
  if (!noteEditors.includes(ctx.actor.role)) return false;
  if (principalEditors.includes(ctx.actor.role)) return true;
  return (
    mine.has(item.ownerContactId) || (noteTakerContactId !== null && mine.has(noteTakerContactId))
  );
}

/** Action items with their owner, relationship, meeting and history, as the API shows them. */
export async function actionItemViews(ctx: Context, tx: Tx, filter: ActionItemFilter, limit = 500) {
  const today = todayFor(ctx);
  const rows = await listActionItemRows(tx, ctx.actor.workspaceId, filter, limit);
  const owners = await lookUpContacts(tx, ctx.actor.workspaceId, {
    ids: [...new Set(rows.map((row) => row.item.ownerContactId))],
  });
  const ownerOf = new Map(owners.map((person) => [person.id, person]));
  const mine = await callerContactIds(ctx, tx);
  const events = await listActionItemEvents(
    tx,
    ctx.actor.workspaceId,
    rows.map((row) => row.item.id),
  );
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
                // A meeting always has its plan; the left join only types it as optional.
                rhythm: row.planStartsOn
                  ? rhythmOf(
                      row.meetingKind,
                      (row.meetingRotation as PlannedOccurrence).date,
                      row.planStartsOn,
                    )
                  : row.meetingKind,
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
        history: events
          .filter((entry) => entry.actionItemId === item.id)
          .map((entry) => ({
            from: entry.fromStatus,
            to: entry.toStatus,
            reason: entry.reason,
            byName: entry.byName,
            at: entry.occurredAt,
          })),
        canChange: mayChange(ctx, mine, item, row.noteTakerContactId),
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
  const today = todayFor(ctx);
  const latest = DateTime.fromISO(today).plus({ years: MAX_DUE_YEARS }).toISODate() ?? today;
  if (input.dueOn && input.dueOn < today) {
    errors.push({ pointer: '#/dueOn', detail: ctx.t('validation.due_in_past') });
  } else if (input.dueOn && input.dueOn > latest) {
    errors.push({
      pointer: '#/dueOn',
      detail: ctx.t('validation.due_too_far', { count: MAX_DUE_YEARS, date: latest }),
    });
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
    const noteTaker = before.meetingId
      ? await findItemNoteTaker(tx, ctx.actor.workspaceId, before.meetingId)
      : null;
    // Reassigning or moving counts as changing too: otherwise taking an item over would be a
    // way round the rule.
    if (!mayChange(ctx, await callerContactIds(ctx, tx), before, noteTaker)) {
      throw new AppError('action_item_not_yours');
    }
    // An unchanged due date may lie in the past: only a newly chosen one must not.
    await checkItem(ctx, tx, distributorId, {
      ownerContactId: patch.ownerContactId,
      dueOn: patch.dueOn !== before.dueOn ? patch.dueOn : undefined,
    });
    const { reason, ...changes } = patch;
    const closing = patch.status && patch.status !== before.status;
    const now = ctx.clock.now();
    const after = await updateActionItemRow(tx, ctx.actor.workspaceId, itemId, {
      ...changes,
      ...(closing ? { closedAt: patch.status === 'open' ? null : now } : {}),
      updatedAt: now,
    });
    if (closing && patch.status) {
      await insertActionItemEvent(tx, {
        workspaceId: ctx.actor.workspaceId,
        distributorId,
        actionItemId: itemId,
        fromStatus: before.status,
        toStatus: patch.status,
        reason: reason || null,
        actorUserId: ctx.actor.userId,
        actorName: ctx.actor.name,
        occurredAt: now,
      });
    }
    await recordAudit(tx, ctx.actor, {
      entityType: 'action_item',
      entityId: itemId,
      distributorId,
      action: closing
        ? `action_item.${patch.status === 'open' ? 'reopened' : patch.status}`
        : 'action_item.updated',
      before,
      after: closing ? { ...after, reason: reason || null } : after,
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
