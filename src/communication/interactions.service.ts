// Interactions that happened outside Liaison (a call, a visit, a WhatsApp chat), logged by either
// side. The principal's editors change any; a distributor's user only what their side logged.
import type { Tx } from '../db/client.ts';
import type { Role } from '../db/types.ts';
import { lookUpContacts } from '../distributors/contacts.service.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import type {
  InteractionInput,
  InteractionListQuery,
  InteractionPatch,
} from './communication.schema.ts';
import {
  deleteInteractionRow,
  findInteraction,
  findInteractionPage,
  type InteractionRow,
  insertInteraction,
  updateInteractionRow,
} from './interactions.queries.ts';
import { sideOf, threadWriters } from './threads.service.ts';

const interactionLoggers: readonly Role[] = threadWriters;

function canEdit(ctx: Context, row: InteractionRow) {
  if (principalEditors.includes(ctx.actor.role) && ctx.actor.distributorId === null) return true;
  return interactionLoggers.includes(ctx.actor.role) && row.loggedBySide === 'distributor';
}

async function interactionViews(
  ctx: Context,
  tx: Tx,
  distributorId: string,
  rows: InteractionRow[],
) {
  const contacts = await lookUpContacts(tx, ctx.actor.workspaceId, {
    distributorId,
    ids: [...new Set(rows.flatMap((row) => row.contactIds))],
  });
  const byId = new Map(contacts.map((person) => [person.id, person]));
  return rows.map((row) => ({
    id: row.id,
    distributorId: row.distributorId,
    occurredAt: row.occurredAt,
    direction: row.direction,
    channel: row.channel,
    people: row.contactIds.flatMap((id) => {
      const person = byId.get(id);
      return person ? [{ contactId: id, name: person.name, side: person.side }] : [];
    }),
    summary: row.summary,
    repliedAt: row.repliedAt,
    loggedBySide: row.loggedBySide,
    canEdit: canEdit(ctx, row),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }));
}

export function listInteractions(ctx: Context, distributorId: string, query: InteractionListQuery) {
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const { rows, total } = await findInteractionPage(tx, ctx.actor.workspaceId, {
      distributorId,
      channel: query.channel,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return {
      items: await interactionViews(ctx, tx, distributorId, rows),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

/**
 * The people are this relationship's contacts; an interaction has happened (not in the future),
 * and its reply cannot come before it.
 */
async function checkInteraction(
  ctx: Context,
  tx: Tx,
  distributorId: string,
  value: { contactIds: string[]; occurredAt: Date; repliedAt: Date | null },
) {
  const found = new Set(
    (await lookUpContacts(tx, ctx.actor.workspaceId, { distributorId, ids: value.contactIds })).map(
      (person) => person.id,
    ),
  );
  const errors: FieldError[] = [];
  value.contactIds.forEach((id, index) => {
    if (!found.has(id)) {
      errors.push({
        pointer: `#/contactIds/${index}`,
        detail: ctx.t('validation.contact_other_distributor'),
      });
    }
  });
  if (value.occurredAt > ctx.clock.now()) {
    errors.push({
      pointer: '#/occurredAt',
      detail: ctx.t('communication.validation.interaction_in_future'),
    });
  }
  if (value.repliedAt && value.repliedAt < value.occurredAt) {
    errors.push({
      pointer: '#/repliedAt',
      detail: ctx.t('communication.validation.reply_before_interaction'),
    });
  }
  if (errors.length) throw new AppError('validation_failed', { errors });
}

function interactionAudit(row: InteractionRow) {
  const { workspaceId: _workspace, createdBy: _by, ...rest } = row;
  return rest;
}

export function logInteraction(ctx: Context, distributorId: string, input: InteractionInput) {
  requireRole(ctx.actor, interactionLoggers);
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const value = {
      contactIds: [...new Set(input.contactIds)],
      occurredAt: new Date(input.occurredAt),
      repliedAt: input.repliedAt ? new Date(input.repliedAt) : null,
    };
    await checkInteraction(ctx, tx, distributorId, value);
    const now = ctx.clock.now();
    const row = await insertInteraction(tx, {
      workspaceId: ctx.actor.workspaceId,
      distributorId,
      ...value,
      direction: input.direction,
      channel: input.channel,
      summary: input.summary,
      loggedBySide: sideOf(ctx),
      createdBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'communication_interaction',
      entityId: row.id,
      distributorId,
      action: 'communication.interaction_logged',
      after: interactionAudit(row),
    });
    const [view] = await interactionViews(ctx, tx, distributorId, [row]);
    return view as NonNullable<typeof view>;
  });
}

async function editableInteraction(ctx: Context, tx: Tx, distributorId: string, id: string) {
  await getVisibleDistributor(ctx, tx, distributorId);
  const row = await findInteraction(tx, ctx.actor.workspaceId, distributorId, id);
  if (!row) throw new AppError('not_found');
  if (!canEdit(ctx, row)) throw new AppError('forbidden');
  return row;
}

export function updateInteraction(
  ctx: Context,
  distributorId: string,
  id: string,
  patch: InteractionPatch,
) {
  requireRole(ctx.actor, interactionLoggers);
  return inTransaction(ctx, async (tx) => {
    const before = await editableInteraction(ctx, tx, distributorId, id);
    const value = {
      contactIds: patch.contactIds ? [...new Set(patch.contactIds)] : before.contactIds,
      occurredAt: patch.occurredAt ? new Date(patch.occurredAt) : before.occurredAt,
      repliedAt:
        patch.repliedAt === undefined
          ? before.repliedAt
          : patch.repliedAt === null
            ? null
            : new Date(patch.repliedAt),
    };
    await checkInteraction(ctx, tx, distributorId, value);
    const after = await updateInteractionRow(tx, ctx.actor.workspaceId, id, {
      ...value,
      ...(patch.direction ? { direction: patch.direction } : {}),
      ...(patch.channel ? { channel: patch.channel } : {}),
      ...(patch.summary ? { summary: patch.summary } : {}),
      updatedAt: ctx.clock.now(),
    });
    if (!after) throw new Error('interaction update returned no row');
    await recordAudit(tx, ctx.actor, {
      entityType: 'communication_interaction',
      entityId: id,
      distributorId,
      action: 'communication.interaction_updated',
      before: interactionAudit(before),
      after: interactionAudit(after),
    });
    const [view] = await interactionViews(ctx, tx, distributorId, [after]);
    return view as NonNullable<typeof view>;
  });
}

export function deleteInteraction(ctx: Context, distributorId: string, id: string) {
  requireRole(ctx.actor, interactionLoggers);
  return inTransaction(ctx, async (tx) => {
    const before = await editableInteraction(ctx, tx, distributorId, id);
    await deleteInteractionRow(tx, ctx.actor.workspaceId, id);
    await recordAudit(tx, ctx.actor, {
      entityType: 'communication_interaction',
      entityId: id,
      distributorId,
      action: 'communication.interaction_deleted',
      before: interactionAudit(before),
    });
  });
}
