import { z } from 'zod';
import { Uuid } from '../platform/fields.ts';
import { timelineKinds } from '../platform/timeline.ts';

export const TimelineKind = z.enum(timelineKinds);

export const TimelineParams = z.object({ id: Uuid });

export const TimelineQuery = z.object({
  kinds: z
    .string()
    .optional()
    .transform((value, context) => {
      if (!value) return [...timelineKinds];
      const kinds = value.split(',').map((kind) => kind.trim());
      for (const kind of kinds) {
        if (!(timelineKinds as readonly string[]).includes(kind)) {
          context.addIssue({ code: 'custom', message: 'validation.invalid' });
          return z.NEVER;
        }
      }
      return kinds as (typeof timelineKinds)[number][];
    })
    .meta({
      description: `Only these kinds, comma-separated: ${timelineKinds.join(', ')}`,
      examples: ['meeting,report'],
    }),
  cursor: z
    .string()
    .max(200)
    .optional()
    .meta({ description: 'From the previous page’s `nextCursor`: the events before it' }),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type TimelineQuery = z.infer<typeof TimelineQuery>;

export const TimelineItem = z.object({
  id: z.string(),
  kind: TimelineKind,
  event: z.string().meta({
    description:
      'What happened, "<kind>.<verb>": meeting.held, meeting.cancelled, meeting.skipped, ' +
      'meeting.notes_published, action_item.created/done/dropped/reopened, report.submitted/' +
      'revised/comment/accepted/changes_requested/entered_on_behalf/confirmed, ' +
      'charter.version_created/agreed/signed/amendment_proposed/amendment_drafted/' +
      'amendment_declined/amendment_withdrawn, communication.inbound/outbound, ' +
      'concern.drafted/sent/acknowledged/responded, lifecycle.changed (principal only)',
  }),
  at: z.date(),
  actorName: z.string().nullable(),
  subject: z
    .string()
    .nullable()
    .meta({
      description:
        "The record's own words: a meeting's rhythm (twice_weekly, weekly, monthly…), an item's title, a report's month, a charter " +
        "version or amendment's section, a channel, a concern's subject, a lifecycle stage",
    }),
  detail: z
    .string()
    .nullable()
    .meta({ description: 'A reason, a summary or a change, as a person wrote it' }),
  ref: z.string().nullable().meta({
    description: 'The record to open: a meeting id, a report month (YYYY-MM), a concern id',
  }),
});

export const TimelinePageResult = z.object({
  items: z.array(TimelineItem),
  nextCursor: z.string().nullable(),
});
