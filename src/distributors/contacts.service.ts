import type { Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, fieldError } from '../platform/errors.ts';
import { type Actor, type Context, inTransaction, isPrincipal } from '../platform/tenancy.ts';
import {
  type ContactFilter,
  findContactLanguageDefaults,
  findContactsMatching,
} from './contacts.queries.ts';
import {
  clearPrimaryContact,
  countStepsForContact,
  deleteContact,
  findContact,
  insertContact,
  listContacts,
  updateContact,
} from './distributors.queries.ts';
import type { ContactPatch, NewContact } from './distributors.schema.ts';
import { getVisibleDistributor } from './distributors.service.ts';

/**
 * Principal admins and managers edit every contact; a distributor's own users edit only their
 * side's contacts; viewers edit nothing.
 */
export function canEditContactsOfSide(actor: Actor, side: 'principal' | 'distributor'): boolean {
  if (isPrincipal(actor)) return actor.role !== 'principal_viewer';
  return side === 'distributor';
}

function requireContactEditor(actor: Actor, side: 'principal' | 'distributor') {
  if (!canEditContactsOfSide(actor, side)) throw new AppError('forbidden');
}

export function listDistributorContacts(ctx: Context, distributorId: string) {
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    return listContacts(tx, ctx.actor.workspaceId, distributorId);
  });
}

async function findVisibleContact(ctx: Context, tx: Tx, distributorId: string, id: string) {
  await getVisibleDistributor(ctx, tx, distributorId);
  const row = await findContact(tx, ctx.actor.workspaceId, distributorId, id);
  if (!row) throw new AppError('not_found');
  return row;
}

export function createContact(ctx: Context, distributorId: string, input: NewContact) {
  const { actor } = ctx;
  return inTransaction(ctx, async (tx) => {
    const distributor = await getVisibleDistributor(ctx, tx, distributorId);
    requireContactEditor(actor, input.side);
    if (input.isPrimary) {
      await clearPrimaryContact(tx, actor.workspaceId, distributorId, input.side);
    }
    const created = await insertContact(tx, {
      ...input,
      // Left out, the distributor's people work on its clock; the principal's people have no
      // zone to fall back on (the web form offers the user's own). null stays "not known".
      timeZone:
        input.timeZone === undefined
          ? input.side === 'distributor'
            ? distributor.timeZone
            : null
          : input.timeZone,
      workspaceId: actor.workspaceId,
      distributorId,
    });
    if (!created) throw new Error('contact insert returned no row');
    await recordAudit(tx, actor, {
      entityType: 'contact',
      entityId: created.id,
      distributorId,
      action: 'contact.created',
      after: created,
    });
    return created;
  });
}

export function updateDistributorContact(
  ctx: Context,
  distributorId: string,
  id: string,
  patch: ContactPatch,
) {
  const { actor } = ctx;
  return inTransaction(ctx, async (tx) => {
    const before = await findVisibleContact(ctx, tx, distributorId, id);
    requireContactEditor(actor, before.side);
    requireWorkingHoursInOrder(ctx, before, patch);
    if (patch.isPrimary && !before.isPrimary) {
      await clearPrimaryContact(tx, actor.workspaceId, distributorId, before.side);
    }
    const after = await updateContact(tx, actor.workspaceId, id, patch);
    await recordAudit(tx, actor, {
      entityType: 'contact',
      entityId: id,
      distributorId,
      action: 'contact.updated',
      before,
      after,
    });
    return after ?? before;
  });
}

/**
 * A patch naming only one end of the working hours is checked against the stored other end; the
 * schema checks a patch naming both. Throws a field error on the end the caller sent.
 */
function requireWorkingHoursInOrder(
  ctx: Context,
  stored: { workStart: string; workEnd: string },
  patch: ContactPatch,
) {
  const start = patch.workStart ?? stored.workStart;
  const end = patch.workEnd ?? stored.workEnd;
  // Zero-padded HH:MM (and 24:00) compare as strings, as the database's CHECK does.
  if (end > start) return;
  const pointer = patch.workEnd ? '#/workEnd' : '#/workStart';
  throw fieldError(ctx.t, pointer, 'validation.work_hours_order');
}

export function removeContact(ctx: Context, distributorId: string, id: string) {
  const { actor } = ctx;
  return inTransaction(ctx, async (tx) => {
    const before = await findVisibleContact(ctx, tx, distributorId, id);
    requireContactEditor(actor, before.side);
    if ((await countStepsForContact(tx, actor.workspaceId, id)) > 0) {
      throw new AppError('contact_in_use');
    }
    await deleteContact(tx, actor.workspaceId, id);
    // The audit row keeps the whole contact: a deletion loses no accepted data.
    await recordAudit(tx, actor, {
      entityType: 'contact',
      entityId: id,
      distributorId,
      action: 'contact.deleted',
      before,
    });
  });
}

/**
 * Contacts for another domain's work inside its own transaction (row-level security applies):
 * cadence names meeting attendees, action item owners and note-takers with them.
 */
export async function lookUpContacts(tx: Tx, workspaceId: string, filter: ContactFilter) {
  if (filter.ids?.length === 0) return [];
  return findContactsMatching(tx, workspaceId, filter);
}

/**
 * Contacts with the language to write to each in (e-mails, calendar invitations): their own,
 * else their side's (the distributor's first language, the workspace's for the principal's
 * people), else English.
 */
export async function lookUpContactsWithLanguage(
  tx: Tx,
  workspaceId: string,
  filter: ContactFilter & { distributorId: string },
) {
  // One after the other: a transaction's statements share one connection.
  const people = await lookUpContacts(tx, workspaceId, filter);
  const defaults = await findContactLanguageDefaults(tx, workspaceId, filter.distributorId);
  return people.map((person) => ({
    ...person,
    language:
      person.language ??
      (person.side === 'distributor' ? defaults?.distributor : defaults?.principal) ??
      'en',
  }));
}
