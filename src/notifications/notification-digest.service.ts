// The e-mail digest: each person who chose one gets their unread notifications at 08:00 in their
// own time zone, every day or on Mondays, in their language, through the outbox. An hourly job on
// the durable schedule decides who is due (digestDueAt); a digest with nothing unread is skipped
// but still counts as sent, so the next one covers only what came after.
import { DateTime } from 'luxon';
import { listMembersToNotify } from '../accounts/accounts.service.ts';
import type { Database } from '../db/client.ts';
import type { DigestFrequency } from '../db/types.ts';
import { recordAudit } from '../platform/audit.ts';
import { eventSentence, eventTranslator } from '../platform/event-text.ts';
import { pathOfEvent } from '../platform/events.ts';
import { queueMail } from '../platform/mail.ts';
import { inSystemTransaction, systemActor } from '../platform/tenancy.ts';
import {
  findDigestPreferences,
  findUnreadSince,
  listDigestWorkspaceIdsAsOwner,
  stampDigest,
} from './notifications.queries.ts';

/** The local hour digests go out: the start of a working day. */
export const DIGEST_HOUR = 8;
/** At most this many lines in one digest; the rest are counted and linked. */
const MOST_LINES = 30;

/**
 * The latest planned digest at or before `now`: 08:00 today (daily) or 08:00 on this week's Monday
 * (weekly), local time in `timeZone`. A person is due when their last digest is older than this.
 */
export function digestDueAt(
  frequency: Exclude<DigestFrequency, 'off'>,
  now: Date,
  timeZone: string,
) {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  let planned = local.set({ hour: DIGEST_HOUR, minute: 0, second: 0, millisecond: 0 });
  if (frequency === 'weekly') planned = planned.set({ weekday: 1 });
  if (planned > local) planned = planned.minus(frequency === 'weekly' ? { weeks: 1 } : { days: 1 });
  return planned.toJSDate();
}

type Recipient = Awaited<ReturnType<typeof listMembersToNotify>>[number];
type Unread = Awaited<ReturnType<typeof findUnreadSince>>;

function digestMail(
  recipient: Recipient,
  frequency: Exclude<DigestFrequency, 'off'>,
  unread: Unread,
  publicUrl: string,
) {
  const t = eventTranslator(recipient.locale);
  const shown = unread.slice(0, MOST_LINES);
  const zone = recipient.timeZone;
  const lines = shown.map((item) => {
    const when = DateTime.fromJSDate(item.occurredAt, { zone })
      .setLocale(recipient.locale)
      .toFormat('d LLL HH:mm');
    const path = pathOfEvent(item);
    const sentence = eventSentence(item, t);
    return `- ${when}  ${sentence}${path ? `\n  ${publicUrl}${path}` : ''}`;
  });
  const more = unread.length - shown.length;
  return {
    to: recipient.email,
    subject: t('digest.subject', { count: unread.length }),
    text: [
      t('digest.greeting', { name: recipient.name }),
      '',
      t(`digest.intro_${frequency}`),
      '',
      ...lines,
      ...(more > 0 ? [t('digest.more', { count: more })] : []),
      '',
      t('digest.open_all', { link: `${publicUrl}/notifications` }),
      '',
      t('digest.footer', { link: `${publicUrl}/notifications` }),
    ].join('\n'),
  };
}

/**
 * Queues the digests due at `now` and answers how many mails it queued. `workspaceId` confines the
 * run to one workspace (tests, an operator's rerun).
 */
export async function sendNotificationDigests(
  database: Pick<Database, 'db'>,
  publicUrl: string,
  now: Date,
  options: { workspaceId?: string } = {},
) {
  let sent = 0;
  for (const workspaceId of await listDigestWorkspaceIdsAsOwner(database.db, options.workspaceId)) {
    sent += await inSystemTransaction(database, workspaceId, async (tx) => {
      const members = new Map(
        (await listMembersToNotify(tx, workspaceId)).map((member) => [member.userId, member]),
      );
      let queued = 0;
      for (const preference of await findDigestPreferences(tx, workspaceId)) {
        const recipient = members.get(preference.userId);
        if (!recipient || preference.digest === 'off') continue;
        const dueAt = digestDueAt(preference.digest, now, recipient.timeZone);
        if (preference.lastDigestAt && preference.lastDigestAt >= dueAt) continue;
        const unread = await findUnreadSince(
          tx,
          workspaceId,
          recipient.userId,
          preference.lastDigestAt,
          MOST_LINES + 500,
        );
        await stampDigest(tx, workspaceId, recipient.userId, now);
        if (unread.length === 0) continue;
        await queueMail(
          tx,
          workspaceId,
          digestMail(recipient, preference.digest, unread, publicUrl),
        );
        await recordAudit(tx, systemActor(workspaceId), {
          entityType: 'notification_preference',
          entityId: recipient.userId,
          action: 'notifications.digest_sent',
          after: {
            to: recipient.email,
            notifications: unread.length,
            frequency: preference.digest,
          },
        });
        queued++;
      }
      return queued;
    });
  }
  return sent;
}
