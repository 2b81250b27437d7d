// Goals and the joint plan: what both sides agreed (goals with objectives, each side's
// responsibilities, milestones) and the changes one side proposes and the other agrees to.
import { z } from 'zod';
import { Side } from '../distributors/distributors.schema.ts';
import { IsoDate, SequenceNumber, Text, Uuid } from '../platform/fields.ts';
import { kpiKeys } from '../reports/kpi.schema.ts';

/**
 * The KPIs a goal may follow. The principal-only ones (the margin) are left out: both sides read a
 * goal's progress, so linking one would show the distributor a figure it may not see. Named
 * rather than spread from `principalOnlyKpis`, so the type keeps the others; plan.test.ts checks
 * that every principal-only KPI is refused.
 */
export const GoalKpi = z.enum(kpiKeys).exclude(['margin']).meta({
  description:
    'A scorecard KPI the goal follows, so its progress updates itself; a ratio KPI (attainment, growth, …) is compared in percent',
});

export const PlanParams = z.object({ id: Uuid });
export const GoalParams = z.object({ id: Uuid, goalId: Uuid });
export const ObjectiveParams = z.object({ id: Uuid, objectiveId: Uuid });
export const MilestoneParams = z.object({ id: Uuid, milestoneId: Uuid });
export const ChangeParams = z.object({ id: Uuid, number: SequenceNumber });

const Note = z
  .string()
  .trim()
  .max(2000)
  .default('')
  .meta({ description: 'Why the change is proposed; the other side reads it' });

export const ObjectiveFields = z.object({
  text: Text(500),
  ownerSide: Side.nullable().default(null).meta({ description: 'The side that carries it out' }),
});

export const GoalFields = z.object({
  metric: Text(200).meta({ description: 'What is measured, e.g. "Revenue, first year"' }),
  target: z.number().min(0).max(1e12),
  unit: Text(40).meta({ description: 'e.g. EUR, workshops, %' }),
  dueOn: IsoDate.meta({ description: 'The deadline, a calendar day' }),
  kpi: GoalKpi.nullable().default(null),
  objectives: z.array(ObjectiveFields).max(50).default([]),
});
export type GoalFields = z.infer<typeof GoalFields>;
export type GoalKpi = z.infer<typeof GoalKpi>;
export const GoalInput = GoalFields.extend({ note: Note });
export type GoalInput = z.infer<typeof GoalInput>;

export const ResponsibilityFields = z.object({
  principal: z.array(Text(500)).max(50),
  distributor: z.array(Text(500)).max(50),
});
export type ResponsibilityFields = z.infer<typeof ResponsibilityFields>;
export const ResponsibilitiesInput = ResponsibilityFields.extend({ note: Note });

export const MilestoneFields = z.object({
  title: Text(200),
  dueOn: IsoDate.meta({ description: 'The deadline, a calendar day' }),
  ownerSide: Side,
  ownerName: z
    .string()
    .trim()
    .max(200)
    .nullable()
    .default(null)
    .meta({ description: 'The person of the owning side, if one is named' }),
});
export type MilestoneFields = z.infer<typeof MilestoneFields>;
export const MilestoneInput = MilestoneFields.extend({ note: Note });

export const RemovalInput = z.object({ note: Note });
export const DeclineChangeInput = z.object({
  reason: Text(2000).meta({ description: 'Why the change is declined; the proposer reads it' }),
});
export const ObjectiveDoneInput = z.object({ isDone: z.boolean() });
export const MilestoneStatus = z.enum(['planned', 'in_progress', 'done']);
export const MilestoneStatusInput = z.object({ status: MilestoneStatus });

export const ChangeStatus = z.enum(['proposed', 'agreed', 'declined', 'withdrawn']).meta({
  description:
    'proposed: waiting for the other side; agreed: in the plan; declined: the other side said no, with a reason; withdrawn: its proposer took it back',
});

/** A proposal's values, in the shape of its subject; the others are null. */
const ChangeValues = z.object({
  goal: GoalFields.extend({ kpi: z.string().nullable() }).nullable(),
  responsibilities: ResponsibilityFields.nullable(),
  milestone: MilestoneFields.nullable(),
});

export const PlanChange = z
  .object({
    number: z.number().int(),
    subject: z.enum(['goal', 'responsibilities', 'milestone']),
    action: z.enum(['add', 'change', 'remove']),
    subjectId: Uuid.nullable(),
    proposal: ChangeValues,
    before: ChangeValues.nullable().meta({ description: 'The values when it was proposed' }),
    note: z.string().nullable(),
    proposerSide: Side,
    proposerName: z.string(),
    charterVersion: z.number().int().nullable().meta({
      description: 'Set when the change came with this signed charter version',
    }),
    status: ChangeStatus,
    declineReason: z.string().nullable(),
    answererName: z.string().nullable(),
    answeredAt: z.date().nullable(),
    createdAt: z.date(),
    isMine: z
      .boolean()
      .meta({ description: 'Whether the caller proposed it (and may withdraw it)' }),
    canAnswer: z
      .boolean()
      .meta({ description: 'Whether the caller may agree to it or decline it' }),
  })
  .meta({ id: 'PlanChange' });
export type PlanChangeView = z.infer<typeof PlanChange>;

export const Objective = z
  .object({
    id: Uuid,
    text: z.string(),
    ownerSide: Side.nullable(),
    isDone: z.boolean(),
    doneAt: z.date().nullable(),
    doneByName: z.string().nullable().meta({ description: 'Who marked it done' }),
  })
  .meta({ id: 'PlanObjective' });

export const Goal = z
  .object({
    id: Uuid,
    metric: z.string(),
    target: z.number(),
    unit: z.string(),
    dueOn: z.string(),
    kpi: z.string().nullable(),
    charterVersion: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'The signed charter version it came from' }),
    agreedAt: z.date(),
    currentValue: z.number().nullable().meta({
      description: 'The linked KPI now, in the goal’s terms (a ratio in percent); null without one',
    }),
    progressPercent: z.number().nullable().meta({
      description: 'The current value against the target (lower is better KPIs turned round)',
    }),
    objectives: z.array(Objective),
  })
  .meta({ id: 'PlanGoal' });

export const Milestone = z
  .object({
    id: Uuid,
    title: z.string(),
    dueOn: z.string(),
    ownerSide: Side,
    ownerName: z.string().nullable(),
    status: MilestoneStatus,
    doneOn: z.string().nullable(),
    isOverdue: z.boolean().meta({ description: 'Past its deadline and not done' }),
  })
  .meta({ id: 'PlanMilestone' });
export type MilestoneView = z.infer<typeof Milestone>;

export const ConfirmPlanInput = z.object({
  year: z.number().int().min(2000).max(2200).meta({
    description: 'The year the plan is confirmed for: this year, or from October the next',
  }),
  note: Note.meta({ description: 'A word to the other side, e.g. what was discussed' }),
});
export type ConfirmPlanInput = z.infer<typeof ConfirmPlanInput>;

const SideConfirmation = z
  .object({
    name: z.string(),
    at: z.date(),
    note: z.string().nullable(),
    isCurrent: z.boolean().meta({
      description: 'False when a change was agreed since: this side confirmed an earlier plan',
    }),
  })
  .nullable();

export const PlanConfirmations = z
  .object({
    planningYear: z.number().int().meta({
      description: 'The year the annual planning confirms now: this one, from October the next',
    }),
    waitingChanges: z.number().int().meta({ description: 'Changes to answer before confirming' }),
    canConfirm: z.boolean(),
    years: z
      .array(
        z.object({
          year: z.number().int(),
          principal: SideConfirmation,
          distributor: SideConfirmation,
          isAgreed: z.boolean().meta({
            description: 'Both sides confirmed the same plan (no change agreed in between)',
          }),
        }),
      )
      .meta({ description: 'The years confirmed by either side, the latest first' }),
  })
  .meta({ id: 'PlanConfirmations' });
export type PlanConfirmations = z.infer<typeof PlanConfirmations>;

export const Plan = z
  .object({
    today: z.string().meta({ description: 'Today on the distributor’s calendar' }),
    canPropose: z.boolean(),
    goals: z.array(Goal),
    responsibilities: z.object({
      principal: z.array(z.object({ id: Uuid, text: z.string() })),
      distributor: z.array(z.object({ id: Uuid, text: z.string() })),
    }),
    milestones: z.array(Milestone).meta({ description: 'By deadline, earliest first' }),
    changes: z.array(PlanChange).meta({ description: 'Every change, newest first' }),
    confirmations: PlanConfirmations,
  })
  .meta({ id: 'Plan' });
export type PlanView = z.infer<typeof Plan>;
