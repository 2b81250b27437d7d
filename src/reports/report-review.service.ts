// The principal reviews a submitted report: a comment, acceptance, or a request for changes that
// sends it back to the distributor (who answers with a new revision). Each step is an event in the
// report's conversation and in the audit log. This is the principal's way to disagree with the
// figures: it never changes them itself. A comment or a request may name one figure (a cell).
import { recordAudit } from '../platform/audit.ts';
import { AppError, fieldError } from '../platform/errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import { isReportCell } from './report-cells.ts';
import {
  findMonthReport,
  reportCommenters,
  reportDetail,
  reportScope,
} from './report-detail.service.ts';
import { findRevisionContent, insertReportEvent, updateReport } from './reports.queries.ts';
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
  requireRole(ctx.actor, input.action === 'comment' ? reportCommenters : principalEditors);
  return inTransaction(ctx, async (tx) => {
    const scope = await reportScope(ctx, tx, distributorId);
    const row = await findMonthReport(tx, ctx.actor.workspaceId, distributorId, period);
    if (!row || row.revision === 0) throw new AppError('report_not_submitted');
    const kind = kinds[input.action];
    if (input.cell !== undefined) {
      const revision = await findRevisionContent(tx, row.workspaceId, row.id, row.revision);
      if (!isReportCell(revision?.content, input.cell)) {
        throw fieldError(ctx.t, '#/cell', 'report.review.unknown_cell', { value: input.cell });
      }
    }
    if (kind !== 'comment') {
      // Figures entered on the distributor's behalf are judged once the distributor has
      // confirmed or corrected them; until then both sides may comment.
      if (row.status === 'awaiting_confirmation')
        throw new AppError('report_awaiting_confirmation');
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
      cell: input.cell ?? null,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.name,
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'monthly_report',
      entityId: row.id,
      distributorId,
      action: `report.${kind}`,
      before: { status: row.status },
      after: {
        status: kind === 'comment' ? row.status : kind,
        comment: input.comment,
        ...(input.cell ? { cell: input.cell } : {}),
      },
    });
    return reportDetail(ctx, tx, scope, period);
  });
}
