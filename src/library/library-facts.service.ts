// What every page of the library loads first: the reader's languages and rights, and the files,
// translations and history of the documents it shows; and a document as that reader sees it.
import { lookUpMembers } from '../accounts/accounts.service.ts';
import type { Tx } from '../db/client.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { libraryLanguage } from '../platform/languages.ts';
import { type Context, isPrincipal, principalEditors } from '../platform/tenancy.ts';
import {
  type DocumentRow,
  listFiles,
  listTranslationEvents,
  listTranslations,
} from './library.queries.ts';
import {
  fileView,
  type LibraryFacts,
  languageState,
  languagesOf,
  readerFileOf,
  type TranslationRights,
  translationView,
} from './library-view.ts';

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
  const facts = { files, translations, events };
  return ctx.actor.distributorId ? withoutOtherDistributorsPeople(ctx, tx, facts) : facts;
}

/**
 * A distributor's users see the principal's people and their own, never another distributor's:
 * a translation reviewed (or a file uploaded) by another distributor's user shows no name or id.
 */
async function withoutOtherDistributorsPeople(
  ctx: Context,
  tx: Tx,
  facts: LibraryFacts,
): Promise<LibraryFacts> {
  const ids = new Set<string>();
  for (const file of facts.files) if (file.uploadedByUserId) ids.add(file.uploadedByUserId);
  for (const row of facts.translations) {
    if (row.reviewerUserId) ids.add(row.reviewerUserId);
    if (row.requestedByUserId) ids.add(row.requestedByUserId);
  }
  for (const event of facts.events) if (event.actorUserId) ids.add(event.actorUserId);
  const visible = new Set(
    (await lookUpMembers(tx, ctx.actor.workspaceId, [...ids])).map((member) => member.userId),
  );
  const someone = ctx.t('library.otherDistributorPerson');
  const shown = (userId: string | null) => userId === null || visible.has(userId);
  return {
    files: facts.files.map((file) =>
      shown(file.uploadedByUserId)
        ? file
        : { ...file, uploadedByUserId: null, uploadedByName: someone },
    ),
    translations: facts.translations.map((row) => ({
      ...row,
      ...(shown(row.reviewerUserId) ? {} : { reviewerUserId: null, reviewerName: someone }),
      ...(shown(row.requestedByUserId)
        ? {}
        : { requestedByUserId: null, requestedByName: someone }),
    })),
    events: facts.events.map((event) =>
      shown(event.actorUserId) ? event : { ...event, actorUserId: null, actorName: someone },
    ),
  };
}

function readerFileView(found: ReturnType<typeof readerFileOf>) {
  return found ? { ...fileView(found.file), isOlder: found.isOlder } : null;
}

export function documentView(
  ctx: Context,
  document: DocumentRow,
  facts: LibraryFacts,
  rights: TranslationRights,
  lines: Map<string, { code: string; name: string }>,
  moreLanguages: string[] = [],
) {
  return {
    id: document.id,
    title: document.title,
    description: document.description,
    kind: document.kind,
    sourceLanguage: document.sourceLanguage,
    productLines: document.productLineIds.map((id) => ({
      id,
      code: lines.get(id)?.code ?? '?',
      name: lines.get(id)?.name ?? '?',
    })),
    countries: document.countries,
    validFrom: document.validFrom,
    validUntil: document.validUntil,
    currentVersion: document.currentVersion,
    archived: document.archivedAt !== null,
    updatedAt: document.updatedAt,
    readerFile: readerFileView(
      readerFileOf(document, facts, [
        ...new Set([libraryLanguage(ctx.actor.locale), ...(rights.readerLanguages ?? [])]),
      ]),
    ),
    variants: languagesOf(document, facts, rights.readerLanguages ?? [], moreLanguages).map(
      (language) => {
        const { state, file, open } = languageState(document, language, facts);
        return {
          language,
          state,
          file: file ? fileView(file) : null,
          translation: open ? translationView(open, facts, ctx.actor, rights) : null,
        };
      },
    ),
  };
}
