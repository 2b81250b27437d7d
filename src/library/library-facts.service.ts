// What every page of the library loads first: the reader's languages and rights, and the files,
// translations and history of the documents it shows.
import type { Tx } from '../db/client.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { libraryLanguage } from '../platform/languages.ts';
import { type Context, isPrincipal, principalEditors } from '../platform/tenancy.ts';
import { listFiles, listTranslationEvents, listTranslations } from './library.queries.ts';
import type { LibraryFacts, TranslationRights } from './library-view.ts';

/** The reader's languages and rights: a distributor's users read in its languages, first first. */
export async function rightsOf(ctx: Context, tx: Tx): Promise<TranslationRights> {
  if (isPrincipal(ctx.actor)) {
    return { readerLanguages: null, canEdit: principalEditors.includes(ctx.actor.role) };
  }
  const own = await getVisibleDistributor(ctx, tx, ctx.actor.distributorId ?? '');
  return { readerLanguages: [...new Set(own.languages.map(libraryLanguage))], canEdit: false };
}

/** Everything about these documents a page shows, in three statements. */
export async function loadFacts(
  ctx: Context,
  tx: Tx,
  documentIds: string[],
): Promise<LibraryFacts> {
  const workspaceId = ctx.actor.workspaceId;
  // One statement after another: a transaction is one connection.
  const files = await listFiles(tx, workspaceId, documentIds);
  const translations = await listTranslations(tx, workspaceId, documentIds);
  const events = await listTranslationEvents(
    tx,
    workspaceId,
    translations.map((translation) => translation.id),
  );
  return { files, translations, events };
}
