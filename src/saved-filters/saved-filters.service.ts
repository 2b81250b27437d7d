// Saved filters: a person's named views of a list page (its URL query), their own and no one
// else's. Principal users only: a distributor's user has a directory of one row.
import { recordAudit } from '../platform/audit.ts';
import { AppError, fieldError } from '../platform/errors.ts';
import { type Context, inTransaction, isPrincipal } from '../platform/tenancy.ts';
import {
  deleteSavedFilter,
  findSavedFilter,
  findSavedFilterByName,
  insertSavedFilter,
  listSavedFilters,
  renameSavedFilter,
} from './saved-filters.queries.ts';
import type { SavedFilterInput } from './saved-filters.schema.ts';

/** The person acting; a token or the command line without a person has no saved filters. */
function ownerOf(ctx: Context): string {
  if (!isPrincipal(ctx.actor) || !ctx.actor.userId) throw new AppError('forbidden');
  return ctx.actor.userId;
}

/** Only the query string is kept: no "?" and no fragment, and never the page number. */
function normaliseQuery(query: string): string {
  const params = new URLSearchParams(query.replace(/^\?/, '').split('#')[0]);
  params.delete('page');
  return params.toString();
}

export function listMySavedFilters(ctx: Context, page: 'directory') {
  const userId = ownerOf(ctx);
  return inTransaction(ctx, (tx) => listSavedFilters(tx, ctx.actor.workspaceId, userId, page));
}

export function saveFilter(ctx: Context, input: SavedFilterInput) {
  const userId = ownerOf(ctx);
  const { actor, t } = ctx;
  return inTransaction(ctx, async (tx) => {
    if (await findSavedFilterByName(tx, actor.workspaceId, userId, input.page, input.name)) {
      throw fieldError(t, '#/name', 'validation.saved_filter_exists', { name: input.name });
    }
    const saved = await insertSavedFilter(tx, {
      workspaceId: actor.workspaceId,
      userId,
      pageKey: input.page,
      name: input.name,
      query: normaliseQuery(input.query),
    });
    if (!saved) throw new Error('saved filter insert returned no row');
    await recordAudit(tx, actor, {
      entityType: 'saved_filter',
      entityId: saved.id,
      action: 'saved_filter.created',
      after: saved,
    });
    return saved;
  });
}

export function renameFilter(ctx: Context, id: string, name: string) {
  const userId = ownerOf(ctx);
  const { actor, t } = ctx;
  return inTransaction(ctx, async (tx) => {
    const before = await findSavedFilter(tx, actor.workspaceId, userId, id);
    if (!before) throw new AppError('not_found');
    const clash = await findSavedFilterByName(tx, actor.workspaceId, userId, before.page, name);
    if (clash && clash.id !== id) {
      throw fieldError(t, '#/name', 'validation.saved_filter_exists', { name });
    }
    const after = await renameSavedFilter(tx, actor.workspaceId, userId, id, name);
    await recordAudit(tx, actor, {
      entityType: 'saved_filter',
      entityId: id,
      action: 'saved_filter.renamed',
      before: { name: before.name },
      after: { name },
    });
    return after ?? before;
  });
}

export function removeFilter(ctx: Context, id: string) {
  const userId = ownerOf(ctx);
  const { actor } = ctx;
  return inTransaction(ctx, async (tx) => {
    const before = await findSavedFilter(tx, actor.workspaceId, userId, id);
    if (!before) throw new AppError('not_found');
    await deleteSavedFilter(tx, actor.workspaceId, userId, id);
    await recordAudit(tx, actor, {
      entityType: 'saved_filter',
      entityId: id,
      action: 'saved_filter.deleted',
      before,
    });
  });
}
