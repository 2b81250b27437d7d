import { z } from 'zod';
import { IsoDate } from '../platform/fields.ts';

const count = (max: number, description: string) =>
  z.number().int().min(1).max(max).meta({ description });

export const WarningThresholds = z
  .object({
    reportGraceDays: z
      .number()
      .int()
      .min(0)
      .max(60)
      .meta({ description: 'Days after its due date before a report counts as late' }),
    revenueDropPercent: z
      .number()
      .int()
      .min(5)
      .max(90)
      .meta({ description: 'The fall in revenue, in percent, that counts as down' }),
    missedMeetings: count(20, 'Meetings missed or cancelled in 90 days that raise a signal'),
    overdueFollowUps: count(50, 'Overdue notes and action items together that raise a signal'),
    // Added later: optional in a change, so a client that knows only the first four still can
    // set them; a threshold left out keeps its stored value (or its default).
    silenceWeeks: z
      .number()
      .int()
      .min(2)
      .max(52)
      .optional()
      .meta({ description: 'Weeks without inbound contact that count as silence' }),
    responseHours: z
      .number()
      .int()
      .min(1)
      .max(720)
      .optional()
      .meta({ description: 'Hours to answer a contact, where no charter sets it' }),
    orderDropPercent: z
      .number()
      .int()
      .min(5)
      .max(90)
      .optional()
      .meta({ description: 'The fall in net order value, in percent, that counts as down' }),
    orderGapFactor: z
      .number()
      .min(1.5)
      .max(10)
      .optional()
      .meta({ description: 'Times its usual interval between orders that a gap must exceed' }),
    overdueMilestones: z
      .number()
      .int()
      .min(1)
      .max(20)
      .optional()
      .meta({ description: 'Overdue milestones of the joint plan that raise a signal' }),
    onboardingLateDays: z.number().int().min(0).max(60).optional().meta({
      description: 'Days an onboarding step may run past its due day before it raises a signal',
    }),
    atRiskSignals: z.number().int().min(2).max(9).optional().meta({
      description: 'Signals together that put a distributor at risk (a critical one always does)',
    }),
  })
  .meta({ id: 'WarningThresholds' });
export type WarningThresholds = z.infer<typeof WarningThresholds>;

export const HealthState = z.enum(['healthy', 'watch', 'at_risk']);

export const Signal = z
  .object({
    kind: z.enum([
      'report_late',
      'revenue_down',
      'stock_below_buffer',
      'meetings_missed',
      'follow_ups_overdue',
      'competitor_mentioned',
      'silence',
      'orders_down',
      'order_gap',
      'milestones_overdue',
      'onboarding_stalled',
    ]),
    severity: z.enum(['warning', 'critical']),
    reason: z.string().meta({ description: 'The signal in the caller’s language' }),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
    evidence: z.array(
      z.object({
        kind: z.enum([
          'report',
          'scorecard',
          'cadence',
          'threads',
          'interactions',
          'plan',
          'onboarding',
        ]),
        path: z.string(),
      }),
    ),
  })
  .meta({ id: 'WarningSignal' });
export type Signal = z.infer<typeof Signal>;

export const DistributorWarning = z.object({
  distributorId: z.uuid(),
  name: z.string(),
  country: z.string(),
  state: HealthState,
  signals: z.array(Signal),
});

export const EarlyWarningsQuery = z.object({
  asOf: IsoDate.optional().meta({ description: 'YYYY-MM-DD, UTC; today when left out' }),
});

export const EarlyWarnings = z.object({
  asOf: IsoDate,
  distributors: z.array(DistributorWarning),
});

export const DistributorHealth = z.object({
  distributorId: z.uuid(),
  asOf: IsoDate,
  state: HealthState,
  signals: z.array(Signal),
  history: z.array(
    z.object({
      asOf: IsoDate,
      state: HealthState,
      reasons: z.array(Signal),
    }),
  ),
});

export const Evaluation = z.object({
  asOf: IsoDate,
  assessed: z.number().int().meta({ description: 'Distributors assessed' }),
  recorded: z.number().int().meta({ description: 'Health rows recorded: states that changed' }),
});
