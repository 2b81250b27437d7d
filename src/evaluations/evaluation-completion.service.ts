// Completing an evaluation and reopening a completed one (#18). Completing needs the principal's
// assessment, a decision with its reasons, and the distributor's assessment or a reason it did not
// respond; it leaves the evaluation read-only, and only a principal's editor reopens it, with a
// reason the audit log keeps.
import { recordAudit } from '../platform/audit.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import { evaluationTitle } from './evaluation-view.ts';
import { updateEvaluation } from './evaluations.queries.ts';
import type { CompleteInput, ReopenInput } from './evaluations.schema.ts';
import { lockedEvaluation, readOnly, viewIn } from './evaluations.service.ts';

/** Completes the evaluation: every missing piece is named, with the field it belongs to. */
export function completeEvaluation(
  ctx: Context,
  distributorId: string,
  id: string,
  input: CompleteInput,
) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const { row, distributorName } = await lockedEvaluation(ctx, tx, distributorId, id);
    if (row.status !== 'draft') throw readOnly(ctx, row);
    const missing: FieldError[] = [];
    const need = (present: unknown, pointer: string, key: string) => {
      if (!present) missing.push({ pointer, detail: ctx.t(`evaluations.validation.${key}`) });
    };
    need(row.principalAssessment, '#/principalAssessment', 'principal_assessment_missing');
    need(
      row.distributorAssessment || input.noResponseReason,
      '#/noResponseReason',
      'distributor_assessment_missing',
    );
    need(row.decision, '#/decision', 'decision_missing');
    need(row.decisionReasons, '#/decisionReasons', 'reasons_missing');
    if (missing.length) throw new AppError('validation_failed', { errors: missing });
    const now = ctx.clock.now();
    const updated = await updateEvaluation(tx, ctx.actor.workspaceId, id, {
      status: 'completed',
      noResponseReason: row.distributorAssessment ? null : input.noResponseReason,
      completedAt: now,
      completerName: ctx.actor.name,
      updatedAt: now,
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'evaluation',
      entityId: id,
      distributorId,
      action: 'evaluation.completed',
      after: {
        title: evaluationTitle(ctx, row),
        decision: row.decision,
        decisionReasons: row.decisionReasons,
        noResponseReason: row.distributorAssessment ? null : input.noResponseReason,
      },
    });
    return viewIn(ctx, tx, updated ?? row, distributorName);
  });
}

/** A completed evaluation back to a draft, with the reason in the audit log. */
export function reopenEvaluation(
  ctx: Context,
  distributorId: string,
  id: string,
  input: ReopenInput,
) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const { row, distributorName } = await lockedEvaluation(ctx, tx, distributorId, id);
    if (row.status !== 'completed') throw readOnly(ctx, row);
    const updated = await updateEvaluation(tx, ctx.actor.workspaceId, id, {
      status: 'draft',
      completedAt: null,
      completerName: null,
      updatedAt: ctx.clock.now(),
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'evaluation',
      entityId: id,
      distributorId,
      action: 'evaluation.reopened',
      before: {
        title: evaluationTitle(ctx, row),
        status: 'completed',
        completedAt: row.completedAt,
      },
      after: { title: evaluationTitle(ctx, row), status: 'draft', reason: input.reason },
    });
    return viewIn(ctx, tx, updated ?? row, distributorName);
  });
}
