// Figures a distributor sent by other means (e-mail, a call, a spreadsheet handed over at a
// meeting), entered by a principal editor on its behalf: an explicit act with a reason, marked on
// the revision, after which the report waits for the distributor to confirm the figures or
// correct them with a revision of its own. Nobody on the principal's side revises what the
// distributor submitted itself (storeRevision refuses it).
import { AppError } from '../platform/errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import type { MonthlyReportContent } from './report.content.ts';
import {
  findMonthReport,
  reportDetail,
  reportScope,
  reportWriters,
} from './report-detail.service.ts';
import { confirmRevision, storeRevision } from './report-revisions.service.ts';

export function submitReportOnBehalf(
  ctx: Context,
  distributorId: string,
  period: string,
  input: { content: MonthlyReportContent; reason: string; source: 'portal' | 'api' },
) {
  requireRole(ctx.actor, principalEditors);
  return storeRevision(
    ctx,
    distributorId,
    period,
    { content: input.content, source: input.source },
    { reason: input.reason },
  );
}

/** The distributor's people confirm the figures entered for them: the report becomes theirs. */
export function confirmReport(ctx: Context, distributorId: string, period: string) {
  requireRole(ctx.actor, reportWriters);
  return inTransaction(ctx, async (tx) => {
    const scope = await reportScope(ctx, tx, distributorId);
    const row = await findMonthReport(tx, ctx.actor.workspaceId, distributorId, period);
    if (!row || row.revision === 0) throw new AppError('report_not_submitted');
    if (row.status !== 'awaiting_confirmation') {
      throw new AppError('report_state', {
        params: { status: ctx.t(`report.state.${row.status}`) },
      });
    }
    await confirmRevision(ctx, tx, row, distributorId, period);
    return reportDetail(ctx, tx, scope, period);
  });
}
