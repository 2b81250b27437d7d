// The evaluation's PDF, rendered on request from the evaluation as the reader may see it: a
// distributor's user gets the draft without the principal's part, and the whole once completed.
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { fileNameSlug } from '../platform/downloads.ts';
import { AppError } from '../platform/errors.ts';
import { type Context, inTransaction } from '../platform/tenancy.ts';
import { renderEvaluationPdf } from './evaluation-document.ts';
import { evaluationView } from './evaluation-view.ts';
import { findEvaluation, findWorkspaceName } from './evaluations.queries.ts';

export function evaluationDocument(ctx: Context, distributorId: string, id: string) {
  return inTransaction(ctx, async (tx) => {
    const distributor = await getVisibleDistributor(ctx, tx, distributorId);
    const row = await findEvaluation(tx, ctx.actor.workspaceId, distributorId, id);
    if (!row) throw new AppError('not_found');
    // The document prints nothing of the principal's own part: no internal row is read.
    const evaluation = evaluationView(ctx, row, undefined, distributor.name);
    const body = await renderEvaluationPdf({
      evaluation,
      principalName: await findWorkspaceName(tx, ctx.actor.workspaceId),
      language: distributor.languages[0] ?? null,
      generatedAt: ctx.clock.now(),
    });
    const label = row.kind === 'yearly' ? String(row.year) : fileNameSlug(evaluation.title);
    return { body, fileName: `evaluation-${label}-${fileNameSlug(distributor.name)}.pdf` };
  });
}
