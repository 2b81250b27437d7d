// A new message to every other participant of its thread, in each one's language, queued in the
// message's transaction. With LIAISON_MAIL_REPLY_DOMAIN set each mail carries the recipient's own
// signed reply address (reply-address.ts) as Reply-To: answering the mail writes in the thread.
import { DateTime } from 'luxon';
import type { Tx } from '../db/client.ts';
import { publishEvent } from '../platform/events.ts';
import { translator } from '../platform/i18n.ts';
import { queueMail } from '../platform/mail.ts';
import { appSecret } from '../platform/secrets.ts';
import type { Context } from '../platform/tenancy.ts';
import type { AttachmentMeta } from './attachments.queries.ts';
import { findParticipants, type MessageRow, type ThreadRow } from './communication.queries.ts';
import { replyAddress } from './reply-address.ts';

export async function queueMessageMail(
  ctx: Context,
  tx: Tx,
  thread: ThreadRow,
  distributorName: string,
  message: MessageRow,
  attachments: readonly AttachmentMeta[] = [],
) {
  await publishEvent(tx, ctx.actor.workspaceId, {
    type: 'message.received',
    distributorId: thread.distributorId,
    subjectId: thread.id,
    actorUserId: message.authorUserId,
    data: {
      threadId: thread.id,
      messageId: message.id,
      subject: thread.subject,
      authorName: message.authorName,
      authorSide: message.authorSide,
    },
    occurredAt: message.createdAt,
  });
  const participants = await findParticipants(tx, ctx.actor.workspaceId, [thread.id]);
  const validUntil = DateTime.fromJSDate(ctx.clock.now())
    .plus({ days: ctx.config.replyDays })
    .toJSDate();
  const domain = ctx.config.mailReplyDomain;
  const sent = new Set<string>();
  for (const person of participants) {
    const address = person.email.toLowerCase();
    if (person.userId === message.authorUserId || sent.has(address)) continue;
    sent.add(address);
    const t = translator(person.locale);
    const params = {
      name: person.name,
      author: message.authorName,
      subject: thread.subject,
      distributor: distributorName,
      body: message.body,
      link: `${ctx.config.publicUrl}/distributors/${thread.distributorId}/communication/${thread.id}`,
    };
    const lines = [t('communication.email.message.body', params)];
    if (attachments.length) {
      lines.push(
        t('communication.email.message.attachments', {
          files: attachments.map((file) => file.fileName).join(', '),
        }),
      );
    }
    if (domain) lines.push(t('communication.email.message.reply_hint'));
    await queueMail(tx, ctx.actor.workspaceId, {
      to: address,
      subject: t('communication.email.message.subject', params),
      text: lines.join('\n\n'),
      ...(domain
        ? {
            replyTo: replyAddress(appSecret(ctx.config), domain, {
              threadId: thread.id,
              userId: person.userId,
              validUntil,
            }),
          }
        : {}),
    });
  }
}
