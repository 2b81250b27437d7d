// A library file from upload to store: exactly one file, checked by its content (platform/uploads)
// and size before anything is written, stored under a random key. The rows are written after the
// file, in the caller's transaction; if that transaction fails, the file is removed again, so no
// row points at a missing file and (barring a crash in between) no file outlives its row.
import { createHash } from 'node:crypto';
import { AppError, type FieldError } from '../platform/errors.ts';
import { fileStoreFor, newFileKey } from '../platform/file-store.ts';
import type { Context } from '../platform/tenancy.ts';
import { type CheckedUpload, checkUpload, type Upload } from '../platform/uploads.ts';

export type StoredFile = {
  fileKey: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
};

/** The one file of a request, checked; every problem at `#/file`, nothing stored. */
export async function checkLibraryUpload(ctx: Context, uploads: readonly Upload[]) {
  const fail = (detail: string): never => {
    const errors: FieldError[] = [{ pointer: '#/file', detail }];
    throw new AppError('validation_failed', { errors });
  };
  if (uploads.length === 0) return fail(ctx.t('library.validation.file_required'));
  if (uploads.length > 1) return fail(ctx.t('library.validation.one_file'));
  const result = await checkUpload(ctx.t, uploads[0] as Upload, ctx.config.documentMaxBytes);
  return 'refused' in result ? fail(result.refused) : result;
}

/**
 * Stores the checked file, then runs `record` (the caller's transaction writing its rows); the
 * file is deleted again when that fails.
 */
export async function storeThen<T>(
  ctx: Context,
  file: CheckedUpload,
  record: (stored: StoredFile) => Promise<T>,
): Promise<T> {
  const store = fileStoreFor(ctx.config);
  const stored: StoredFile = {
    fileKey: newFileKey(),
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.content.length,
    sha256: createHash('sha256').update(file.content).digest('hex'),
  };
  await store.put(stored.fileKey, file.content, { mediaType: file.contentType });
  try {
    return await record(stored);
  } catch (error) {
    await store.delete(stored.fileKey).catch(() => undefined);
    throw error;
  }
}

/** A stored file's bytes; a row whose file is gone is an operator's problem, not a 404. */
export async function readStoredFile(ctx: Context, fileKey: string) {
  const body = await fileStoreFor(ctx.config).get(fileKey);
  if (!body) throw new Error(`library file ${fileKey} is missing from the file store`);
  return body;
}
