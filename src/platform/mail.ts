import { randomUUID } from 'node:crypto';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Transporter } from 'nodemailer';
import type { Database, Db, Tx } from '../db/client.ts';
import { outboxEmail } from '../db/schema.ts';
import type { Clock } from './clock.ts';

/** An iCalendar object sent along (nodemailer's icalEvent): calendar apps offer to accept it. */
export type MailCalendar = { method: 'REQUEST' | 'CANCEL'; content: string };

/** A file sent with a mail (a concern's PDF); kept in the outbox until delivered. */
export type MailAttachment = { fileName: string; contentType: string; content: Buffer };

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  calendar?: MailCalendar;
  attachments?: MailAttachment[];
  /** Where a reply goes (a thread's signed reply address), when not to MAIL_FROM. */
  replyTo?: string;
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
  // nodemailer is loaded with the first mail delivered, not when the server starts.
  let transport: Promise<Transporter> | undefined;
  return {
    isConfigured: true,
    async deliver({ calendar, attachments, ...mail }) {
      transport ??= import('nodemailer').then(({ default: nodemailer }) =>
        nodemailer.createTransport(smtpUrl),
      );
      await (await transport).sendMail({
        from,
        ...mail,
        ...(attachments?.length
          ? {
              attachments: attachments.map((file) => ({
                filename: file.fileName,
                contentType: file.contentType,
                content: file.content,
              })),
            }
          : {}),
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
    attachments: mail.attachments?.length
      ? mail.attachments.map((file) => ({
          fileName: file.fileName,
          contentType: file.contentType,
          contentBase64: file.content.toString('base64'),
        }))
      : null,
    replyTo: mail.replyTo ?? null,
  });
  return id;
}

// Delivery is a system job across every workspace's outbox: its statements run on the owner
// connection and say so by their names (`…AsOwner`, docs/decisions.md). "now" is a parameter.

/** A claim older than this is taken to belong to a server that crashed, and is claimed again. */
const CLAIM_TIMEOUT_MINUTES = 10;

/**
 * Claims up to `limit` stored mails, oldest first, in one statement: the rows locked by the
 * subquery (SKIP LOCKED, so two servers claiming at once never take the same mail) are marked as
 * being sent, with one more attempt. Only `workspaceId`'s mail when given (tests on a shared
 * database); the server claims every workspace's.
 */
export async function claimOutboxMailAsOwner(
  db: Db,
  options: { now: Date; limit: number; workspaceId?: string | undefined },
) {
  const staleBefore = DateTime.fromJSDate(options.now)
    .minus({ minutes: CLAIM_TIMEOUT_MINUTES })
    .toJSDate();
  const pending = db
    .select({ workspaceId: outboxEmail.workspaceId, id: outboxEmail.id })
    .from(outboxEmail)
    .where(
      and(
        options.workspaceId ? eq(outboxEmail.workspaceId, options.workspaceId) : undefined,
        or(
          eq(outboxEmail.status, 'stored'),
          and(eq(outboxEmail.status, 'sending'), lt(outboxEmail.claimedAt, staleBefore)),
        ),
      ),
    )
    .orderBy(outboxEmail.createdAt)
    .limit(options.limit)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(outboxEmail)
    .set({ status: 'sending', claimedAt: options.now, attempts: sql`${outboxEmail.attempts} + 1` })
    .where(sql`(${outboxEmail.workspaceId}, ${outboxEmail.id}) in (${pending})`)
    .returning();
  // RETURNING keeps no order; send the oldest first, as queued.
  return claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

type MailKey = { workspaceId: string; id: string };

export function markOutboxMailSentAsOwner(db: Db, mail: MailKey, now: Date) {
  return db
    .update(outboxEmail)
    .set({ status: 'sent', sentAt: now, error: null })
    .where(and(eq(outboxEmail.workspaceId, mail.workspaceId), eq(outboxEmail.id, mail.id)));
}

/** Returns a mail SMTP refused to the outbox for a later retry, or marks it failed for good. */
export function markOutboxMailUnsentAsOwner(
  db: Db,
  mail: MailKey,
  outcome: { isFinal: boolean; error: string },
) {
  return db
    .update(outboxEmail)
    .set({ status: outcome.isFinal ? 'failed' : 'stored', error: outcome.error })
    .where(and(eq(outboxEmail.workspaceId, mail.workspaceId), eq(outboxEmail.id, mail.id)));
}

const MAX_ATTEMPTS = 5;

/**
 * Delivers stored mail through SMTP, oldest first, and returns how many were sent. Mail is claimed
 * in a short transaction (SKIP LOCKED, so several servers can run this at once without sending a
 * mail twice) and sent outside any transaction: PGlite has one connection and SMTP must not hold
 * it. A claim left by a crashed server is retried after 10 minutes. Runs as the owner: it is a
 * system job across workspaces (the `…AsOwner` queries above).
 */
export async function deliverOutbox(
  database: Database,
  mailer: Mailer,
  clock: Clock,
  options: { limit?: number; workspaceId?: string } = {},
) {
  if (!mailer.isConfigured) return 0;
  const claimed = await claimOutboxMailAsOwner(database.db, {
    now: clock.now(),
    limit: options.limit ?? 20,
    // One workspace only when asked (tests on a shared database); the server sends all.
    workspaceId: options.workspaceId,
  });
  let delivered = 0;
  for (const mail of claimed) {
    try {
      await mailer.deliver({
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.bodyText,
        ...(mail.bodyHtml ? { html: mail.bodyHtml } : {}),
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        ...(mail.icalMethod && mail.icalContent
          ? { calendar: { method: mail.icalMethod, content: mail.icalContent } }
          : {}),
        ...(mail.attachments?.length
          ? {
              attachments: mail.attachments.map((file) => ({
                fileName: file.fileName,
                contentType: file.contentType,
                content: Buffer.from(file.contentBase64, 'base64'),
              })),
            }
          : {}),
      });
      await markOutboxMailSentAsOwner(database.db, mail, clock.now());
      delivered += 1;
    } catch (error) {
      await markOutboxMailUnsentAsOwner(database.db, mail, {
        isFinal: mail.attempts >= MAX_ATTEMPTS,
        error: String(error).slice(0, 500),
      });
    }
  }
  return delivered;
}
