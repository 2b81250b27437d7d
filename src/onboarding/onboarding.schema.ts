// The onboarding journey's inputs and answers (#18).
import { z } from 'zod';
import { Side } from '../distributors/distributors.schema.ts';
import { Text, Uuid } from '../platform/fields.ts';
import { JOURNEY_DAYS, manualStepKeys, onboardingStepKeys } from './onboarding-steps.ts';

export const StepKey = z
  .enum(onboardingStepKeys)
  .meta({ description: 'The step’s stable key', id: 'OnboardingStepKey' });

export const ManualStepParams = z.object({
  id: Uuid,
  key: z.enum(manualStepKeys).meta({ description: 'A step a person ticks with a note' }),
});

export const ManualStepInput = z.object({
  isDone: z.boolean().meta({ description: 'true ticks the step, false un-ticks it' }),
  note: Text(2000).meta({ description: 'What was done, or why it is open again' }),
});
export type ManualStepInput = z.infer<typeof ManualStepInput>;

export const OnboardingStep = z
  .object({
    key: StepKey,
    title: z.string(),
    isManual: z.boolean().meta({ description: 'A person ticks it with a note' }),
    dueDay: z.number().int().meta({ description: 'Days after the journey’s start' }),
    dueOn: z.iso.date().nullable().meta({ description: 'Null while the journey has not started' }),
    isDone: z.boolean(),
    doneAt: z.date().nullable().meta({ description: 'When the evidence appeared, if known' }),
    isLate: z.boolean().meta({ description: 'Open and past its due day' }),
    lateByDays: z.number().int(),
    evidence: z
      .object({
        text: z.string().meta({ description: 'What proves the step, or what is missing' }),
        link: z.string().nullable().meta({ description: 'Where the data is, in the web app' }),
      })
      .meta({ id: 'OnboardingEvidence' }),
    tickedBy: z.object({ name: z.string(), side: Side }).nullable(),
    note: z.string().nullable(),
    canTick: z.boolean(),
  })
  .meta({ id: 'OnboardingStep' });
export type OnboardingStep = z.infer<typeof OnboardingStep>;

const LateStep = z.object({ key: StepKey, title: z.string(), lateByDays: z.number().int() });

export const OnboardingJourney = z
  .object({
    distributorId: Uuid,
    startedAt: z.date().nullable().meta({
      description: 'When the relationship entered onboarding; null if it never has',
    }),
    leftAt: z.date().nullable().meta({ description: 'When it left onboarding, if it has' }),
    day: z.number().int().meta({ description: 'Days since the start (the journey has 90)' }),
    journeyDays: z.number().int(),
    done: z.number().int(),
    total: z.number().int(),
    isComplete: z.boolean(),
    isStalled: z.boolean().meta({ description: 'A step is open past its due day' }),
    lateStep: LateStep.nullable().meta({ description: 'The first late step' }),
    steps: z.array(OnboardingStep),
  })
  .meta({ id: 'OnboardingJourney' });
export type OnboardingJourney = z.infer<typeof OnboardingJourney>;

export const OnboardingPortfolio = z
  .object({
    journeyDays: z.number().int(),
    distributors: z.array(
      z.object({
        id: Uuid,
        name: z.string(),
        country: z.string(),
        startedAt: z.date(),
        leftAt: z.date().nullable(),
        day: z.number().int(),
        done: z.number().int(),
        total: z.number().int(),
        isComplete: z.boolean(),
        isStalled: z.boolean(),
        lateStep: LateStep.nullable(),
      }),
    ),
  })
  .meta({ id: 'OnboardingPortfolio' });
export type OnboardingPortfolio = z.infer<typeof OnboardingPortfolio>;

const dueDay = (what: string, standard: number) =>
  z
    .number()
    .int()
    .min(1)
    .max(JOURNEY_DAYS)
    .optional()
    .meta({ description: `Days after the start ${what} is due (standard: ${standard})` });

/** When each step is due, in days after the journey's start; one left out keeps its standard. */
export const OnboardingDueDays = z
  .object({
    cadencePlanned: dueDay('the meeting cadence', 7),
    charterSigned: dueDay('the charter signed by both sides', 30),
    trainingAssigned: dueDay('the training assigned', 30),
    firstReport: dueDay('the first monthly report', 45),
    firstOrder: dueDay('the first order', 60),
    firstMonthlyReview: dueDay('the first monthly review with notes', 90),
  })
  .meta({ id: 'OnboardingDueDays' });
export type OnboardingDueDays = z.infer<typeof OnboardingDueDays>;
