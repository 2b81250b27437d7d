import { randomUUID } from 'node:crypto';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Database, Tx } from '../db/client.ts';
import { outboxEmail } from '../db/schema.ts';

/** An iCalendar object sent along (nodemailer's icalEvent): calendar apps offer to accept it. */
export type MailCalendar = { method: 'REQUEST' | 'CANCEL'; content: string };

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  calendar?: MailCalendar;
};

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
    async deliver({ calendar, ...mail }) {
      await transport.sendMail({
        from,
        ...mail,
        ...(calendar
          ? {
              icalEvent: {
                method: calendar.method,
                filename: calendar.method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
                content: calendar.content,
              },
            }
          : {}),
      });
    },
  };
}

/**
 * Queues an e-mail in the caller's transaction (the outbox pattern): a mail is stored exactly when
 * the change that caused it commits, and delivery happens afterwards. The id is made here, not
 * returned by the insert: a distributor's user may queue mail but not read the outbox back.
 */
export async function queueMail(tx: Tx, workspaceId: string, mail: OutgoingMail): Promise<string> {
  const id = randomUUID();
  await tx.insert(outboxEmail).values({
    workspaceId,
    id,
    toAddress: mail.to,
    subject: mail.subject,
    bodyText: mail.text,
    bodyHtml: mail.html ?? null,
    icalMethod: mail.calendar?.method ?? null,
    icalContent: mail.calendar?.content ?? null,
  });
  return id;
}

const MAX_ATTEMPTS = 5;

/**
 * Delivers stored mail through SMTP, oldest first, and returns how many were sent. Mail is claimed
 * in a short transaction (SKIP LOCKED, so several servers can run this at once without sending a
 * mail twice) and sent outside any transaction: PGlite has one connection and SMTP must not hold
 * it. A claim left by a crashed server is retried after 10 minutes. Runs as the owner: it is a
 * system job across workspaces.
 */
export async function deliverOutbox(
  database: Database,
  mailer: Mailer,
  options: { limit?: number; workspaceId?: string } = {},
) {
  if (!mailer.isConfigured) return 0;
  const pending = database.db
    .select({ workspaceId: outboxEmail.workspaceId, id: outboxEmail.id })
    .from(outboxEmail)
    .where(
      and(
        // One workspace only when asked (tests on a shared database); the server sends all.
        options.workspaceId ? eq(outboxEmail.workspaceId, options.workspaceId) : undefined,
        or(
          eq(outboxEmail.status, 'stored'),
          and(
            eq(outboxEmail.status, 'sending'),
            lt(outboxEmail.claimedAt, sql`now() - interval '10 minutes'`),
          ),
        ),
      ),
    )
    .orderBy(outboxEmail.createdAt)
    .limit(options.limit ?? 20)
    .for('update', { skipLocked: true });
  // One statement claims the batch: the rows locked by the subquery are marked as being sent.
  const claimed = await database.db
    .update(outboxEmail)
    .set({ status: 'sending', claimedAt: sql`now()`, attempts: sql`${outboxEmail.attempts} + 1` })
    .where(sql`(${outboxEmail.workspaceId}, ${outboxEmail.id}) in (${pending})`)
    .returning();
  // RETURNING keeps no order; send the oldest first, as queued.
  claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  let delivered = 0;
  for (const mail of claimed) {
    const where = and(eq(outboxEmail.workspaceId, mail.workspaceId), eq(outboxEmail.id, mail.id));
    try {
      await mailer.deliver({
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.bodyText,
        ...(mail.bodyHtml ? { html: mail.bodyHtml } : {}),
        ...(mail.icalMethod && mail.icalContent
          ? { calendar: { method: mail.icalMethod, content: mail.icalContent } }
          : {}),
      });
      await database.db
        .update(outboxEmail)
        .set({ status: 'sent', sentAt: sql`now()`, error: null })
        .where(where);
      delivered += 1;
    } catch (error) {
      await database.db
        .update(outboxEmail)
        .set({
          status: mail.attempts >= MAX_ATTEMPTS ? 'failed' : 'stored',
          error: String(error).slice(0, 500),
        })
        .where(where);
    }
  }
  return delivered;
}
