// The monthly report: drafts saved while typing, submissions (typed or uploaded) as immutable
// revisions, and the principal's review. A submission updates the month's facts, its summary and
// the distributor's KPIs in the same transaction.
import { createHash } from 'node:crypto';
import { canonicalize } from '../charter/charter.document.ts';
import type { Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import { publishEvent } from '../platform/events.ts';
import { type Context, inTransaction, requireRole } from '../platform/tenancy.ts';
import { refreshKpis } from './kpi.service.ts';
import { dueOn, periodDate, periodOf, recentPeriods } from './periods.ts';
import type { MonthlyReportContent } from './report.content.ts';
import {
  type ReportScope,
  reportDetail,
  reportScope,
  reportWriters,
} from './report-detail.service.ts';
import { writeReportFacts } from './report-facts.service.ts';
import { monthDeadline } from './report-schedule.service.ts';
import {
  findLatestRevisionHash,
  insertReportEvent,
  insertRevision,
  listReportsOfMonths,
  lockReport,
  updateReport,
} from './reports.queries.ts';

export type ReportSubmission = {
  content: MonthlyReportContent;
  source: 'portal' | 'xlsx' | 'csv' | 'api';
  fileName?: string;
};

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

/** A month may be reported once it has begun: a later month is in the future. */
function checkPeriod(ctx: Context, scope: ReportScope, period: string) {
  const current = scope.today.slice(0, 7);
  if (period > current) {
    throw new AppError('validation_failed', {
      errors: [
        {
          pointer: '#/period',
          detail: ctx.t('report.spreadsheet.period_future', { value: period, current }),
        },
      ],
    });
  }
}

async function lockedOrNewReport(ctx: Context, tx: Tx, scope: ReportScope, period: string) {
  const row = await lockReport(tx, {
    workspaceId: ctx.actor.workspaceId,
    distributorId: scope.distributor.id,
    period: periodDate(period),
    currency: scope.currency,
    dueOn: dueOn(period, scope.dueDay),
  });
  if (!row) throw new Error('report row vanished');
  return row;
}

export function saveReportDraft(
  ctx: Context,
  distributorId: string,
  period: string,
  draft: unknown,
) {
  requireRole(ctx.actor, reportWriters);
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

/** What only the relationship can tell: the month, its currency, the principal's product lines. */
export function contextErrors(
  ctx: Context,
  scope: ReportScope,
  period: string,
  content: MonthlyReportContent,
) {
  const errors: FieldError[] = [];
  const known = new Set(scope.productLines.map((line) => line.code));
  if (content.period !== period) {
    errors.push({
      pointer: '#/content/period',
      detail: ctx.t('report.spreadsheet.period_mismatch', {
        value: content.period,
        expected: period,
      }),
    });
  }
  if (content.currency !== scope.currency) {
    errors.push({
      pointer: '#/content/currency',
      detail: ctx.t('report.spreadsheet.currency_mismatch', {
        value: content.currency,
        expected: scope.currency,
      }),
    });
  }
  for (const section of ['sales', 'inventory', 'pipeline'] as const) {
    content[section].forEach((row, index) => {
      if (!known.has(row.productLine)) {
        errors.push({
          pointer: `#/content/${section}/${index}/productLine`,
          detail: ctx.t('report.spreadsheet.unknown_product_line', { value: row.productLine }),
        });
      }
    });
  }
  return errors;
}

export function submitReport(
  ctx: Context,
  distributorId: string,
  period: string,
  submission: ReportSubmission,
) {
  requireRole(ctx.actor, reportWriters);
  return inTransaction(ctx, async (tx) => {
    const scope = await reportScope(ctx, tx, distributorId);
    checkPeriod(ctx, scope, period);
    const errors = contextErrors(ctx, scope, period, submission.content);
    if (errors.length) throw new AppError('validation_failed', { errors });
    const row = await lockedOrNewReport(ctx, tx, scope, period);
    // The canonical content's hash: the same report again, typed or uploaded, is no new revision.
    const hash = createHash('sha256').update(canonicalize(submission.content)).digest('hex');
    const previous = await findLatestRevisionHash(tx, row.workspaceId, row.id);
    // The same file or content again is the revision already stored: harmless, nothing new.
    if (previous?.contentHash === hash) {
      // Nothing new is stored; a draft that led back to the same content is done with, though.
      if (row.draft !== null) {
        await updateReport(tx, row.workspaceId, row.id, { draft: null, draftSavedAt: null });
      }
      return reportDetail(ctx, tx, scope, period);
    }
    const revision = row.revision + 1;
    const now = ctx.clock.now();
    await insertRevision(tx, {
      workspaceId: row.workspaceId,
      reportId: row.id,
      revision,
      content: submission.content,
      source: submission.source,
      fileName: submission.fileName ?? null,
      contentHash: hash,
      createdBy: ctx.actor.userId,
    });
    const firstSubmittedAt = row.firstSubmittedAt ?? now;
    await updateReport(tx, row.workspaceId, row.id, {
      revision,
      status: 'submitted',
      currency: submission.content.currency,
      draft: null,
      draftSavedAt: null,
      firstSubmittedAt,
      submittedAt: now,
      updatedAt: now,
    });
    await insertReportEvent(tx, {
      workspaceId: row.workspaceId,
      reportId: row.id,
      kind: revision === 1 ? 'submitted' : 'revised',
      revision,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.name,
    });
    const lineIds = new Map(scope.productLines.map((line) => [line.code, line.id]));
    await writeReportFacts(
      tx,
      { workspaceId: row.workspaceId, distributorId, period: row.period, dueOn: row.dueOn },
      submission.content,
      lineIds,
      firstSubmittedAt,
    );
    await refreshKpis(tx, row.workspaceId, distributorId, now);
    await recordAudit(tx, ctx.actor, {
      entityType: 'monthly_report',
      entityId: row.id,
      distributorId,
      action: revision === 1 ? 'report.submitted' : 'report.revised',
      after: { period, revision, source: submission.source, fileName: submission.fileName, hash },
    });
    await publishEvent(tx, row.workspaceId, {
      type: 'report.submitted',
      distributorId,
      subjectId: row.id,
      actorUserId: ctx.actor.userId,
      data: { period, revision, isRevision: revision > 1 },
      occurredAt: now,
    });
    return reportDetail(ctx, tx, scope, period);
  });
}
