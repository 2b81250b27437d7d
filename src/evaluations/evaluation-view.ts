// An evaluation as its reader may see it. A distributor's users never get the principal's part
// (its internal note and figures: lifecycle stage and reason, early-warning signals, margin), and
// see the principal's assessment, areas for improvement, decision, reasons and follow-ups only
// once the evaluation is completed: until then they are the principal's drafts.
import type { EvaluationFollowUp, Role } from '../db/types.ts';
import { type Context, isPrincipal, principalEditors } from '../platform/tenancy.ts';
import type { StoredInternalFigures } from './evaluation-figures.service.ts';
import type { EvaluationInternalRow, EvaluationRow } from './evaluations.queries.ts';
import type {
  EvaluationFigures,
  EvaluationList,
  EvaluationView,
  InternalFigures,
} from './evaluations.schema.ts';

/** Who writes the distributor's assessment: its own people, not the principal for it. */
export const distributorWriters: readonly Role[] = ['distributor_admin', 'distributor_member'];

export const isPrincipalEditor = (ctx: Context) =>
  isPrincipal(ctx.actor) && principalEditors.includes(ctx.actor.role);

export function evaluationTitle(
  ctx: Pick<Context, 't'>,
  row: Pick<EvaluationRow, 'title' | 'year'>,
) {
  return row.title ?? ctx.t('evaluations.yearlyTitle', { year: row.year });
}

/** A jsonb column this domain wrote from EvaluationFigures. */
export const figuresOf = (row: Pick<EvaluationRow, 'figures'>) => row.figures as EvaluationFigures;

/** The stored figures in the reader's language: open playbook items keep their own titles. */
function figuresView(ctx: Context, figures: EvaluationFigures): EvaluationFigures {
  return {
    ...figures,
    playbook: {
      ...figures.playbook,
      open: figures.playbook.open.map((item) => ({
        key: item.key,
        title: ctx.t(`playbook.items.${item.key}.title`, { defaultValue: item.title }),
      })),
    },
  };
}

export function internalView(ctx: Context, stored: StoredInternalFigures): InternalFigures {
  return {
    lifecycleStage: stored.lifecycleStage,
    lifecycleReason: stored.lifecycleReason,
    kpis: stored.kpis,
    health: stored.health
      ? {
          state: stored.health.state,
          signals: stored.health.signals.map((signal) => ({
            ...signal,
            reason: ctx.t(`warnings.signal.${signal.kind}`, {
              ...Object.fromEntries(
                Object.entries(signal.params).map(([key, value]) => [
                  key,
                  Array.isArray(value) ? value.join(', ') : value,
                ]),
              ),
            }),
          })),
        }
      : null,
  };
}

const assessment = (text: string | null, authorName: string | null, at: Date | null) =>
  text && authorName && at ? { text, authorName, at } : null;

export function evaluationView(
  ctx: Context,
  row: EvaluationRow,
  internal: EvaluationInternalRow | undefined,
  distributorName: string,
): EvaluationView {
  const principal = isPrincipal(ctx.actor);
  const isDraft = row.status === 'draft';
  // What the principal is still drafting stays its own until the evaluation is completed.
  const shared = principal || !isDraft;
  const editor = isPrincipalEditor(ctx);
  return {
    id: row.id,
    distributorId: row.distributorId,
    distributorName,
    kind: row.kind,
    year: row.year,
    title: evaluationTitle(ctx, row),
    status: row.status,
    preparedAt: row.preparedAt,
    figures: figuresView(ctx, figuresOf(row)),
    internal:
      principal && internal ? internalView(ctx, internal.figures as StoredInternalFigures) : null,
    principalAssessment: shared
      ? assessment(row.principalAssessment, row.principalAssessorName, row.principalAssessedAt)
      : null,
    distributorAssessment: assessment(
      row.distributorAssessment,
      row.distributorAssessorName,
      row.distributorAssessedAt,
    ),
    noResponseReason: shared ? row.noResponseReason : null,
    improvements: shared ? row.improvements : null,
    decision: shared ? row.decision : null,
    decisionReasons: shared ? row.decisionReasons : null,
    followUps: shared ? (row.followUps as EvaluationFollowUp[]) : [],
    internalNote: principal ? (internal?.note ?? null) : null,
    completedAt: row.completedAt,
    completerName: row.completerName,
    creatorName: row.creatorName,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    can: {
      refresh: editor && isDraft,
      writePrincipal: editor && isDraft,
      writeDistributor: isDraft && !principal && distributorWriters.includes(ctx.actor.role),
      complete: editor && isDraft,
      reopen: editor && !isDraft,
    },
  };
}

type ListItem = EvaluationList['items'][number];

/** The headline figures of one evaluation, for the year-on-year comparison. */
export function listItemView(ctx: Context, row: EvaluationRow): ListItem {
  const figures = figuresOf(row);
  // The latest quarter both sides answered, else the latest one.
  const latestRound =
    figures.feedback.quarters.findLast(
      (quarter) => quarter.principal !== null && quarter.distributor !== null,
    ) ?? figures.feedback.quarters.at(-1);
  const shared = isPrincipal(ctx.actor) || row.status === 'completed';
  return {
    id: row.id,
    kind: row.kind,
    year: row.year,
    title: evaluationTitle(ctx, row),
    status: row.status,
    decision: shared ? row.decision : null,
    preparedAt: row.preparedAt,
    completedAt: row.completedAt,
    headline: {
      revenue: figures.revenue.actual,
      revenueTarget: figures.revenue.target,
      currency: figures.currency,
      attainment: figures.kpis.find((kpi) => kpi.key === 'attainment')?.value ?? null,
      playbookDone: figures.playbook.done,
      playbookTotal: figures.playbook.total,
      feedbackPrincipal: latestRound?.principal ?? null,
      feedbackDistributor: latestRound?.distributor ?? null,
      openConcerns: figures.concerns.length,
    },
  };
}
