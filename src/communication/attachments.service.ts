// Files that come with a message: checked by content and size before anything is stored, kept in
// the database with the message (docs/decisions.md), and read back only by who sees the thread.
import type { Tx } from '../db/client.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import { type Context, inTransaction } from '../platform/tenancy.ts';
import { type CheckedUpload, checkUpload, type Upload } from '../platform/uploads.ts';
import { findAttachment, insertAttachments } from './attachments.queries.ts';
import type { MessageRow } from './communication.queries.ts';

/** At most this many files with one message. */
export const MAX_ATTACHMENTS = 10;

/** Every file checked; all problems reported at once (422, `#/files/<n>`), nothing stored. */
export async function checkUploads(ctx: Context, uploads: readonly Upload[]) {
  const errors: FieldError[] = [];
  const checked: CheckedUpload[] = [];
  if (uploads.length > MAX_ATTACHMENTS) {
    errors.push({
      pointer: '#/files',
      detail: ctx.t('communication.validation.too_many_files', { max: MAX_ATTACHMENTS }),
    });
  }
  for (const [index, upload] of uploads.entries()) {
    const result = await checkUpload(ctx.t, upload, ctx.config.attachmentMaxBytes);
    if ('refused' in result) errors.push({ pointer: `#/files/${index}`, detail: result.refused });
    else checked.push(result);
  }
  if (errors.length) throw new AppError('validation_failed', { errors });
  return checked;
}

/** Stores checked files with their message, in its transaction. */
export function storeAttachments(
  ctx: Context,
  tx: Tx,
  message: MessageRow,
  files: readonly CheckedUpload[],
) {
  return insertAttachments(
    tx,
    files.map((file, position) => ({
      workspaceId: ctx.actor.workspaceId,
      threadId: message.threadId,
      messageId: message.id,
      distributorId: message.distributorId,
      position,
      fileName: file.fileName,
      contentType: file.contentType,
      sizeBytes: file.content.length,
      content: file.content,
      createdAt: message.createdAt,
    })),
  );
}

/** One attachment's file, for whoever sees the thread (the caller checked the thread first). */
export function readAttachment(
  ctx: Context,
  visibleThread: (tx: Tx) => Promise<{ id: string }>,
  attachmentId: string,
) {
  return inTransaction(ctx, async (tx) => {
    const thread = await visibleThread(tx);
    const row = await findAttachment(tx, ctx.actor.workspaceId, thread.id, attachmentId);
    if (!row) throw new AppError('not_found');
    return { fileName: row.fileName, contentType: row.contentType, body: row.content };
  });
}
