import { z } from 'zod';
import { IanaTimeZone, IsoDateTime, Uuid } from '../platform/fields.ts';

const Weekday = z.number().int().min(1).max(7);

export const CadencePlanInput = z.object({
  startsOn: z.iso.date().optional().meta({
    description: 'The relationship’s start; default: the signed charter’s term start, or today',
  }),
  checkInWeekday: Weekday.default(2).meta({
    description: 'ISO weekday of the operational check-in',
  }),
  reviewWeekday: Weekday.default(4).meta({ description: 'ISO weekday of the reviews' }),
  attendeeContactIds: z.array(Uuid).max(30).optional().meta({
    description: 'Contacts of both sides who attend; default: each side’s primary contact',
  }),
  videoUrl: z
    .url({ protocol: /^https$/ })
    .max(500)
    .nullish()
    .transform((value) => value ?? null),
  horizonMonths: z.number().int().min(1).max(24).default(6),
});
export type CadencePlanInput = z.infer<typeof CadencePlanInput>;

export const MeetingChangeInput = z
  .object({
    action: z.enum(['reschedule', 'cancel', 'skip']),
    startsAt: IsoDateTime.optional(),
    reason: z
      .string()
      .trim()
      .max(1000)
      .nullish()
      .transform((value) => value || null),
  })
  .superRefine((input, ctx) => {
    if (input.action === 'reschedule' && !input.startsAt) {
      ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'validation.required' });
    }
  });
export type MeetingChangeInput = z.infer<typeof MeetingChangeInput>;

const PartyBurden = z.object({ principal: z.number(), distributor: z.number() });

export const MeetingView = z
  .object({
    id: Uuid,
    kind: z.enum(['weekly', 'monthly', 'quarterly', 'annual']),
    number: z.number().int(),
    startsAt: z.date(),
    minutes: z.number().int(),
    status: z.enum(['scheduled', 'held', 'cancelled', 'skipped']),
    sequence: z.number().int(),
    videoUrl: z.string().nullable(),
    attendees: z.array(
      z.object({
        participantId: z.string(),
        party: z.enum(['principal', 'distributor']),
        timeZone: IanaTimeZone,
        localStart: z.string(),
        localDate: z.string(),
        localTime: z.string(),
        burden: z.number(),
      }),
    ),
    burden: PartyBurden.meta({ description: 'Weighted minutes outside working hours, per party' }),
    burdenedParty: z.enum(['none', 'principal', 'distributor', 'both']),
    ledger: PartyBurden.extend({
      principalMeetings: z.number().int(),
      distributorMeetings: z.number().int(),
    }).meta({
      description:
        'Running totals of the series up to this meeting: who took which inconvenient slots',
    }),
    noFairSlot: z.enum(['one_sided', 'window_imbalance']).nullable(),
  })
  .meta({ id: 'Meeting' });

export const CadenceView = z
  .object({
    plan: z.object({
      startsOn: z.string(),
      checkInWeekday: z.number().int(),
      reviewWeekday: z.number().int(),
      reportDueDay: z.number().int(),
      meetings: z.array(z.object({ kind: z.string(), minutes: z.number().int() })),
      attendeeContactIds: z.array(Uuid),
      videoUrl: z.string().nullable(),
    }),
    meetings: z.array(MeetingView),
  })
  .meta({ id: 'Cadence' });
