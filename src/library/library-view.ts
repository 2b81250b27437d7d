// What a document looks like to a reader, and the one rule of coverage: in each language a
// document is the source, current (an approved translation of the current version), outdated
// (approved only for an earlier version) or missing. Pure, so the detail page, the lists and both
// coverage views read it the same way.
import { libraryLanguage } from '../platform/languages.ts';
import type { Actor } from '../platform/tenancy.ts';
import type {
  DocumentRow,
  FileRow,
  TranslationEventRow,
  TranslationRow,
} from './library.queries.ts';

export type CoverageState = 'source' | 'current' | 'outdated' | 'missing';
const openStatuses = new Set(['requested', 'in_review', 'changes_requested']);

const previewTypes = /^(application\/pdf|image\/(png|jpeg|gif|webp|avif|bmp))$/;

/** PDFs and the images every browser draws are shown inline; anything else is downloaded. */
export function isPreviewable(contentType: string) {
  return previewTypes.test(contentType);
}

export function fileView(file: FileRow) {
  return {
    id: file.id,
    language: file.language,
    versionNumber: file.versionNumber,
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    previewable: isPreviewable(file.contentType),
    uploadedBy: { userId: file.uploadedByUserId, name: file.uploadedByName },
    uploadedAt: file.uploadedAt,
  };
}

/** Everything known about some documents, loaded once for a page. */
export type LibraryFacts = {
  files: FileRow[];
  translations: ShownTranslation[];
  events: TranslationEventRow[];
};

/** A translation as a reader may see it: another distributor's reviewer has no id (no name). */
export type ShownTranslation = Omit<TranslationRow, 'reviewerUserId'> & {
  reviewerUserId: string | null;
};

export type TranslationRights = {
  /** The actor's distributor's languages (library keys), or null for principal staff. */
  readerLanguages: string[] | null;
  canEdit: boolean;
};

/** Who may upload to a translation: principal editors, or users of a distributor reading it. */
export function canUploadTo(translation: ShownTranslation, rights: TranslationRights) {
  if (!openStatuses.has(translation.status)) return false;
  return rights.readerLanguages === null
    ? rights.canEdit
    : rights.readerLanguages.includes(translation.language);
}

export function translationView(
  translation: ShownTranslation,
  facts: LibraryFacts,
  actor: Actor,
  rights: TranslationRights,
) {
  const uploads = facts.files.filter((file) => file.translationId === translation.id);
  const newest = uploads.at(-1);
  return {
    id: translation.id,
    documentId: translation.documentId,
    versionNumber: translation.versionNumber,
    language: translation.language,
    status: translation.status,
    dueOn: translation.dueOn,
    reviewer: { userId: translation.reviewerUserId, name: translation.reviewerName },
    requestedBy: { userId: translation.requestedByUserId, name: translation.requestedByName },
    requestedAt: translation.requestedAt,
    file: newest ? fileView(newest) : null,
    history: facts.events
      .filter((event) => event.translationId === translation.id)
      .map((event) => ({
        kind: event.kind,
        comment: event.comment,
        fileId: event.fileId,
        actor: { userId: event.actorUserId, name: event.actorName },
        at: event.at,
      })),
    canUpload: canUploadTo(translation, rights),
    canReview: translation.status === 'in_review' && translation.reviewerUserId === actor.userId,
  };
}

/** A document's state in one language, with the file to read and the open translation. */
export function languageState(document: DocumentRow, language: string, facts: LibraryFacts) {
  const ofDocument = (file: FileRow) => file.documentId === document.id;
  if (language === libraryLanguage(document.sourceLanguage)) {
    const source = facts.files.find(
      (file) =>
        ofDocument(file) &&
        file.translationId === null &&
        file.versionNumber === document.currentVersion,
    );
    return {
      state: 'source' as CoverageState,
      file: source ?? null,
      open: null,
      version: document.currentVersion,
    };
  }
  const translations = facts.translations.filter(
    (translation) => translation.documentId === document.id && translation.language === language,
  );
  const approved = translations
    .filter((translation) => translation.status === 'approved')
    .sort((a, b) => b.versionNumber - a.versionNumber)[0];
  const open =
    translations.find(
      (translation) =>
        openStatuses.has(translation.status) &&
        translation.versionNumber === document.currentVersion,
    ) ?? null;
  const approvedFile = approved
    ? (facts.files.filter((file) => file.translationId === approved.id).at(-1) ?? null)
    : null;
  const state: CoverageState = !approved
    ? 'missing'
    : approved.versionNumber === document.currentVersion
      ? 'current'
      : 'outdated';
  return { state, file: approvedFile, open, version: approved?.versionNumber ?? null };
}

/**
 * The languages a document is shown in: the reader's first (a distributor's languages, in its
 * order), then the source, then every other language with a translation, alphabetically, then
 * `more` (on its page, for principal staff: every language the distributors it reaches read).
 */
export function languagesOf(
  document: DocumentRow,
  facts: LibraryFacts,
  readerLanguages: string[],
  more: string[] = [],
) {
  const others = facts.translations
    .filter(
      (translation) => translation.documentId === document.id && translation.status !== 'withdrawn',
    )
    .map((translation) => translation.language)
    .sort();
  return [
    ...new Set([
      ...readerLanguages,
      libraryLanguage(document.sourceLanguage),
      ...others,
      ...[...more].sort(),
    ]),
  ];
}

/**
 * The file a reader opens first: in their languages in order (their interface's, then their
 * distributor's), a current translation or the source; else an outdated translation, marked as
 * older; else the source, whatever its language.
 */
export function readerFileOf(document: DocumentRow, facts: LibraryFacts, preferred: string[]) {
  const states = preferred.map((language) => languageState(document, language, facts));
  const best =
    states.find((entry) => entry.file && (entry.state === 'current' || entry.state === 'source')) ??
    states.find((entry) => entry.file && entry.state === 'outdated') ??
    languageState(document, libraryLanguage(document.sourceLanguage), facts);
  return best.file ? { file: best.file, isOlder: best.state === 'outdated' } : null;
}
