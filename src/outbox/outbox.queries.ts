// Every SQL statement of the outbox page. The outbox's writer and its delivery live in
// platform/mail.ts, which every domain shares.
import { desc, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { outboxEmail } from '../db/schema.ts';

/** The latest 200 e-mails of a workspace, newest first. */
export function listOutboxMails(tx: Tx, workspaceId: string) {
  return tx
    .select({
      id: outboxEmail.id,
      toAddress: outboxEmail.toAddress,
      subject: outboxEmail.subject,
      bodyText: outboxEmail.bodyText,
      status: outboxEmail.status,
      attempts: outboxEmail.attempts,
      error: outboxEmail.error,
      createdAt: outboxEmail.createdAt,
      sentAt: outboxEmail.sentAt,
    })
    .from(outboxEmail)
    .where(eq(outboxEmail.workspaceId, workspaceId))
    .orderBy(desc(outboxEmail.createdAt))
    .limit(200);
}
