// The documents of the library: principal editors add them with their first file, change what
// they are and whom they reach, and upload new versions (which make every translation of an
// earlier one outdated). Everyone reads the documents that reach them: principal staff all of
// them, a distributor's users those for its territory and lines that are valid today.
import type { z } from 'zod';
import { productLineNames } from '../charter/charter-in-force.service.ts';
import type { Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError } from '../platform/errors.ts';
import { libraryLanguage } from '../platform/languages.ts';
import {
  type Context,
  inTransaction,
  isPrincipal,
  principalEditors,
  requireRole,
  todayFor,
} from '../platform/tenancy.ts';
import type { Upload } from '../platform/uploads.ts';
import {
  countDocuments,
  type DocumentFilter,
  type DocumentRow,
  distributorsReachedBy,
  findDocument,
  findFile,
  insertDocument,
  insertFile,
  insertVersion,
  listActiveDistributors,
  listDocuments,
  listVersions,
  updateDocument,
} from './library.queries.ts';
import type {
  DocumentInput,
  DocumentListQuery,
  DocumentPatch,
  VersionInput,
} from './library.schema.ts';
import { documentView, loadFacts, rightsOf } from './library-facts.service.ts';
import { checkLibraryUpload, readStoredFile, storeThen } from './library-files.ts';
import {
  fileView,
  isPreviewable,
  type LibraryFacts,
  languageState,
  translationView,
} from './library-view.ts';

function filterFor(
  ctx: Context,
  query: { q?: string; kind?: DocumentRow['kind']; archived?: boolean },
) {
  const principal = isPrincipal(ctx.actor);
  const filter: DocumentFilter = {
    q: query.q,
    kind: query.kind,
    archived: principal ? (query.archived ?? false) : false,
  };
  // Row-level security already confines a distributor's user to the documents that reach it;
  // of those it sees what is valid today.
  if (!principal) filter.validOn = todayFor(ctx);
  return filter;
}

export function listLibrary(ctx: Context, query: z.output<typeof DocumentListQuery>) {
  return inTransaction(ctx, async (tx) => {
    const rights = await rightsOf(ctx, tx);
    const filter = filterFor(ctx, query);
    let ids: string[] | undefined;
    let known: LibraryFacts | undefined;
    if (query.language) {
      // Documents with no current file in the language: the rule is languageState's, so it runs
      // over every matching document before the page is cut, and its facts serve the page too.
      const language = libraryLanguage(query.language);
      const all = await listDocuments(tx, ctx.actor.workspaceId, filter);
      known = await loadFacts(
        ctx,
        tx,
        all.map((document) => document.id),
      );
      const facts = known;
      ids = all
        .filter((document) => {
          const { state } = languageState(document, language, facts);
          return state === 'missing' || state === 'outdated';
        })
        .map((document) => document.id);
    }
    const documents = await listDocuments(tx, ctx.actor.workspaceId, filter, {
      limit: query.limit,
      offset: query.offset,
      ids,
    });
    const total = await countDocuments(tx, ctx.actor.workspaceId, filter, ids);
    const facts =
      known ??
      (await loadFacts(
        ctx,
        tx,
        documents.map((document) => document.id),
      ));
    const lines = await productLineNames(tx, ctx.actor.workspaceId);
    return {
      items: documents.map((document) => documentView(ctx, document, facts, rights, lines)),
      total,
    };
  });
}

async function visibleDocument(ctx: Context, tx: Tx, id: string, options: { lock?: boolean } = {}) {
  // A distributor's user reads only what is valid today; row-level security already hides what
  // does not reach it.
  const document = await findDocument(tx, ctx.actor.workspaceId, id, {
    ...options,
    validOn: isPrincipal(ctx.actor) ? undefined : todayFor(ctx),
  });
  if (!document) throw new AppError('not_found');
  return document;
}

export function getDocument(ctx: Context, id: string) {
  return inTransaction(ctx, (tx) => documentDetail(ctx, tx, id));
}

/** The detail page: the document, its versions and every translation with its history. */
export async function documentDetail(ctx: Context, tx: Tx, id: string) {
  const document = await visibleDocument(ctx, tx, id);
  const rights = await rightsOf(ctx, tx);
  const facts = await loadFacts(ctx, tx, [id]);
  const versions = await listVersions(tx, ctx.actor.workspaceId, id);
  const lines = await productLineNames(tx, ctx.actor.workspaceId);
  const sourceFiles = new Map(
    facts.files
      .filter((file) => file.translationId === null)
      .map((file) => [file.versionNumber, file]),
  );
  return {
    ...documentView(
      ctx,
      document,
      facts,
      rights,
      lines,
      await readLanguagesOfReach(ctx, tx, document),
    ),
    versions: versions.flatMap((version) => {
      const file = sourceFiles.get(version.number);
      return file
        ? [
            {
              number: version.number,
              note: version.note,
              createdBy: { userId: version.createdByUserId, name: version.createdByName },
              createdAt: version.createdAt,
              file: fileView(file),
            },
          ]
        : [];
    }),
    translations: facts.translations.map((translation) =>
      translationView(translation, facts, ctx.actor, rights),
    ),
    canEdit: rights.canEdit,
  };
}

/** For principal staff: every language the active distributors a document reaches read. */
async function readLanguagesOfReach(ctx: Context, tx: Tx, document: DocumentRow) {
  if (!isPrincipal(ctx.actor)) return [];
  const reached = await distributorsReachedBy(tx, document);
  const distributors = await listActiveDistributors(tx, ctx.actor.workspaceId);
  return distributors
    .filter((row) => reached.has(row.id))
    .flatMap((row) => row.languages.map(libraryLanguage));
}

function checkValidity(ctx: Context, validFrom: string, validUntil: string | null | undefined) {
  if (validUntil && validUntil < validFrom) {
    throw new AppError('validation_failed', {
      errors: [{ pointer: '#/validUntil', detail: ctx.t('library.validation.valid_until') }],
    });
  }
}

async function checkProductLines(ctx: Context, tx: Tx, ids: readonly string[] | undefined) {
  if (!ids?.length) return;
  const lines = await productLineNames(tx, ctx.actor.workspaceId);
  const unknown = ids.findIndex((id) => !lines.has(id));
  if (unknown >= 0) {
    throw new AppError('validation_failed', {
      errors: [
        {
          pointer: `#/productLineIds/${unknown}`,
          detail: ctx.t('library.validation.product_line'),
        },
      ],
    });
  }
}

export async function createDocument(
  ctx: Context,
  input: DocumentInput,
  uploads: readonly Upload[],
) {
  requireRole(ctx.actor, principalEditors);
  const validFrom = input.validFrom ?? todayFor(ctx);
  checkValidity(ctx, validFrom, input.validUntil);
  const file = await checkLibraryUpload(ctx, uploads);
  const id = await storeThen(ctx, file, (stored) =>
    inTransaction(ctx, async (tx) => {
      await checkProductLines(ctx, tx, input.productLineIds);
      const now = ctx.clock.now();
      const by = { createdByUserId: ctx.actor.userId, createdByName: ctx.actor.name };
      const document = await insertDocument(tx, {
        workspaceId: ctx.actor.workspaceId,
        title: input.title,
        description: input.description,
        kind: input.kind,
        sourceLanguage: libraryLanguage(input.sourceLanguage),
        productLineIds: [...new Set(input.productLineIds ?? [])],
        countries: [...new Set(input.countries ?? [])].sort(),
        validFrom,
        validUntil: input.validUntil ?? null,
        currentVersion: 1,
        ...by,
        createdAt: now,
        updatedAt: now,
      });
      await insertVersion(tx, {
        workspaceId: ctx.actor.workspaceId,
        documentId: document.id,
        number: 1,
        note: input.note,
        ...by,
        createdAt: now,
      });
      const row = await insertFile(tx, {
        workspaceId: ctx.actor.workspaceId,
        documentId: document.id,
        versionNumber: 1,
        language: document.sourceLanguage,
        ...stored,
        uploadedByUserId: ctx.actor.userId,
        uploadedByName: ctx.actor.name,
        uploadedAt: now,
      });
      await recordAudit(tx, ctx.actor, {
        entityType: 'library_document',
        entityId: document.id,
        action: 'library_document.created',
        after: { ...document, file: { fileName: row.fileName, sha256: row.sha256 } },
      });
      return document.id;
    }),
  );
  return getDocument(ctx, id);
}

export async function addVersion(
  ctx: Context,
  id: string,
  input: VersionInput,
  uploads: readonly Upload[],
) {
  requireRole(ctx.actor, principalEditors);
  const file = await checkLibraryUpload(ctx, uploads);
  await storeThen(ctx, file, (stored) =>
    inTransaction(ctx, async (tx) => {
      // Locked: two uploads at once take numbers one after the other.
      const document = await visibleDocument(ctx, tx, id, { lock: true });
      const number = document.currentVersion + 1;
      const now = ctx.clock.now();
      await insertVersion(tx, {
        workspaceId: ctx.actor.workspaceId,
        documentId: id,
        number,
        note: input.note,
        createdByUserId: ctx.actor.userId,
        createdByName: ctx.actor.name,
        createdAt: now,
      });
      const row = await insertFile(tx, {
        workspaceId: ctx.actor.workspaceId,
        documentId: id,
        versionNumber: number,
        language: document.sourceLanguage,
        ...stored,
        uploadedByUserId: ctx.actor.userId,
        uploadedByName: ctx.actor.name,
        uploadedAt: now,
      });
      await updateDocument(tx, ctx.actor.workspaceId, id, {
        currentVersion: number,
        updatedAt: now,
      });
      await recordAudit(tx, ctx.actor, {
        entityType: 'library_document',
        entityId: id,
        action: 'library_document.version_added',
        before: { currentVersion: document.currentVersion },
        after: {
          currentVersion: number,
          note: input.note,
          fileName: row.fileName,
          sha256: row.sha256,
        },
      });
    }),
  );
  return getDocument(ctx, id);
}

export function changeDocument(ctx: Context, id: string, patch: DocumentPatch) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const document = await visibleDocument(ctx, tx, id, { lock: true });
    checkValidity(
      ctx,
      patch.validFrom ?? document.validFrom,
      patch.validUntil === undefined ? document.validUntil : patch.validUntil,
    );
    await checkProductLines(ctx, tx, patch.productLineIds);
    const { archived, ...fields } = patch;
    const changed = await updateDocument(tx, ctx.actor.workspaceId, id, {
      ...fields,
      ...(fields.productLineIds ? { productLineIds: [...new Set(fields.productLineIds)] } : {}),
      ...(fields.countries ? { countries: [...new Set(fields.countries)].sort() } : {}),
      ...(archived === undefined
        ? {}
        : { archivedAt: archived ? (document.archivedAt ?? ctx.clock.now()) : null }),
      updatedAt: ctx.clock.now(),
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'library_document',
      entityId: id,
      action: 'library_document.updated',
      before: document,
      after: changed,
    });
    return documentDetail(ctx, tx, id);
  });
}

/** One file's bytes, for whoever sees its document; `inline` only where it can be previewed. */
export async function readLibraryFile(ctx: Context, fileId: string, inline: boolean) {
  const file = await inTransaction(ctx, async (tx) => {
    const row = await findFile(tx, ctx.actor.workspaceId, fileId);
    if (!row) throw new AppError('not_found');
    await visibleDocument(ctx, tx, row.documentId);
    return row;
  });
  return {
    fileName: file.fileName,
    contentType: file.contentType,
    body: await readStoredFile(ctx, file.fileKey),
    disposition:
      inline && isPreviewable(file.contentType) ? ('inline' as const) : ('attachment' as const),
  };
}
