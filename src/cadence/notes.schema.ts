// Meetings in detail: agenda, attendance, notes (due 24 hours after the meeting ends), action
// items, and the relationship's meeting discipline.
import { z } from 'zod';
import { IsoDate, Text, Uuid } from '../platform/fields.ts';
import { MeetingView, TimeProposalView } from './cadence.schema.ts';

const Party = z.enum(['principal', 'distributor']);

export const MeetingNotesInput = z
  .object({
    agenda: z.array(Text(200)).max(30).optional().meta({ description: 'Replaces the agenda' }),
    noteTakerContactId: Uuid.nullish(),
    attendance: z
      .array(z.object({ contactId: Uuid, present: z.boolean() }))
      .max(60)
      .optional(),
    notes: z.string().max(50_000).optional(),
    publish: z.boolean().default(false).meta({
      description: 'Publish the notes: the meeting counts as held and every attendee gets them',
    }),
  })
  .meta({ id: 'MeetingNotesInput' });
export type MeetingNotesInput = z.infer<typeof MeetingNotesInput>;

export const ActionItemInput = z
  .object({
    meetingId: Uuid.nullish().transform((value) => value ?? null),
    title: Text(500),
    ownerContactId: Uuid.meta({ description: 'A contact of either side of this relationship' }),
    dueOn: IsoDate,
  })
  .meta({ id: 'NewActionItem' });
export type ActionItemInput = z.infer<typeof ActionItemInput>;

const ActionItemStatus = z.enum(['open', 'done', 'dropped']);

export const ActionItemPatch = z
  .object({
    title: Text(500),
    ownerContactId: Uuid,
    dueOn: IsoDate,
    status: ActionItemStatus,
    reason: z.string().trim().max(1000).meta({
      description: 'Why the status changes; required to drop an item, shown to both sides',
    }),
  })
  .partial()
  .superRefine((patch, ctx) => {
    if (patch.status === 'dropped' && !patch.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.drop_reason' });
    }
  })
  .meta({ id: 'ActionItemPatch' });
export type ActionItemPatch = z.infer<typeof ActionItemPatch>;

export const ActionItemView = z
  .object({
    id: Uuid,
    distributorId: Uuid,
    distributorName: z.string(),
    meeting: z
      .object({
        id: Uuid,
        kind: MeetingView.shape.kind,
        rhythm: MeetingView.shape.rhythm,
        number: z.number().int(),
        startsAt: z.date(),
      })
      .nullable(),
    title: z.string(),
    owner: z.object({ contactId: Uuid, name: z.string(), side: Party }),
    dueOn: z.string(),
    status: ActionItemStatus,
    closedAt: z.date().nullable(),
    overdue: z.boolean().meta({ description: 'Open and past its due date' }),
    createdAt: z.date(),
    history: z
      .array(
        z.object({
          from: ActionItemStatus,
          to: ActionItemStatus,
          reason: z.string().nullable(),
          byName: z.string().nullable().meta({ description: 'null: a person no longer known' }),
          at: z.date(),
        }),
      )
      .meta({ description: 'Every status change, oldest first: both sides read it' }),
    canChange: z.boolean().meta({
      description:
        'Whether the caller may close, drop, reopen or edit it: its owner, its meeting’s ' +
        'note-taker or the principal’s editors',
    }),
  })
  .meta({ id: 'ActionItem' });

export const ActionItemQuery = z.object({
  status: z.enum(['open', 'done', 'dropped', 'all']).default('open'),
  mine: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .meta({ description: 'Only items owned by a contact with your e-mail address' }),
  overdue: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type ActionItemQuery = z.infer<typeof ActionItemQuery>;

export const ActionItemList = z.object({
  items: z.array(ActionItemView),
  total: z.number().int(),
  overdue: z.number().int(),
});

export const MeetingDetail = MeetingView.extend({
  distributorName: z.string(),
  agenda: z.array(z.string()),
  people: z.array(
    z.object({
      contactId: Uuid,
      name: z.string(),
      side: Party,
      email: z.string().nullable(),
      present: z.boolean().nullable().meta({ description: 'null until attendance is taken' }),
      invited: z.boolean().meta({
        description:
          'An attendee of the plan: the notes form ticks them present until told otherwise',
      }),
    }),
  ),
  noteTaker: z.object({ contactId: Uuid, name: z.string() }).nullable(),
  notes: z.string().nullable(),
  notesPublishedAt: z.date().nullable(),
  notesPublishedBy: z.string().nullable(),
  actionItems: z.array(ActionItemView),
  canEdit: z.boolean().meta({ description: 'Whether the caller may take notes and add actions' }),
  calledOff: z
    .object({
      reason: z.string().nullable(),
      byName: z.string().nullable(),
      at: z.date().nullable(),
    })
    .nullable()
    .meta({ description: 'Why, by whom and when it was cancelled or skipped' }),
  proposals: z.array(TimeProposalView).meta({ description: 'New times proposed, newest first' }),
  canChangeSchedule: z.boolean().meta({
    description: 'Whether the caller may cancel or skip it, or propose a new time',
  }),
  canReschedule: z.boolean().meta({
    description: 'Whether the caller may move it outright (the principal’s editors)',
  }),
}).meta({ id: 'MeetingDetail' });

export const MeetingOverviewQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional().meta({ description: 'Default: now' }),
  to: z.iso.datetime({ offset: true }).optional().meta({ description: 'Default: 7 days on' }),
  notes: z.enum(['any', 'pending']).default('any').meta({
    description:
      '`pending`: meetings of the last 90 days whose notes are due or overdue (from/to ignored)',
  }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type MeetingOverviewQuery = z.infer<typeof MeetingOverviewQuery>;

export const MeetingOverview = z
  .object({
    items: z.array(
      MeetingView.pick({
        id: true,
        kind: true,
        rhythm: true,
        number: true,
        startsAt: true,
        minutes: true,
        status: true,
        videoUrl: true,
        notesDueAt: true,
        notesState: true,
      }).extend({
        distributorId: Uuid,
        distributorName: z.string(),
        noteTaker: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'MeetingOverview' });
