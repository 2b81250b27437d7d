// Translating a document: a principal editor requests a translation of the current version into a
// language, with a due date and a named reviewer; the principal, its agency (through a principal
// account) or a distributor reading that language uploads the translated file; the reviewer
// approves it or asks for changes with a comment. Every step is kept as the translation's history
// and written to the audit log. A new source version leaves approved translations outdated.
import { listMembersToNotify } from '../accounts/accounts.service.ts';
import type { Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, postgresErrorCode } from '../platform/errors.ts';
import { libraryLanguage } from '../platform/languages.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import type { Upload } from '../platform/uploads.ts';
import { documentDetail } from './documents.service.ts';
import {
  type DocumentRow,
  distributorsReachedBy,
  findDocument,
  findTranslation,
  insertFile,
  insertTranslation,
  insertTranslationEvent,
  listActiveDistributors,
  listFiles,
  type TranslationRow,
  updateTranslation,
} from './library.queries.ts';
import type { ReviewInput, TranslationInput } from './library.schema.ts';
import { rightsOf } from './library-facts.service.ts';
import { checkLibraryUpload, storeThen } from './library-files.ts';
import { canUploadTo } from './library-view.ts';
import { mailTranslationStep } from './translation-mail.service.ts';

function stateError(ctx: Context, status: TranslationRow['status']) {
  return new AppError('translation_state', {
    params: { state: ctx.t(`library.translationState.${status}`) },
  });
}

/** Who may review a translation of this document: principal staff, and users of a distributor it reaches. */
export function listReviewers(ctx: Context, documentId: string) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const document = await findDocument(tx, ctx.actor.workspaceId, documentId);
    if (!document) throw new AppError('not_found');
    return reviewersOf(ctx, tx, document);
  });
}

async function reviewersOf(ctx: Context, tx: Tx, document: DocumentRow) {
  const members = await listMembersToNotify(tx, ctx.actor.workspaceId);
  const distributors = await listActiveDistributors(tx, ctx.actor.workspaceId);
  const byId = new Map(distributors.map((row) => [row.id, row]));
  const reached = await distributorsReachedBy(tx, document);
  return members
    .filter((member) => member.distributorId === null || reached.has(member.distributorId))
    .map((member) => {
      const own = member.distributorId ? byId.get(member.distributorId) : undefined;
      return {
        userId: member.userId,
        name: member.name,
        distributorId: member.distributorId,
        distributorName: own?.name ?? null,
        languages: own ? [...new Set(own.languages.map(libraryLanguage))] : [],
      };
    })
    .sort(
      (a, b) =>
        (a.distributorName ?? '').localeCompare(b.distributorName ?? '', ctx.actor.locale) ||
        a.name.localeCompare(b.name, ctx.actor.locale),
    );
}

export function requestTranslation(ctx: Context, documentId: string, input: TranslationInput) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const document = await findDocument(tx, ctx.actor.workspaceId, documentId, { lock: true });
    if (!document || document.archivedAt) throw new AppError('not_found');
    const language = libraryLanguage(input.language);
    if (language === document.sourceLanguage) {
      throw new AppError('validation_failed', {
        errors: [{ pointer: '#/language', detail: ctx.t('library.validation.source_language') }],
      });
    }
    const reviewer = (await reviewersOf(ctx, tx, document)).find(
      (candidate) => candidate.userId === input.reviewerUserId,
    );
    if (!reviewer) {
      throw new AppError('validation_failed', {
        errors: [{ pointer: '#/reviewerUserId', detail: ctx.t('library.validation.reviewer') }],
      });
    }
    const now = ctx.clock.now();
    const translation = await insertTranslation(tx, {
      workspaceId: ctx.actor.workspaceId,
      documentId,
      versionNumber: document.currentVersion,
      language,
      status: 'requested',
      dueOn: input.dueOn ?? null,
      reviewerUserId: reviewer.userId,
      reviewerName: reviewer.name,
      requestedByUserId: ctx.actor.userId,
      requestedByName: ctx.actor.name,
      requestedAt: now,
      updatedAt: now,
    }).catch((error: unknown) => {
      // The unique index on open translations: one per version and language.
      if (postgresErrorCode(error) === '23505') {
        throw new AppError('validation_failed', {
          errors: [
            { pointer: '#/language', detail: ctx.t('library.validation.translation_exists') },
          ],
        });
      }
      throw error;
    });
    await insertTranslationEvent(tx, {
      workspaceId: ctx.actor.workspaceId,
      translationId: translation.id,
      kind: 'requested',
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.name,
      at: now,
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'library_translation',
      entityId: translation.id,
      action: 'library_translation.requested',
      after: translation,
    });
    await mailTranslationStep(ctx, tx, 'requested', document, translation);
    return documentDetail(ctx, tx, documentId);
  });
}

/** The translation, with the checks every step shares: it exists and its document is visible. */
async function openTranslation(ctx: Context, tx: Tx, id: string) {
  const translation = await findTranslation(tx, ctx.actor.workspaceId, id);
  if (!translation) throw new AppError('not_found');
  const document = await findDocument(tx, ctx.actor.workspaceId, translation.documentId);
  if (!document) throw new AppError('not_found');
  return { translation, document };
}

async function step(
  ctx: Context,
  tx: Tx,
  translation: TranslationRow,
  change: {
    status: TranslationRow['status'];
    kind: 'uploaded' | 'approved' | 'changes_requested' | 'withdrawn';
    comment?: string | null;
    fileId?: string;
  },
) {
  const now = ctx.clock.now();
  const changed = await updateTranslation(tx, ctx.actor.workspaceId, translation.id, {
    status: change.status,
    updatedAt: now,
  });
  await insertTranslationEvent(tx, {
    workspaceId: ctx.actor.workspaceId,
    translationId: translation.id,
    kind: change.kind,
    fileId: change.fileId ?? null,
    comment: change.comment ?? null,
    actorUserId: ctx.actor.userId,
    actorName: ctx.actor.name,
    at: now,
  });
  await recordAudit(tx, ctx.actor, {
    entityType: 'library_translation',
    entityId: translation.id,
    action: `library_translation.${change.kind}`,
    before: { status: translation.status },
    after: {
      status: changed.status,
      comment: change.comment ?? null,
      fileId: change.fileId ?? null,
    },
  });
}

/** The translated file: the translation goes to its reviewer. */
export async function uploadTranslation(ctx: Context, id: string, uploads: readonly Upload[]) {
  const file = await checkLibraryUpload(ctx, uploads);
  return storeThen(ctx, file, (stored) =>
    inTransaction(ctx, async (tx) => {
      const { translation, document } = await openTranslation(ctx, tx, id);
      const rights = await rightsOf(ctx, tx);
      if (!canUploadTo(translation, rights)) {
        if (translation.status === 'approved' || translation.status === 'withdrawn') {
          throw stateError(ctx, translation.status);
        }
        throw new AppError('forbidden');
      }
      const row = await insertFile(tx, {
        workspaceId: ctx.actor.workspaceId,
        documentId: translation.documentId,
        versionNumber: translation.versionNumber,
        language: translation.language,
        translationId: translation.id,
        ...stored,
        uploadedByUserId: ctx.actor.userId,
        uploadedByName: ctx.actor.name,
        uploadedAt: ctx.clock.now(),
      });
      await step(ctx, tx, translation, { status: 'in_review', kind: 'uploaded', fileId: row.id });
      await mailTranslationStep(ctx, tx, 'uploaded', document, translation);
      return documentDetail(ctx, tx, translation.documentId);
    }),
  );
}

/** The named reviewer's decision on the uploaded file. */
export function reviewTranslation(ctx: Context, id: string, input: ReviewInput) {
  return inTransaction(ctx, async (tx) => {
    const { translation, document } = await openTranslation(ctx, tx, id);
    if (translation.reviewerUserId !== ctx.actor.userId) throw new AppError('forbidden');
    if (translation.status !== 'in_review') throw stateError(ctx, translation.status);
    const kind = input.decision === 'approve' ? 'approved' : 'changes_requested';
    await step(ctx, tx, translation, { status: kind, kind, comment: input.comment });
    // The requester hears of the decision, and so does whoever uploaded the files.
    const uploads = await listFiles(tx, ctx.actor.workspaceId, [translation.documentId]);
    await mailTranslationStep(ctx, tx, kind, document, translation, {
      comment: input.comment,
      uploaderUserIds: uploads
        .filter((file) => file.translationId === translation.id)
        .map((file) => file.uploadedByUserId),
    });
    return documentDetail(ctx, tx, translation.documentId);
  });
}

/** A principal editor calls off an open translation, with the reason. */
export function withdrawTranslation(ctx: Context, id: string, reason: string) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const { translation } = await openTranslation(ctx, tx, id);
    if (translation.status === 'approved' || translation.status === 'withdrawn') {
      throw stateError(ctx, translation.status);
    }
    await step(ctx, tx, translation, { status: 'withdrawn', kind: 'withdrawn', comment: reason });
    return documentDetail(ctx, tx, translation.documentId);
  });
}
