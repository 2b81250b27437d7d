// The evaluation of a relationship (#18): started by a principal's editor for a year (one per
// distributor and year) or on demand with a title, prepared by Liaison from the data and refreshed
// while a draft; each side writes its assessment, the principal its areas for improvement, decision,
// reasons and follow-ups; completing needs both assessments (or a reason the distributor did not
// respond) and leaves it read-only until a principal's editor reopens it with a reason. Every change
// writes its audit entry in the same transaction.
import type { Tx } from '../db/client.ts';
import type { EvaluationFollowUp } from '../db/types.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import {
  AppError,
  type FieldError,
  postgresConstraint,
  postgresErrorCode,
} from '../platform/errors.ts';
import {
  type Context,
  inTransaction,
  principalEditors,
  requireRole,
  todayFor,
} from '../platform/tenancy.ts';
import { prepareEvaluationFigures } from './evaluation-figures.service.ts';
import {
  distributorWriters,
  evaluationTitle,
  evaluationView,
  isPrincipalEditor,
  listItemView,
} from './evaluation-view.ts';
import {
  type EvaluationRow,
  findEvaluation,
  findEvaluationInternal,
  findYearlyEvaluation,
  insertEvaluation,
  listEvaluations,
  updateEvaluation,
  upsertEvaluationInternal,
} from './evaluations.queries.ts';
import type {
  AssessmentInput,
  EvaluationList,
  EvaluationView,
  PrincipalPartInput,
  StartEvaluationInput,
} from './evaluations.schema.ts';

const currentYearOf = (ctx: Context) => Number(todayFor(ctx).slice(0, 4));

export function readOnly(ctx: Context, row: EvaluationRow) {
  return new AppError('evaluation_state', {
    params: {
      title: evaluationTitle(ctx, row),
      status: ctx.t(`evaluations.status.${row.status}`),
    },
  });
}

export async function viewIn(ctx: Context, tx: Tx, row: EvaluationRow, distributorName: string) {
  // A distributor's database role reads no internal row anyway; it is not even asked.
  const internal =
    ctx.actor.distributorId === null
      ? await findEvaluationInternal(tx, ctx.actor.workspaceId, row.id)
      : undefined;
  return evaluationView(ctx, row, internal, distributorName);
}

/** The evaluation, locked for a change, or 404 (also for another distributor's). */
export async function lockedEvaluation(ctx: Context, tx: Tx, distributorId: string, id: string) {
  const distributor = await getVisibleDistributor(ctx, tx, distributorId);
  const row = await findEvaluation(tx, ctx.actor.workspaceId, distributorId, id, true);
  if (!row) throw new AppError('not_found');
  return { row, distributorName: distributor.name };
}

export function listDistributorEvaluations(
  ctx: Context,
  distributorId: string,
): Promise<EvaluationList> {
  return inTransaction(ctx, async (tx) => {
    const distributor = await getVisibleDistributor(ctx, tx, distributorId);
    const rows = await listEvaluations(tx, ctx.actor.workspaceId, distributorId);
    return {
      distributorName: distributor.name,
      currentYear: currentYearOf(ctx),
      canStart: isPrincipalEditor(ctx),
      items: rows.map((row) => listItemView(ctx, row)),
    };
  });
}

export function getEvaluation(ctx: Context, distributorId: string, id: string) {
  return inTransaction(ctx, async (tx) => {
    const distributor = await getVisibleDistributor(ctx, tx, distributorId);
    const row = await findEvaluation(tx, ctx.actor.workspaceId, distributorId, id);
    if (!row) throw new AppError('not_found');
    return viewIn(ctx, tx, row, distributor.name);
  });
}

function alreadyThere(ctx: Context, year: number) {
  return new AppError('evaluation_exists', {
    params: { year },
    errors: [{ pointer: '#/year', detail: ctx.t('errors.evaluation_exists.detail', { year }) }],
  });
}

/** Prepares the figures, then stores the evaluation as a draft. */
export async function startEvaluation(
  ctx: Context,
  distributorId: string,
  input: StartEvaluationInput,
): Promise<EvaluationView> {
  requireRole(ctx.actor, principalEditors);
  const currentYear = currentYearOf(ctx);
  const year = input.year ?? currentYear;
  const problems: FieldError[] = [];
  if (input.kind === 'on_demand' && !input.title) {
    problems.push({ pointer: '#/title', detail: ctx.t('evaluations.validation.title_required') });
  }
  if (year > currentYear) {
    problems.push({
      pointer: '#/year',
      detail: ctx.t('evaluations.validation.future_year', { year: currentYear }),
    });
  }
  if (problems.length) throw new AppError('validation_failed', { errors: problems });
  const workspaceId = ctx.actor.workspaceId;
  // Refused before the figures are gathered: another distributor's id, or the year taken.
  await inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    if (
      input.kind === 'yearly' &&
      (await findYearlyEvaluation(tx, workspaceId, distributorId, year))
    ) {
      throw alreadyThere(ctx, year);
    }
  });
  const prepared = await prepareEvaluationFigures(ctx, distributorId, {
    kind: input.kind,
    year,
    currentYear,
  });
  return inTransaction(ctx, async (tx) => {
    const distributor = await getVisibleDistributor(ctx, tx, distributorId);
    if (
      input.kind === 'yearly' &&
      (await findYearlyEvaluation(tx, workspaceId, distributorId, year))
    ) {
      throw alreadyThere(ctx, year);
    }
    const now = ctx.clock.now();
    const row = await insertEvaluation(tx, {
      workspaceId,
      distributorId,
      kind: input.kind,
      year,
      title: input.kind === 'on_demand' ? input.title : null,
      status: 'draft',
      figures: prepared.figures,
      preparedAt: now,
      createdBy: ctx.actor.userId,
      creatorName: ctx.actor.name,
      createdAt: now,
      updatedAt: now,
    });
    if (!row) throw new Error('the evaluation was not stored');
    await upsertEvaluationInternal(tx, {
      workspaceId,
      evaluationId: row.id,
      distributorId,
      figures: prepared.internal,
      note: null,
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'evaluation',
      entityId: row.id,
      distributorId,
      action: 'evaluation.started',
      after: { title: evaluationTitle(ctx, row), kind: row.kind, year },
    });
    return viewIn(ctx, tx, row, distributor.name);
  }).catch((error: unknown) => {
    // Two people starting the same year at once: the unique index answers the second.
    if (
      postgresErrorCode(error) === '23505' &&
      postgresConstraint(error) === 'evaluation_yearly_idx'
    ) {
      throw alreadyThere(ctx, year);
    }
    throw error;
  });
}

/** Prepares the figures again from today's data; only while a draft. */
export async function refreshEvaluation(ctx: Context, distributorId: string, id: string) {
  requireRole(ctx.actor, principalEditors);
  const current = await getEvaluation(ctx, distributorId, id);
  if (current.status !== 'draft') {
    throw new AppError('evaluation_state', {
      params: { title: current.title, status: ctx.t('evaluations.status.completed') },
    });
  }
  const prepared = await prepareEvaluationFigures(ctx, distributorId, {
    kind: current.kind,
    year: current.year,
    currentYear: currentYearOf(ctx),
  });
  return inTransaction(ctx, async (tx) => {
    const { row, distributorName } = await lockedEvaluation(ctx, tx, distributorId, id);
    if (row.status !== 'draft') throw readOnly(ctx, row);
    const now = ctx.clock.now();
    const updated = await updateEvaluation(tx, ctx.actor.workspaceId, id, {
      figures: prepared.figures,
      preparedAt: now,
      updatedAt: now,
    });
    const internal = await findEvaluationInternal(tx, ctx.actor.workspaceId, id);
    await upsertEvaluationInternal(tx, {
      workspaceId: ctx.actor.workspaceId,
      evaluationId: id,
      distributorId,
      figures: prepared.internal,
      note: internal?.note ?? null,
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'evaluation',
      entityId: id,
      distributorId,
      action: 'evaluation.refreshed',
      before: { title: evaluationTitle(ctx, row), preparedAt: row.preparedAt },
      after: { title: evaluationTitle(ctx, row), preparedAt: now },
    });
    return viewIn(ctx, tx, updated ?? row, distributorName);
  });
}

/** The caller's side's assessment: a principal's editor writes the principal's, a distributor's
 * user the distributor's. */
export function writeAssessment(
  ctx: Context,
  distributorId: string,
  id: string,
  input: AssessmentInput,
) {
  const side = ctx.actor.distributorId === null ? 'principal' : 'distributor';
  requireRole(ctx.actor, side === 'principal' ? principalEditors : distributorWriters);
  return inTransaction(ctx, async (tx) => {
    const { row, distributorName } = await lockedEvaluation(ctx, tx, distributorId, id);
    if (row.status !== 'draft') throw readOnly(ctx, row);
    const now = ctx.clock.now();
    const changes =
      side === 'principal'
        ? {
            principalAssessment: input.text,
            principalAssessorName: ctx.actor.name,
            principalAssessedAt: now,
          }
        : {
            distributorAssessment: input.text,
            distributorAssessorName: ctx.actor.name,
            distributorAssessedAt: now,
          };
    const updated = await updateEvaluation(tx, ctx.actor.workspaceId, id, {
      ...changes,
      updatedAt: now,
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'evaluation',
      entityId: id,
      distributorId,
      action: 'evaluation.assessed',
      before: {
        title: evaluationTitle(ctx, row),
        assessment: side === 'principal' ? row.principalAssessment : row.distributorAssessment,
      },
      after: { title: evaluationTitle(ctx, row), side, assessment: input.text },
    });
    return viewIn(ctx, tx, updated ?? row, distributorName);
  });
}

/** The principal's part: areas for improvement, decision, reasons, follow-ups, internal note. */
export function writePrincipalPart(
  ctx: Context,
  distributorId: string,
  id: string,
  input: PrincipalPartInput,
) {
  requireRole(ctx.actor, principalEditors);
  if (ctx.actor.distributorId !== null) throw new AppError('forbidden');
  return inTransaction(ctx, async (tx) => {
    const { row, distributorName } = await lockedEvaluation(ctx, tx, distributorId, id);
    if (row.status !== 'draft') throw readOnly(ctx, row);
    const workspaceId = ctx.actor.workspaceId;
    const changes: Partial<EvaluationRow> = {};
    if (input.improvements !== undefined) changes.improvements = input.improvements;
    if (input.decision !== undefined) changes.decision = input.decision;
    if (input.decisionReasons !== undefined) changes.decisionReasons = input.decisionReasons;
    if (input.followUps !== undefined) {
      changes.followUps = input.followUps.map(
        (followUp): EvaluationFollowUp => ({
          text: followUp.text,
          ownerSide: followUp.ownerSide,
          ownerName: followUp.ownerName,
          dueOn: followUp.dueOn,
        }),
      );
    }
    const updated = await updateEvaluation(tx, workspaceId, id, {
      ...changes,
      updatedAt: ctx.clock.now(),
    });
    const internal = await findEvaluationInternal(tx, workspaceId, id);
    const noteChanged = input.internalNote !== undefined && input.internalNote !== internal?.note;
    if (noteChanged && internal) {
      await upsertEvaluationInternal(tx, { ...internal, note: input.internalNote ?? null });
    }
    const picked = (source: Record<string, unknown>) =>
      Object.fromEntries(Object.keys(changes).map((key) => [key, source[key]]));
    await recordAudit(tx, ctx.actor, {
      entityType: 'evaluation',
      entityId: id,
      distributorId,
      action: 'evaluation.updated',
      before: {
        title: evaluationTitle(ctx, row),
        ...picked(row),
        ...(noteChanged ? { internalNote: internal?.note ?? null } : {}),
      },
      after: {
        title: evaluationTitle(ctx, row),
        ...picked(changes),
        ...(noteChanged ? { internalNote: input.internalNote ?? null } : {}),
      },
    });
    return viewIn(ctx, tx, updated ?? row, distributorName);
  });
}
