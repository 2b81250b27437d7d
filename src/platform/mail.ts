import { and, eq, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Database, Tx } from '../db/client.ts';
import { outboxEmail } from '../db/schema.ts';

export type OutgoingMail = { to: string; subject: string; text: string; html?: string };

/** Sends what is already committed to the outbox. Without SMTP_URL mail stays in the outbox. */
export type Mailer = {
  isConfigured: boolean;
  deliver(mail: OutgoingMail): Promise<void>;
};

export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  if (!smtpUrl) {
    return {
      isConfigured: false,
      async deliver() {},
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    isConfigured: true,
    async deliver(mail) {
      await transport.sendMail({ from, ...mail });
    },
  };
}

/**
 * Queues an e-mail in the caller's transaction (the outbox pattern): a mail is stored exactly when
 * the change that caused it commits, and delivery happens afterwards.
 */
export async function queueMail(tx: Tx, workspaceId: string, mail: OutgoingMail): Promise<string> {
  const [row] = await tx
    .insert(outboxEmail)
    .values({
      workspaceId,
      toAddress: mail.to,
      subject: mail.subject,
      bodyText: mail.text,
      bodyHtml: mail.html ?? null,
    })
    .returning({ id: outboxEmail.id });
  if (!row) throw new Error('outbox insert returned no row');
  return row.id;
}

/**
 * Delivers stored mails through SMTP, oldest first. SKIP LOCKED lets several servers run this at
 * once without sending a mail twice. Runs as the owner: it is a system job across workspaces.
 */
export async function deliverOutbox(database: Database, mailer: Mailer, limit = 20) {
  if (!mailer.isConfigured) return 0;
  let delivered = 0;
  await database.db.transaction(async (tx) => {
    const pending = await tx
      .select()
      .from(outboxEmail)
      .where(eq(outboxEmail.status, 'stored'))
      .orderBy(outboxEmail.createdAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    for (const mail of pending) {
      const where = and(eq(outboxEmail.workspaceId, mail.workspaceId), eq(outboxEmail.id, mail.id));
      try {
        await mailer.deliver({
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.bodyText,
          ...(mail.bodyHtml ? { html: mail.bodyHtml } : {}),
        });
        await tx.update(outboxEmail).set({ status: 'sent', sentAt: sql`now()` }).where(where);
        delivered += 1;
      } catch (error) {
        await tx
          .update(outboxEmail)
          .set({ status: 'failed', error: String(error).slice(0, 500) })
          .where(where);
      }
    }
  });
  return delivered;
}
