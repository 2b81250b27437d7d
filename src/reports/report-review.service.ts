// The principal reviews a submitted report: a comment, acceptance, or a request for changes that
// sends it back to the distributor (who answers with a new revision). Each step is an event in the
// report's conversation and in the audit log.
import { recordAudit } from '../platform/audit.ts';
import { AppError } from '../platform/errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import {
  findMonthReport,
  reportDetail,
  reportScope,
  reportWriters,
} from './report-detail.service.ts';
import { insertReportEvent, updateReport } from './reports.queries.ts';
import type { ReportReviewInput } from './reports.schema.ts';

const kinds = {
  accept: 'accepted',
  request_changes: 'changes_requested',
  comment: 'comment',
} as const;

export function reviewReport(
  ctx: Context,
  distributorId: string,
  period: string,
  input: ReportReviewInput,
) {
  // Both sides may comment; only the principal's editors accept or send a report back.
  requireRole(ctx.actor, input.action === 'comment' ? reportWriters : principalEditors);
  return inTransaction(ctx, async (tx) => {
    const scope = await reportScope(ctx, tx, distributorId);
    const row = await findMonthReport(tx, ctx.actor.workspaceId, distributorId, period);
    if (!row || row.revision === 0) throw new AppError('report_not_submitted');
    const kind = kinds[input.action];
    if (kind !== 'comment') {
      if (row.status === kind)
        // The state in the reader's words ("Accepted", "Đã chấp nhận"), not the stored code.
        throw new AppError('report_state', {
          params: { status: ctx.t(`report.state.${row.status}`) },
        });
      const now = ctx.clock.now();
      await updateReport(tx, row.workspaceId, row.id, {
        status: kind,
        reviewedAt: now,
        reviewedBy: ctx.actor.userId,
        updatedAt: now,
      });
    }
    await insertReportEvent(tx, {
      workspaceId: row.workspaceId,
      reportId: row.id,
      kind,
      revision: row.revision,
      body: input.comment || null,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.name,
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'monthly_report',
      entityId: row.id,
      distributorId,
      action: `report.${kind}`,
      before: { status: row.status },
      after: { status: kind === 'comment' ? row.status : kind, comment: input.comment },
    });
    return reportDetail(ctx, tx, scope, period);
  });
}
