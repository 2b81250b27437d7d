// Reminders of the monthly report, to the distributor's admins: three days before it is due, then
// once a week while it is overdue (up to a month). Only relationships that report at all (a
// signed charter or a submitted report) are reminded. A system job across workspaces, run as the
// owner like the outbox delivery; each reminder is queued, stamped and audited in one transaction.

import { and, eq, inArray, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { listDistributorAdmins } from '../accounts/accounts.service.ts';
import { hasSignedCharterSql } from '../charter/charter.queries.ts';
import type { Database } from '../db/client.ts';
import { distributor, monthlyReport, reportReminder, workspace } from '../db/schema.ts';
import { recordAudit } from '../platform/audit.ts';
import { translator } from '../platform/i18n.ts';
import { queueMail } from '../platform/mail.ts';
import { systemActor } from '../platform/tenancy.ts';
import { dueOn, periodDate, recentPeriods, reportDueDay } from './periods.ts';

const DAYS_BEFORE = 3;
const REPEAT_DAYS = 7;
const GIVE_UP_DAYS = 31;

export function reportLink(publicUrl: string, distributorId: string, period: string) {
  return `${publicUrl}/distributors/${distributorId}/reports/${period}`;
}

type Candidate = { workspaceId: string; distributorId: string; name: string; principal: string };

function reportingDistributors(database: Database, workspaceId?: string) {
  return database.db
    .select({
      workspaceId: distributor.workspaceId,
      distributorId: distributor.id,
      name: distributor.name,
      principal: workspace.name,
    })
    .from(distributor)
    .innerJoin(workspace, eq(workspace.id, distributor.workspaceId))
    .where(
      and(
        workspaceId ? eq(distributor.workspaceId, workspaceId) : undefined,
        eq(distributor.status, 'active'),
        inArray(distributor.lifecycleStage, ['onboarding', 'active', 'at_risk']),
        sql`(${hasSignedCharterSql(distributor.workspaceId, distributor.id)}
          or exists (select 1 from monthly_report r where r.workspace_id = ${distributor.workspaceId}
              and r.distributor_id = ${distributor.id} and r.revision > 0))`,
      ),
    );
}

/** Which reminder, if any, is due today for last month's report of this relationship. */
async function dueReminder(database: Database, row: Candidate, today: DateTime) {
  const period = recentPeriods(today.toISODate() ?? '', 1)[0] ?? '';
  const due = DateTime.fromISO(
    dueOn(
      period,
      await database.db.transaction((tx) => reportDueDay(tx, row.workspaceId, row.distributorId)),
    ),
    { zone: 'utc' },
  );
  const days = Math.floor(today.diff(due, 'days').days);
  const kind =
    days >= -DAYS_BEFORE && days < 0
      ? 'before'
      : days > 0 && days <= GIVE_UP_DAYS
        ? 'overdue'
        : null;
  if (!kind) return null;
  const [submitted] = await database.db
    .select({ revision: monthlyReport.revision })
    .from(monthlyReport)
    .where(
      and(
        eq(monthlyReport.workspaceId, row.workspaceId),
        eq(monthlyReport.distributorId, row.distributorId),
        eq(monthlyReport.period, periodDate(period)),
      ),
    );
  if (submitted && submitted.revision > 0) return null;
  const [last] = await database.db
    .select({ sentAt: reportReminder.sentAt })
    .from(reportReminder)
    .where(
      and(
        eq(reportReminder.workspaceId, row.workspaceId),
        eq(reportReminder.distributorId, row.distributorId),
        eq(reportReminder.period, periodDate(period)),
        eq(reportReminder.kind, kind),
      ),
    );
  const recent = last && today.diff(DateTime.fromJSDate(last.sentAt), 'days').days < REPEAT_DAYS;
  if (recent || (last && kind === 'before')) return null;
  return { kind, period, due: due.toISODate() ?? '', daysLate: days } as const;
}

export async function sendReportReminders(
  database: Database,
  publicUrl: string,
  options: { now?: Date; workspaceId?: string } = {},
) {
  const today = DateTime.fromJSDate(options.now ?? new Date(), { zone: 'utc' }).startOf('day');
  let sent = 0;
  for (const row of await reportingDistributors(database, options.workspaceId)) {
    const reminder = await dueReminder(database, row, today);
    if (!reminder) continue;
    await database.db.transaction(async (tx) => {
      const admins = await listDistributorAdmins(tx, row.workspaceId, row.distributorId);
      for (const admin of admins) {
        const t = translator(admin.locale);
        const params = {
          name: admin.name,
          principal: row.principal,
          month: DateTime.fromISO(periodDate(reminder.period))
            .setLocale(admin.locale)
            .toFormat('LLLL yyyy'),
          due: reminder.due,
          days: reminder.daysLate,
          link: reportLink(publicUrl, row.distributorId, reminder.period),
        };
        await queueMail(tx, row.workspaceId, {
          to: admin.email,
          subject: t(`email.report.${reminder.kind}.subject`, params),
          text: t(`email.report.${reminder.kind}.body`, params),
        });
        sent += 1;
      }
      await tx
        .insert(reportReminder)
        .values({
          workspaceId: row.workspaceId,
          distributorId: row.distributorId,
          period: periodDate(reminder.period),
          kind: reminder.kind,
          sentAt: today.toJSDate(),
        })
        .onConflictDoUpdate({
          target: [
            reportReminder.workspaceId,
            reportReminder.distributorId,
            reportReminder.period,
            reportReminder.kind,
          ],
          set: { sentAt: today.toJSDate() },
        });
      await recordAudit(tx, systemActor(row.workspaceId), {
        entityType: 'monthly_report',
        entityId: row.distributorId,
        distributorId: row.distributorId,
        action: `report.reminder_${reminder.kind}`,
        after: { period: reminder.period, recipients: admins.map((admin) => admin.email) },
      });
    });
  }
  return sent;
}
