// Amendment proposals: a point either side raises against the charter version in force.
import { z } from 'zod';
import { Side } from '../distributors/distributors.schema.ts';
import { SequenceNumber, Text, Uuid } from '../platform/fields.ts';
import { charterSections } from './charter.content.ts';

/** The charter's own sections, or "general" for what fits none of them. */
export const amendmentSections = [...charterSections, 'general'] as const;
export const AmendmentSection = z.enum(amendmentSections);
export type AmendmentSection = z.infer<typeof AmendmentSection>;

export const AmendmentStatus = z.enum(['open', 'drafted', 'declined', 'withdrawn']).meta({
  description:
    'open: waiting for the principal; drafted: taken into a new draft version; declined: the principal said no, with a reason; withdrawn: its proposer took it back',
});

export const AmendmentParams = z.object({ id: Uuid, number: SequenceNumber });

export const AmendmentInput = z.object({
  section: AmendmentSection,
  change: Text(4000).meta({ description: 'What should change' }),
  reason: Text(4000).meta({ description: 'Why' }),
});
export type AmendmentInput = z.infer<typeof AmendmentInput>;

export const DeclineAmendmentInput = z.object({
  reason: Text(4000).meta({ description: 'Why the principal declines it; the proposer reads it' }),
});

export const DraftFromAmendmentsInput = z.object({
  numbers: z
    .array(SequenceNumber)
    .min(1)
    .max(50)
    .meta({ description: 'The open proposals the new draft takes up' }),
});

export const Amendment = z
  .object({
    number: z.number().int(),
    section: AmendmentSection,
    change: z.string(),
    reason: z.string(),
    status: AmendmentStatus,
    /** The signed version it was raised against. */
    version: z.number().int(),
    proposerSide: Side,
    proposerName: z.string(),
    isMine: z
      .boolean()
      .meta({ description: 'Whether the caller proposed it (and may withdraw it)' }),
    draftVersion: z.number().int().nullable(),
    declineReason: z.string().nullable(),
    answererName: z.string().nullable(),
    answeredAt: z.date().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'CharterAmendment' });
export type AmendmentView = z.infer<typeof Amendment>;

export const DraftFromAmendments = z
  .object({
    version: z.number().int().meta({ description: 'The draft version the proposals went into' }),
    amendments: z.array(Amendment),
  })
  .meta({ id: 'CharterAmendmentDraft' });
