import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { communicationAttachment } from '../db/schema.ts';

const described = {
  id: communicationAttachment.id,
  messageId: communicationAttachment.messageId,
  fileName: communicationAttachment.fileName,
  contentType: communicationAttachment.contentType,
  sizeBytes: communicationAttachment.sizeBytes,
};

export type AttachmentMeta = {
  id: string;
  messageId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
};

export async function insertAttachments(
  tx: Tx,
  values: (typeof communicationAttachment.$inferInsert)[],
): Promise<AttachmentMeta[]> {
  if (values.length === 0) return [];
  return tx.insert(communicationAttachment).values(values).returning(described);
}

/** Every attachment of a thread, without content, in the order they were uploaded. */
export function findThreadAttachments(
  tx: Tx,
  workspaceId: string,
  threadId: string,
): Promise<AttachmentMeta[]> {
  return tx
    .select(described)
    .from(communicationAttachment)
    .where(
      and(
        eq(communicationAttachment.workspaceId, workspaceId),
        eq(communicationAttachment.threadId, threadId),
      ),
    )
    .orderBy(asc(communicationAttachment.createdAt), asc(communicationAttachment.position));
}

export async function findAttachment(tx: Tx, workspaceId: string, threadId: string, id: string) {
  const [row] = await tx
    .select()
    .from(communicationAttachment)
    .where(
      and(
        eq(communicationAttachment.workspaceId, workspaceId),
        eq(communicationAttachment.threadId, threadId),
        eq(communicationAttachment.id, id),
      ),
    );
  return row;
}
