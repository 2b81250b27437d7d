import { z } from 'zod';
import { IanaTimeZone, IsoDate, IsoDateTime, Uuid } from '../platform/fields.ts';

const Weekday = z.number().int().min(1).max(7);

export const CadencePlanInput = z.object({
  startsOn: IsoDate.optional().meta({
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

const AgendaTemplate = z.array(z.string().trim().min(1).max(200)).min(1).max(30);

export const CadencePlanPatch = z
  .object({
    checkInWeekday: Weekday,
    reviewWeekday: Weekday,
    attendeeContactIds: z.array(Uuid).min(2).max(30),
    videoUrl: CadencePlanInput.shape.videoUrl,
    noteTakerContactId: Uuid.nullable(),
    agendas: z
      .object({
        weekly: AgendaTemplate,
        monthly: AgendaTemplate,
        quarterly: AgendaTemplate,
        annual: AgendaTemplate,
      })
      .partial(),
    horizonMonths: z.number().int().min(1).max(24),
  })
  .partial()
  .meta({
    id: 'CadencePlanPatch',
    description:
      'Changes to the plan. New attendees, weekdays or horizon re-plan the meetings still to come: ' +
      'times move (their calendar sequence rises), meetings no longer in the plan are cancelled.',
  });
export type CadencePlanPatch = z.infer<typeof CadencePlanPatch>;

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
    // Calling a meeting off says why: the other side reads it on the meeting.
    if (input.action !== 'reschedule' && !input.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.cancel_reason' });
    }
  });
export type MeetingChangeInput = z.infer<typeof MeetingChangeInput>;

export const TimeProposalInput = z
  .object({
    startsAt: IsoDateTime.meta({ description: 'The new start, with its UTC offset' }),
    reason: z.string().trim().max(1000).default(''),
  })
  .superRefine((input, ctx) => {
    if (!input.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.proposal_reason' });
    }
  });
export type TimeProposalInput = z.infer<typeof TimeProposalInput>;

export const TimeProposalAnswer = z.object({
  answer: z.enum(['accept', 'decline']),
  note: z
    .string()
    .trim()
    .max(1000)
    .nullish()
    .transform((value) => value || null),
});
export type TimeProposalAnswer = z.infer<typeof TimeProposalAnswer>;

export const TimeProposalView = z
  .object({
    id: Uuid,
    proposedStartsAt: z.date(),
    previousStartsAt: z.date(),
    reason: z.string(),
    proposedByName: z.string().nullable(),
    side: z.enum(['principal', 'distributor']).meta({ description: 'The proposer’s side' }),
    status: z.enum(['pending', 'accepted', 'declined', 'withdrawn']),
    answerNote: z.string().nullable(),
    answeredByName: z.string().nullable(),
    answeredAt: z.date().nullable(),
    createdAt: z.date(),
    canAnswer: z.boolean().meta({ description: 'The caller may accept or decline it' }),
    canWithdraw: z.boolean().meta({ description: 'The caller may withdraw it' }),
  })
  .meta({ id: 'TimeProposal' });

export const NotesState = z.enum(['upcoming', 'due', 'overdue', 'published', 'published_late']);

const PartyBurden = z.object({ principal: z.number(), distributor: z.number() });

export const MeetingView = z
  .object({
    id: Uuid,
    kind: z.enum(['weekly', 'monthly', 'quarterly', 'annual']),
    rhythm: z.enum(['twice_weekly', 'weekly', 'monthly', 'quarterly', 'annual']).meta({
      description:
        'How often the series meets at this date: check-ins are twice weekly in month one',
    }),
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
    notesDueAt: z.date().meta({ description: '24 hours after the meeting ends' }),
    notesState: NotesState,
    countsAsHeld: z.boolean().meta({
      description: 'Notes published and someone of each side attended: only then is it held',
    }),
    statusReason: z.string().nullable().meta({
      description: 'Why it was cancelled or skipped, as the person who did it wrote',
    }),
  })
  .meta({ id: 'Meeting' });

export const MeetingDiscipline = z
  .object({
    since: z.string().meta({ description: 'Start of the window (90 days back)' }),
    meetingsPlanned: z.number().int(),
    meetingsHeld: z.number().int(),
    notesDue: z.number().int(),
    notesOnTime: z.number().int(),
    notesOverdue: z.number().int(),
    actionsDue: z.number().int(),
    actionsClosedOnTime: z.number().int(),
    actionsOverdue: z.number().int(),
    actionsOpen: z.number().int(),
  })
  .meta({ id: 'MeetingDiscipline' });

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
      agendas: z.record(z.string(), z.array(z.string())).meta({
        description: 'Agenda template per meeting kind (the defaults where a kind has none)',
      }),
      noteTakerContactId: Uuid.nullable(),
    }),
    meetings: z.array(MeetingView),
    discipline: MeetingDiscipline,
  })
  .meta({ id: 'Cadence' });
