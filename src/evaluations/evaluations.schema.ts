// The evaluation of a relationship (#18): its inputs and answers. The figures are a snapshot Liaison
// prepared from the data; `internal` holds what only the principal's people read.
import { z } from 'zod';
import { Side } from '../distributors/distributors.schema.ts';
import { IsoDate, OptionalText, Text, Uuid } from '../platform/fields.ts';
import { kpiKeys } from '../reports/kpi.schema.ts';

export const evaluationDecisions = ['renew', 'develop', 'watch', 'exit'] as const;
export const EvaluationDecision = z.enum(evaluationDecisions).meta({
  description:
    'renew: carry on as agreed; develop: invest to grow it; watch: keep it under review; exit: end it',
});

export const EvaluationParams = z.object({ id: Uuid, evaluationId: Uuid });

export const StartEvaluationInput = z.object({
  kind: z.enum(['yearly', 'on_demand']).default('yearly'),
  year: z.number().int().min(2000).max(2100).optional().meta({
    description: 'The year evaluated; this year (on the caller’s calendar) when left out',
  }),
  title: OptionalText(200).meta({ description: 'Required for an on-demand evaluation' }),
});
export type StartEvaluationInput = z.infer<typeof StartEvaluationInput>;

export const AssessmentInput = z.object({
  text: Text(10000).meta({ description: 'The side’s qualitative assessment of the relationship' }),
});
export type AssessmentInput = z.infer<typeof AssessmentInput>;

export const FollowUp = z.object({
  text: Text(500),
  ownerSide: Side,
  ownerName: OptionalText(200).meta({ description: 'A person, if one owns it' }),
  dueOn: IsoDate.nullable().default(null),
});

const FollowUpView = z
  .object({
    text: z.string(),
    ownerSide: Side,
    ownerName: z.string().nullable(),
    dueOn: z.string().nullable().meta({ description: 'YYYY-MM-DD' }),
  })
  .meta({ id: 'EvaluationFollowUp' });

// A field left out stays as it is; null or an empty text clears it.
export const PrincipalPartInput = z.object({
  improvements: OptionalText(10000).optional().meta({ description: 'Areas for improvement' }),
  decision: EvaluationDecision.nullable().optional(),
  decisionReasons: OptionalText(10000).optional(),
  followUps: z.array(FollowUp).max(50).optional(),
  internalNote: OptionalText(10000).optional().meta({
    description: 'For the principal’s people only; never shown to the distributor',
  }),
});
export type PrincipalPartInput = z.infer<typeof PrincipalPartInput>;

export const CompleteInput = z.object({
  noResponseReason: OptionalText(2000).meta({
    description: 'Why the evaluation is completed without the distributor’s assessment',
  }),
});
export type CompleteInput = z.infer<typeof CompleteInput>;

export const ReopenInput = z.object({ reason: Text(2000) });
export type ReopenInput = z.infer<typeof ReopenInput>;

const FigureKpi = z.object({
  key: z.enum(kpiKeys),
  unit: z.string(),
  lowerIsBetter: z.boolean(),
  value: z.number().nullable(),
  target: z.number().nullable(),
});

/** What both sides see: stored as prepared, so later changes of the data do not rewrite it. */
export const EvaluationFigures = z
  .object({
    from: z.string().meta({ description: 'First month covered, YYYY-MM' }),
    to: z.string().meta({ description: 'Last month covered, YYYY-MM' }),
    currency: z.string(),
    revenue: z.object({
      actual: z.number().nullable(),
      target: z.number().nullable(),
      monthsReported: z.number().int(),
    }),
    kpis: z.array(FigureKpi),
    goals: z.array(
      z.object({
        metric: z.string(),
        target: z.number(),
        unit: z.string(),
        dueOn: z.string(),
        currentValue: z.number().nullable(),
        progressPercent: z.number().nullable(),
        objectivesDone: z.number().int(),
        objectivesTotal: z.number().int(),
      }),
    ),
    playbook: z.object({
      done: z.number().int(),
      total: z.number().int(),
      open: z.array(z.object({ key: z.string(), title: z.string() })),
    }),
    feedback: z.object({
      quarters: z.array(
        z.object({
          quarter: z.string(),
          principal: z.number().nullable().meta({ description: 'Average overall score, 1–5' }),
          distributor: z.number().nullable(),
          gap: z.number().nullable().meta({ description: 'principal minus distributor' }),
        }),
      ),
    }),
    concerns: z.array(
      z.object({
        number: z.number().int(),
        subject: z.string(),
        sentOn: z.string().nullable().meta({ description: 'YYYY-MM-DD' }),
        state: z.string(),
      }),
    ),
  })
  .meta({ id: 'EvaluationFigures' });
export type EvaluationFigures = z.infer<typeof EvaluationFigures>;

export const InternalFigures = z
  .object({
    lifecycleStage: z.string().nullable(),
    lifecycleReason: z
      .string()
      .nullable()
      .meta({ description: 'Why the stage was last changed, as the principal wrote it' }),
    health: z
      .object({
        state: z.string(),
        signals: z.array(
          z.object({
            kind: z.string(),
            severity: z.string(),
            reason: z.string().meta({ description: 'In the caller’s language' }),
            params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
          }),
        ),
      })
      .nullable(),
    kpis: z.array(FigureKpi).meta({ description: 'The principal’s own KPIs (the margin)' }),
  })
  .meta({ id: 'EvaluationInternalFigures' });
export type InternalFigures = z.infer<typeof InternalFigures>;

const Assessment = z.object({ text: z.string(), authorName: z.string(), at: z.date() }).nullable();

export const Evaluation = z
  .object({
    id: Uuid,
    distributorId: Uuid,
    distributorName: z.string(),
    kind: z.enum(['yearly', 'on_demand']),
    year: z.number().int(),
    title: z.string().meta({ description: 'The on-demand title, or “2026 evaluation”' }),
    status: z.enum(['draft', 'completed']),
    preparedAt: z.date(),
    figures: EvaluationFigures,
    internal: InternalFigures.nullable().meta({ description: 'null for a distributor’s users' }),
    principalAssessment: Assessment.meta({
      description: 'Shown to a distributor’s users once the evaluation is completed',
    }),
    distributorAssessment: Assessment,
    noResponseReason: z.string().nullable(),
    improvements: z.string().nullable(),
    decision: EvaluationDecision.nullable().meta({
      description: 'Shown to a distributor’s users once the evaluation is completed',
    }),
    decisionReasons: z.string().nullable(),
    followUps: z.array(FollowUpView),
    internalNote: z.string().nullable().meta({ description: 'null for a distributor’s users' }),
    completedAt: z.date().nullable(),
    completerName: z.string().nullable(),
    creatorName: z.string(),
    createdAt: z.date(),
    updatedAt: z.date(),
    can: z.object({
      refresh: z.boolean(),
      writePrincipal: z.boolean(),
      writeDistributor: z.boolean(),
      complete: z.boolean(),
      reopen: z.boolean(),
    }),
  })
  .meta({ id: 'DistributorEvaluation' });
export type EvaluationView = z.infer<typeof Evaluation>;

export const EvaluationList = z
  .object({
    distributorName: z.string(),
    currentYear: z.number().int().meta({ description: 'This year on the caller’s calendar' }),
    canStart: z.boolean(),
    items: z
      .array(
        z.object({
          id: Uuid,
          kind: z.enum(['yearly', 'on_demand']),
          year: z.number().int(),
          title: z.string(),
          status: z.enum(['draft', 'completed']),
          decision: EvaluationDecision.nullable(),
          preparedAt: z.date(),
          completedAt: z.date().nullable(),
          headline: z.object({
            revenue: z.number().nullable(),
            revenueTarget: z.number().nullable(),
            currency: z.string(),
            attainment: z.number().nullable(),
            playbookDone: z.number().int(),
            playbookTotal: z.number().int(),
            feedbackPrincipal: z.number().nullable(),
            feedbackDistributor: z.number().nullable(),
            openConcerns: z.number().int(),
          }),
        }),
      )
      .meta({ description: 'Newest year first: the year-on-year comparison' }),
  })
  .meta({ id: 'EvaluationList' });
export type EvaluationList = z.infer<typeof EvaluationList>;
