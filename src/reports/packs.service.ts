// Gathers a review pack's figures (the scorecard, the covered months' reports, the open action
// items) and renders it as a PDF.

import { listActionItems } from '../cadence/action-items.service.ts';
import { renderDocumentPdf } from '../charter/documents/pdf-render.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { fileNameSlug } from '../platform/downloads.ts';
import { AppError } from '../platform/errors.ts';
import { type Context, inTransaction } from '../platform/tenancy.ts';
import { buildPackModel } from './packs.ts';
import { periodDate, periodOf, shiftPeriod } from './periods.ts';
import type { MonthlyReportContent } from './report.content.ts';
import { findWorkspaceName, listLatestContents } from './reports.queries.ts';
import { getScorecard } from './scorecard.service.ts';

/** "2026-10" → ["2026-10"]; "2026-Q3" → ["2026-07", "2026-08", "2026-09"]. */
export function packPeriods(kind: 'monthly' | 'quarterly', label: string): string[] {
  if (kind === 'monthly') return [label];
  const [year, quarter] = label.split('-Q');
  const first = `${year}-${String((Number(quarter) - 1) * 3 + 1).padStart(2, '0')}`;
  return [first, shiftPeriod(first, 1), shiftPeriod(first, 2)];
}

export async function renderPack(
  ctx: Context,
  distributorId: string,
  kind: 'monthly' | 'quarterly',
  label: string,
) {
  if ((kind === 'quarterly') !== label.includes('-Q')) {
    throw new AppError('validation_failed', {
      errors: [{ pointer: '#/label', detail: ctx.t(`validation.pack_label_${kind}`) }],
    });
  }
  const periods = packPeriods(kind, label);
  // The pack's figures as of its last month's end, whenever it is printed.
  const scorecard = await getScorecard(ctx, distributorId, 36, periods.at(-1));
  const { principal, language, reports } = await inTransaction(ctx, async (tx) => {
    const principalName = await findWorkspaceName(tx, ctx.actor.workspaceId);
    const distributor = await getVisibleDistributor(ctx, tx, distributorId);
    const rows = await listLatestContents(
      tx,
      ctx.actor.workspaceId,
      distributorId,
      periods.map(periodDate),
    );
    return {
      principal: principalName ?? '',
      // Both sides read the pack: English and the distributor's own language.
      language: distributor.languages[0] ?? null,
      reports: new Map(
        rows.map((row) => [periodOf(row.period), row.content as MonthlyReportContent]),
      ),
    };
  });
  const actions = await listActionItems(
    ctx,
    { status: 'open', mine: false, overdue: false, limit: 50 },
    distributorId,
  );
  const model = buildPackModel({
    kind,
    label,
    periods,
    principal,
    language,
    scorecard,
    reports,
    actions: actions.items.map((item) => ({
      title: item.title,
      owner: item.owner.name,
      dueOn: item.dueOn,
      status: item.status,
      overdue: item.overdue,
    })),
    generatedAt: ctx.clock.now(),
  });
  const slug = fileNameSlug(scorecard.distributor.name);
  return {
    fileName: `${slug}-${kind === 'monthly' ? 'monthly-review' : 'qbr'}-${label}.pdf`,
    body: await renderDocumentPdf(model),
  };
}
