// Storing a month's next revision: checked against the relationship, kept with its facts,
// summary and KPIs in one transaction, audited and published. The distributor's submissions
// (reports.service.ts) and figures a principal editor enters on its behalf
// (report-on-behalf.service.ts) both come through here; who may call which is theirs to check.
import { createHash } from 'node:crypto';
import { canonicalize } from '../charter/charter.document.ts';
import type { Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import { publishEvent } from '../platform/events.ts';
import { type Context, inTransaction } from '../platform/tenancy.ts';
import { refreshKpis } from './kpi.service.ts';
import { dueOn, periodDate } from './periods.ts';
import type { MonthlyReportContent } from './report.content.ts';
import { type ReportScope, reportDetail, reportScope } from './report-detail.service.ts';
import { writeReportFacts } from './report-facts.service.ts';
import {
  findLatestRevisionHash,
  insertReportEvent,
  insertRevision,
  lockReport,
  type ReportRow,
  updateReport,
} from './reports.queries.ts';

export type ReportSubmission = {
  content: MonthlyReportContent;
  source: 'portal' | 'xlsx' | 'csv' | 'api';
  fileName?: string;
};

/** The figures a revision was entered with on the distributor's behalf, and why. */
export type OnBehalf = { reason: string };

/** A month may be reported once it has begun: a later month is in the future. */
export function checkPeriod(ctx: Context, scope: ReportScope, period: string) {
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

export async function lockedOrNewReport(ctx: Context, tx: Tx, scope: ReportScope, period: string) {
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

/**
 * Stores a submission as the month's next revision, with its facts, summary and KPIs. `onBehalf`
 * marks figures a principal editor entered for the distributor (the caller checks who may); the
 * report then waits for the distributor to confirm or correct them.
 */
export function storeRevision(
  ctx: Context,
  distributorId: string,
  period: string,
  submission: ReportSubmission,
  onBehalf: OnBehalf | null,
) {
  return inTransaction(ctx, async (tx) => {
    const scope = await reportScope(ctx, tx, distributorId);
    checkPeriod(ctx, scope, period);
    const errors = contextErrors(ctx, scope, period, submission.content);
    if (errors.length) throw new AppError('validation_failed', { errors });
    const row = await lockedOrNewReport(ctx, tx, scope, period);
    // What the distributor submitted itself is changed only by the distributor.
    if (onBehalf && row.revision > 0 && row.status !== 'awaiting_confirmation') {
      throw new AppError('report_submitted_by_distributor');
    }
    // The canonical content's hash: the same report again, typed or uploaded, is no new revision.
    const hash = createHash('sha256').update(canonicalize(submission.content)).digest('hex');
    const previous = await findLatestRevisionHash(tx, row.workspaceId, row.id);
    // The same file or content again is the revision already stored: harmless, nothing new.
    if (previous?.contentHash === hash) {
      // Nothing new is stored; a draft that led back to the same content is done with, though.
      if (row.draft !== null && !onBehalf) {
        await updateReport(tx, row.workspaceId, row.id, { draft: null, draftSavedAt: null });
      }
      // The distributor submitting exactly the figures entered for it confirms them.
      if (!onBehalf && row.status === 'awaiting_confirmation') {
        await confirmRevision(ctx, tx, row, distributorId, period);
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
      enteredOnBehalf: onBehalf !== null,
      onBehalfReason: onBehalf?.reason ?? null,
    });
    const firstSubmittedAt = row.firstSubmittedAt ?? now;
    await updateReport(tx, row.workspaceId, row.id, {
      revision,
      status: onBehalf ? 'awaiting_confirmation' : 'submitted',
      currency: submission.content.currency,
      // The distributor's own unsubmitted draft stays its own when figures are entered for it.
      ...(onBehalf ? {} : { draft: null, draftSavedAt: null }),
      firstSubmittedAt,
      submittedAt: now,
      updatedAt: now,
    });
    await insertReportEvent(tx, {
      workspaceId: row.workspaceId,
      reportId: row.id,
      kind: onBehalf ? 'entered_on_behalf' : revision === 1 ? 'submitted' : 'revised',
      revision,
      body: onBehalf?.reason ?? null,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.name,
    });
    const lineIds = new Map(scope.productLines.map((line) => [line.code, line.id]));
    // Figures entered on the distributor's behalf count at once, like submitted ones: they are
    // what the distributor sent, and the report's status says they await its confirmation.
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
      action: onBehalf
        ? 'report.entered_on_behalf'
        : revision === 1
          ? 'report.submitted'
          : 'report.revised',
      after: {
        period,
        revision,
        source: submission.source,
        fileName: submission.fileName,
        hash,
        ...(onBehalf ? { onBehalfReason: onBehalf.reason } : {}),
      },
    });
    // Figures entered on its behalf are news to the distributor: its people are asked to confirm.
    await publishEvent(tx, row.workspaceId, {
      type: onBehalf ? 'report.entered_on_behalf' : 'report.submitted',
      distributorId,
      subjectId: row.id,
      actorUserId: ctx.actor.userId,
      data: onBehalf
        ? { period, revision, byName: ctx.actor.name, reason: onBehalf.reason }
        : { period, revision, isRevision: revision > 1 },
      occurredAt: now,
    });
    return reportDetail(ctx, tx, scope, period);
  });
}

/** The distributor confirms the figures entered on its behalf: the report becomes its own. */
export async function confirmRevision(
  ctx: Context,
  tx: Tx,
  row: ReportRow,
  distributorId: string,
  period: string,
) {
  const now = ctx.clock.now();
  await updateReport(tx, row.workspaceId, row.id, { status: 'submitted', updatedAt: now });
  await insertReportEvent(tx, {
    workspaceId: row.workspaceId,
    reportId: row.id,
    kind: 'confirmed',
    revision: row.revision,
    actorUserId: ctx.actor.userId,
    actorName: ctx.actor.name,
  });
  await recordAudit(tx, ctx.actor, {
    entityType: 'monthly_report',
    entityId: row.id,
    distributorId,
    action: 'report.confirmed',
    before: { status: row.status },
    after: { period, revision: row.revision, status: 'submitted' },
  });
  await publishEvent(tx, row.workspaceId, {
    type: 'report.confirmed',
    distributorId,
    subjectId: row.id,
    actorUserId: ctx.actor.userId,
    data: { period, revision: row.revision, byName: ctx.actor.name },
    occurredAt: now,
  });
}
