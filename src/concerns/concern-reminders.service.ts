// Reminders of a formal concern's response deadline: to the distributor's admins two days before
// it (in English and the concern's second language, as the concern itself), then once a week
// while the answer is overdue, for four weeks; the first overdue reminder also tells the
// principal's people who drafted and sent the concern, in their own language. A system job: the
// unanswered concerns are listed across workspaces as the owner, then each one's reminder is
// decided, queued, stamped and audited in one transaction inside its workspace's scope. Days are
// counted on the distributor's calendar, like the deadline.
import { DateTime } from 'luxon';
import { listDistributorAdmins, lookUpMembers } from '../accounts/accounts.service.ts';
import { createPhrasebook } from '../charter/documents/document-language.ts';
import type { Database, Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { translator } from '../platform/i18n.ts';
import { queueMail } from '../platform/mail.ts';
import { inSystemTransaction, systemActor } from '../platform/tenancy.ts';
import {
  findConcernReminderFacts,
  listUnansweredConcernsAsOwner,
  type ReminderFacts,
  type ReminderKind,
  upsertConcernReminder,
} from './concern-reminders.queries.ts';

const DAYS_BEFORE = 2;
const REPEAT_DAYS = 7;
const GIVE_UP_DAYS = 28;

/** Which reminder, if any, is due at `now` for this concern. */
export function dueConcernReminder(facts: ReminderFacts, now: Date) {
  if (facts.responded) return null;
  const today = DateTime.fromJSDate(now, { zone: facts.time_zone }).startOf('day');
  const due = DateTime.fromISO(facts.response_due_on, { zone: facts.time_zone });
  const days = Math.round(today.diff(due, 'days').days);
  const kind: ReminderKind | null =
    days >= -DAYS_BEFORE && days < 0
      ? 'before'
      : days > 0 && days <= GIVE_UP_DAYS
        ? 'overdue'
        : null;
  if (!kind) return null;
  // A concern sent with a short deadline has just been mailed: no reminder before it, then.
  const sentDaysAgo = (now.getTime() - Number(facts.sent_at)) / 86_400_000;
  if (kind === 'before' && sentDaysAgo < DAYS_BEFORE) return null;
  const last = kind === 'before' ? facts.last_before : facts.last_overdue;
  if (last !== null && kind === 'before') return null;
  if (last !== null && (now.getTime() - Number(last)) / 86_400_000 < REPEAT_DAYS) return null;
  return { kind, daysLate: Math.max(0, days), isFirstOverdue: kind === 'overdue' && last === null };
}

async function remindConcern(
  tx: Tx,
  candidate: { workspace_id: string; concern_id: string },
  publicUrl: string,
  now: Date,
) {
  const workspaceId = candidate.workspace_id;
  const facts = await findConcernReminderFacts(tx, workspaceId, candidate.concern_id);
  const reminder = facts ? dueConcernReminder(facts, now) : null;
  if (!facts || !reminder) return 0;
  const link = `${publicUrl}/distributors/${facts.distributor_id}/concerns/${facts.id}`;
  const params = {
    number: facts.number,
    dueOn: facts.response_due_on,
    days: reminder.daysLate,
    link,
  };
  // The distributor's admins read it as they read the concern: English and its second language.
  const phrases = createPhrasebook(facts.second_language);
  const subject = phrases.label(`concern.mail.${reminder.kind}Subject`, params);
  const body = phrases.label(`concern.mail.${reminder.kind}`, params);
  const admins = await listDistributorAdmins(tx, workspaceId, facts.distributor_id);
  for (const admin of admins) {
    await queueMail(tx, workspaceId, {
      to: admin.email,
      subject: subject.translation ? `${subject.translation} / ${subject.text}` : subject.text,
      text: body.translation ? `${body.translation}\n\n${body.text}` : body.text,
    });
  }
  const told = admins.map((admin) => admin.email);
  if (reminder.isFirstOverdue) {
    const ids = [facts.created_by_user_id, facts.sent_by_user_id].filter(
      (id): id is string => id !== null,
    );
    const people = (await lookUpMembers(tx, workspaceId, [...new Set(ids)])).filter(
      (member) => member.distributorId === null,
    );
    for (const person of people) {
      const t = translator(person.locale);
      const mine = { ...params, distributor: facts.distributor_name, name: person.name };
      await queueMail(tx, workspaceId, {
        to: person.email,
        subject: t('concerns.mail.overdueSubject', mine),
        text: t('concerns.mail.overdueBody', mine),
      });
      told.push(person.email);
    }
  }
  await upsertConcernReminder(tx, {
    workspaceId,
    concernId: facts.id,
    kind: reminder.kind,
    sentAt: now,
  });
  await recordAudit(tx, systemActor(workspaceId), {
    entityType: 'performance_concern',
    entityId: facts.id,
    distributorId: facts.distributor_id,
    action: `concern.reminder_${reminder.kind}`,
    after: { dueOn: facts.response_due_on, daysLate: reminder.daysLate, recipients: told },
  });
  return told.length;
}

/**
 * Queues the concern reminders due at `now` and answers how many mails it queued. `workspaceId`
 * confines the run to one workspace (tests, an operator's rerun).
 */
export async function sendConcernReminders(
  database: Pick<Database, 'db'>,
  publicUrl: string,
  now: Date,
  options: { workspaceId?: string } = {},
) {
  let sent = 0;
  for (const candidate of await listUnansweredConcernsAsOwner(database.db, options.workspaceId)) {
    sent += await inSystemTransaction(database, candidate.workspace_id, (tx) =>
      remindConcern(tx, candidate, publicUrl, now),
    );
  }
  return sent;
}
