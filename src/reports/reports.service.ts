// The monthly report: the months a distributor owes, one month's report, drafts saved while
// typing, and submissions (typed or uploaded) stored as immutable revisions
// (report-revisions.service.ts). A report is the distributor's statement: only its people write
// it; a principal editor enters figures for it only explicitly, on its behalf
// (report-on-behalf.service.ts), and disagrees through the review (report-review.service.ts).
import { recordAudit } from '../platform/audit.ts';
import { AppError } from '../platform/errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import { periodDate, periodOf, recentPeriods } from './periods.ts';
import { reportDetail, reportScope, reportWriters } from './report-detail.service.ts';
import {
  checkPeriod,
  lockedOrNewReport,
  type ReportSubmission,
  storeRevision,
} from './report-revisions.service.ts';
import { monthDeadline } from './report-schedule.service.ts';
import { listReportsOfMonths, updateReport } from './reports.queries.ts';

/** The months a distributor owes, newest first, with where each report stands. */
export function listReportMonths(ctx: Context, distributorId: string, months: number) {
  return inTransaction(ctx, async (tx) => {
    const scope = await reportScope(ctx, tx, distributorId);
    const periods = recentPeriods(scope.today, months);
    const rows = await listReportsOfMonths(
      tx,
      ctx.actor.workspaceId,
      distributorId,
      periods.map(periodDate),
    );
    return {
      currency: scope.currency,
      dueDay: scope.dueDay,
      months: periods.map((period) => {
        const row = rows.find((candidate) => periodOf(candidate.period) === period);
        const deadline = monthDeadline(scope.schedule, period, row);
        return {
          period,
          dueOn: deadline.dueOn,
          status: row && (row.revision > 0 || row.draft) ? row.status : ('missing' as const),
          reportId: row?.id ?? null,
          revision: row?.revision ?? 0,
          submittedAt: row?.submittedAt ?? null,
          expected: deadline.expected,
          late: deadline.late,
        };
      }),
    };
  });
}

export function getReport(ctx: Context, distributorId: string, period: string) {
  return inTransaction(ctx, async (tx) =>
    reportDetail(ctx, tx, await reportScope(ctx, tx, distributorId), period),
  );
}

export function saveReportDraft(
  ctx: Context,
  distributorId: string,
  period: string,
  draft: unknown,
) {
  requireReportAuthor(ctx);
  return inTransaction(ctx, async (tx) => {
    const scope = await reportScope(ctx, tx, distributorId);
    checkPeriod(ctx, scope, period);
    const row = await lockedOrNewReport(ctx, tx, scope, period);
    const now = ctx.clock.now();
    const [saved] = await updateReport(tx, row.workspaceId, row.id, {
      draft,
      draftSavedAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'monthly_report',
      entityId: row.id,
      distributorId,
      action: 'report.draft_saved',
      after: { period },
    });
    return { draftSavedAt: saved?.draftSavedAt ?? now };
  });
}

/**
 * Refuses anyone but the distributor's own people: a report is the distributor's statement. A
 * principal editor is told how to disagree (ask for changes, comment on a figure) or how to enter
 * figures the distributor sent another way (on its behalf).
 */
export function requireReportAuthor(ctx: Context) {
  if (principalEditors.includes(ctx.actor.role)) throw new AppError('report_on_behalf_only');
  requireRole(ctx.actor, reportWriters);
}

/** The distributor submits its report (typed, uploaded, or through the API). */
export function submitReport(
  ctx: Context,
  distributorId: string,
  period: string,
  submission: ReportSubmission,
) {
  requireReportAuthor(ctx);
  return storeRevision(ctx, distributorId, period, submission, null);
}
