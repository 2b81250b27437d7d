// What Liaison prepares for an evaluation, read through each owning domain's service as the
// principal's person who starts (or refreshes) it: the scorecard's KPIs and the year's revenue
// against target, the plan's goals with progress, the playbook, the relationship surveys per
// quarter, the open concerns; and, kept apart for the principal only, the lifecycle stage with
// its reason, the early warnings' signals and the margin. Each service opens its own tenant
// transaction, so this runs before the evaluation's own transaction, never inside it.
import { listDistributorConcerns } from '../concerns/concern-drafting.service.ts';
import { getDistributor, getLifecycleHistory } from '../distributors/distributors.service.ts';
import { getDistributorFeedback } from '../feedback/feedback.service.ts';
import { getPlan } from '../plan/plan.service.ts';
import type { Context } from '../platform/tenancy.ts';
import { getDistributorPlaybook } from '../playbook/playbook.service.ts';
import { principalOnlyKpis } from '../reports/kpi.schema.ts';
import { getScorecard } from '../reports/scorecard.service.ts';
import { getDistributorHealth } from '../warnings/warnings.service.ts';
import type { EvaluationFigures } from './evaluations.schema.ts';

/** The principal's own figures as stored: signals keep their kind and values, not a sentence. */
export type StoredInternalFigures = {
  lifecycleStage: string | null;
  lifecycleReason: string | null;
  health: {
    state: string;
    signals: {
      kind: string;
      severity: string;
      params: Record<string, string | number | string[]>;
    }[];
  } | null;
  kpis: EvaluationFigures['kpis'];
};

export type PreparedFigures = { figures: EvaluationFigures; internal: StoredInternalFigures };

const round = (value: number) => Math.round(value * 100) / 100;
const sum = (values: (number | null)[]) => {
  const present = values.filter((value): value is number => value !== null);
  return present.length ? round(present.reduce((a, b) => a + b, 0)) : null;
};

/**
 * The figures of a yearly evaluation of `year` (its months up to the last one ended), or of an
 * on-demand one (the last twelve months).
 */
export async function prepareEvaluationFigures(
  ctx: Context,
  distributorId: string,
  scope: { kind: 'yearly' | 'on_demand'; year: number; currentYear: number },
): Promise<PreparedFigures> {
  const isPastYear = scope.kind === 'yearly' && scope.year < scope.currentYear;
  const scorecard = await getScorecard(
    ctx,
    distributorId,
    12,
    isPastYear ? `${scope.year}-12` : undefined,
  );
  const months = scorecard.months.filter(
    (month) => scope.kind === 'on_demand' || month.period.startsWith(`${scope.year}-`),
  );
  const kpiOf = (kpi: (typeof scorecard.kpis)[number]) => ({
    key: kpi.key,
    unit: kpi.unit,
    lowerIsBetter: kpi.lowerIsBetter,
    value: kpi.value,
    target: kpi.target,
  });
  const plan = await getPlan(ctx, distributorId);
  const playbook = await getDistributorPlaybook(ctx, distributorId);
  const feedback = await getDistributorFeedback(ctx, distributorId);
  const concerns = await listDistributorConcerns(ctx, distributorId);
  const rounds = feedback.rounds
    .filter((entry) => scope.kind === 'on_demand' || entry.quarter.startsWith(`${scope.year}-`))
    .sort((a, b) => a.quarter.localeCompare(b.quarter));
  const figures: EvaluationFigures = {
    from: months[0]?.period ?? `${scope.year}-01`,
    to: months.at(-1)?.period ?? `${scope.year}-01`,
    currency: scorecard.currency,
    // The target of the months with revenue reported, as the attainment KPI compares them.
    revenue: {
      actual: sum(months.map((month) => month.revenue)),
      target: sum(months.map((month) => (month.revenue === null ? null : month.targetRevenue))),
      monthsReported: months.filter((month) => month.reported).length,
    },
    kpis: scorecard.kpis.filter((kpi) => !principalOnlyKpis.has(kpi.key)).map(kpiOf),
    goals: plan.goals.map((goal) => ({
      metric: goal.metric,
      target: goal.target,
      unit: goal.unit,
      dueOn: goal.dueOn,
      currentValue: goal.currentValue,
      progressPercent: goal.progressPercent,
      objectivesDone: goal.objectives.filter((objective) => objective.isDone).length,
      objectivesTotal: goal.objectives.length,
    })),
    playbook: {
      done: playbook.done,
      total: playbook.total,
      open: playbook.items
        .filter((item) => !item.isDone)
        .map((item) => ({ key: item.key, title: item.title })),
    },
    feedback: {
      quarters: rounds.map((entry) => {
        const principal = entry.averages.principal.overall;
        const distributor = entry.averages.distributor.overall;
        return {
          quarter: entry.quarter,
          principal,
          distributor,
          gap: principal !== null && distributor !== null ? round(principal - distributor) : null,
        };
      }),
    },
    concerns: concerns.items
      .filter((concern) => concern.state === 'sent' || concern.state === 'acknowledged')
      .map((concern) => ({
        number: concern.number,
        subject: concern.subject,
        sentOn: concern.sentAt ? concern.sentAt.toISOString().slice(0, 10) : null,
        state: concern.state,
      })),
  };
  const distributor = await getDistributor(ctx, distributorId);
  const history = await getLifecycleHistory(ctx, distributorId);
  const latestChange = [...history].sort(
    (a, b) => b.changedAt.getTime() - a.changedAt.getTime(),
  )[0];
  // A past year's signals as they stood on its last day, like its KPIs.
  const health = await getDistributorHealth(
    ctx,
    distributorId,
    isPastYear ? `${scope.year}-12-31` : undefined,
  );
  return {
    figures,
    internal: {
      lifecycleStage: distributor.lifecycleStage,
      lifecycleReason: latestChange?.reason ?? null,
      health: {
        state: health.state,
        signals: health.signals.map((signal) => ({
          kind: signal.kind,
          severity: signal.severity,
          params: signal.params,
        })),
      },
      kpis: scorecard.kpis.filter((kpi) => principalOnlyKpis.has(kpi.key)).map(kpiOf),
    },
  };
}
