// A reply to a message notification, received by Liaison's own SMTP server or a mail provider's
// webhook: its signed reply address names the thread and the person; the text above the quoted
// history is posted in the thread as that person, through postMessage, so the same rules apply
// as in the browser (a person who no longer sees the thread, or may not write, cannot post).
import EmailReplyParser from 'email-reply-parser';
import type { AddressObject } from 'mailparser';
import { resolveMemberActor } from '../accounts/accounts.service.ts';
import { AppError } from '../platform/errors.ts';
import { appSecret } from '../platform/secrets.ts';
import { makeContext, type Services } from '../platform/tenancy.ts';
import { findThreadForReplyAsOwner } from './communication.queries.ts';
import { checkReplyAddress, type ReplyCheck } from './reply-address.ts';
import { postMessage } from './threads.service.ts';

export type InboundMail = {
  /** The envelope recipients (RCPT TO); the message's To and Cc headers are read too. */
  recipients: readonly string[];
  raw: Buffer | string;
};

export type InboundOutcome =
  | { status: 'posted'; threadId: string; messageId: string }
  | { status: 'ignored'; reason: 'automatic_reply' };

const MAX_BODY = 20_000;

/** The verdict on the first reply address among the recipients; forged when there is none. */
export function checkRecipients(services: Services, recipients: readonly string[]): ReplyCheck {
  const now = services.clock.now();
  const checks = recipients
    .filter((address) => /^reply\+/i.test(address.trim()))
    .map((address) => checkReplyAddress(appSecret(services.config), address, now));
  return (
    checks.find((check) => check.status === 'valid') ??
    checks.find((check) => check.status === 'expired') ?? { status: 'forged' }
  );
}

function addressesOf(field: AddressObject | AddressObject[] | undefined) {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((object) => object.value.map((entry) => entry.address ?? ''));
}

/** Out-of-office answers and other machine mail (RFC 3834) never become messages. */
function isAutomatic(headers: Map<string, unknown>) {
  const submitted = String(headers.get('auto-submitted') ?? 'no').toLowerCase();
  const precedence = String(headers.get('precedence') ?? '').toLowerCase();
  return (
    submitted !== 'no' ||
    ['bulk', 'junk', 'list', 'auto_reply'].includes(precedence) ||
    headers.has('x-autoreply') ||
    headers.has('x-autorespond')
  );
}

/** Only what the person wrote: the quoted history and the signature removed. */
export function replyText(text: string) {
  return new EmailReplyParser().parseReply(text.replace(/\r\n/g, '\n')).trim();
}

/** Posts a reply by e-mail; throws reply_address_forged/expired, not_found, validation_failed. */
export async function receiveReplyMail(
  services: Services,
  mail: InboundMail,
): Promise<InboundOutcome> {
  // Loaded with the first reply received, not when the server starts.
  const { simpleParser } = await import('mailparser');
  const parsed = await simpleParser(mail.raw);
  const recipients = [...mail.recipients, ...addressesOf(parsed.to), ...addressesOf(parsed.cc)];
  const check = checkRecipients(services, recipients);
  if (check.status === 'forged') throw new AppError('reply_address_forged');
  if (check.status === 'expired') throw new AppError('reply_address_expired');
  if (isAutomatic(parsed.headers)) return { status: 'ignored', reason: 'automatic_reply' };
  const { threadId, userId } = check.grant;
  const thread = await findThreadForReplyAsOwner(services.db, threadId);
  if (!thread) throw new AppError('not_found');
  // A person removed from the workspace since the mail was sent has no actor: 404, not posted.
  const actor = await resolveMemberActor(
    services,
    { workspaceId: thread.workspaceId, userId },
    'token',
  );
  if (!actor) throw new AppError('not_found');
  const ctx = makeContext(services, actor);
  const body = replyText(parsed.text ?? '');
  if (!body) {
    throw new AppError('validation_failed', {
      errors: [{ pointer: '#/body', detail: ctx.t('communication.validation.reply_empty') }],
    });
  }
  // Files attached to the reply come with it, checked like an upload (type by content, size);
  // a refused one refuses the reply, as the API would, and the sender's server tells them why.
  // Inline images (a signature's logo) are part of the mail's look, not files sent.
  const uploads = parsed.attachments
    .filter((file) => file.contentDisposition !== 'inline' && !file.related)
    .map((file) => ({ fileName: file.filename ?? 'attachment', content: file.content }));
  const message = await postMessage(
    ctx,
    thread.distributorId,
    thread.id,
    { body: body.slice(0, MAX_BODY) },
    uploads,
  );
  return { status: 'posted', threadId: thread.id, messageId: message.id };
}
