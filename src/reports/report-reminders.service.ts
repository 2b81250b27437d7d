// Reminders of the monthly report, to the distributor's admins: three days before it is due, then
// once a week while it is overdue (up to a month). Only relationships that report at all (a
// signed charter or a submitted report) are reminded, and only of a month they owed. A system
// job: the relationships are listed across workspaces as the owner, then each one's reminder is
// decided, queued, stamped and audited in one transaction inside its workspace's scope. Days are
// counted on the distributor's calendar, like every report deadline.

import { DateTime } from 'luxon';
import { listDistributorAdmins } from '../accounts/accounts.service.ts';
import type { Database, Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { publishEvent } from '../platform/events.ts';
import { translator } from '../platform/i18n.ts';
import { queueMail } from '../platform/mail.ts';
import { inSystemTransaction, systemActor } from '../platform/tenancy.ts';
import { dueOn, periodDate, recentPeriods } from './periods.ts';
import { isExpected } from './report-deadlines.ts';
import {
  findLastReminder,
  findReminderFacts,
  listReportingDistributorsAsOwner,
  upsertReminder,
} from './report-reminders.queries.ts';
import { reportSchedule } from './report-schedule.service.ts';
import { findReport } from './reports.queries.ts';

const DAYS_BEFORE = 3;
const REPEAT_DAYS = 7;
const GIVE_UP_DAYS = 31;

export function reportLink(publicUrl: string, distributorId: string, period: string) {
  return `${publicUrl}/distributors/${distributorId}/reports/${period}`;
}

type Facts = NonNullable<Awaited<ReturnType<typeof findReminderFacts>>>;

/** Which reminder, if any, is due today for last month's report of this relationship. */
async function dueReminder(tx: Tx, workspaceId: string, facts: Facts, now: Date) {
  const schedule = await reportSchedule(tx, workspaceId, facts, { now: () => now });
  const today = DateTime.fromISO(schedule.today, { zone: facts.timeZone });
  const period = recentPeriods(schedule.today, 1)[0] ?? '';
  if (!isExpected(period, schedule.startsOn)) return null;
  const due = DateTime.fromISO(dueOn(period, schedule.dueDay), { zone: facts.timeZone });
  const days = Math.floor(today.diff(due, 'days').days);
  const kind =
    days >= -DAYS_BEFORE && days < 0
      ? 'before'
      : days > 0 && days <= GIVE_UP_DAYS
        ? 'overdue'
        : null;
  if (!kind) return null;
  const submitted = await findReport(tx, workspaceId, facts.id, periodDate(period));
  if (submitted && submitted.revision > 0) return null;
  const last = await findLastReminder(tx, workspaceId, facts.id, periodDate(period), kind);
  const recent = last && today.diff(DateTime.fromJSDate(last.sentAt), 'days').days < REPEAT_DAYS;
  if (recent || (last && kind === 'before')) return null;
  const isFirstOverdue = kind === 'overdue' && !last;
  const dueDate = due.toISODate() ?? '';
  return { kind, period, due: dueDate, daysLate: days, sentAt: today, isFirstOverdue } as const;
}

/** Sends the reminder due for one relationship, if any; answers how many mails were queued. */
async function remindDistributor(
  tx: Tx,
  candidate: { workspaceId: string; distributorId: string },
  publicUrl: string,
  now: Date,
) {
  const { workspaceId, distributorId } = candidate;
  const facts = await findReminderFacts(tx, workspaceId, distributorId);
  const reminder = facts ? await dueReminder(tx, workspaceId, facts, now) : null;
  if (!facts || !reminder) return 0;
  const admins = await listDistributorAdmins(tx, workspaceId, distributorId);
  for (const admin of admins) {
    const t = translator(admin.locale);
    const params = {
      name: admin.name,
      principal: facts.principal,
      month: DateTime.fromISO(periodDate(reminder.period))
        .setLocale(admin.locale)
        .toFormat('LLLL yyyy'),
      due: reminder.due,
      days: reminder.daysLate,
      link: reportLink(publicUrl, distributorId, reminder.period),
    };
    await queueMail(tx, workspaceId, {
      to: admin.email,
      subject: t(`email.report.${reminder.kind}.subject`, params),
      text: t(`email.report.${reminder.kind}.body`, params),
    });
  }
  await upsertReminder(tx, {
    workspaceId,
    distributorId,
    period: periodDate(reminder.period),
    kind: reminder.kind,
    sentAt: reminder.sentAt.toJSDate(),
  });
  await recordAudit(tx, systemActor(workspaceId), {
    entityType: 'monthly_report',
    entityId: distributorId,
    distributorId,
    action: `report.reminder_${reminder.kind}`,
    after: { period: reminder.period, recipients: admins.map((admin) => admin.email) },
  });
  // The first overdue reminder is the moment the report became late: one event, not one a week.
  if (reminder.isFirstOverdue) {
    await publishEvent(tx, workspaceId, {
      type: 'report.late',
      distributorId,
      data: { period: reminder.period, dueOn: reminder.due, daysLate: reminder.daysLate },
      occurredAt: now,
    });
  }
  return admins.length;
}

/**
 * Queues the reminders due at `now` and answers how many mails it queued. `workspaceId` confines
 * the run to one workspace (tests, an operator's rerun).
 */
export async function sendReportReminders(
  database: Pick<Database, 'db'>,
  publicUrl: string,
  now: Date,
  options: { workspaceId?: string } = {},
) {
  let sent = 0;
  for (const candidate of await listReportingDistributorsAsOwner(
    database.db,
    options.workspaceId,
  )) {
    sent += await inSystemTransaction(database, candidate.workspaceId, (tx) =>
      remindDistributor(tx, candidate, publicUrl, now),
    );
  }
  return sent;
}
