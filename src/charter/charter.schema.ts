import { z } from 'zod';
import { Side } from '../distributors/distributors.schema.ts';
import { ProductLineCodeInput, SequenceNumber, Text, Uuid } from '../platform/fields.ts';
import { CharterContent, charterSections } from './charter.content.ts';

export const CharterStatus = z.enum(['draft', 'negotiation', 'agreed', 'signed', 'superseded']);
export const PointStatus = z.enum(['open', 'agreed', 'conceded', 'withdrawn']);
export const CharterSection = z.enum(charterSections);

export const DistributorParams = z.object({ id: Uuid });
export const VersionParams = z.object({ id: Uuid, version: SequenceNumber });
export const PointParams = VersionParams.extend({ number: SequenceNumber });

export const ProductLine = z
  .object({
    id: Uuid,
    code: z.string(),
    name: z.string(),
    category: z.string().nullable(),
    archivedAt: z.date().nullable(),
  })
  .meta({ id: 'ProductLine' });
export const ProductLineInput = z.object({
  code: ProductLineCodeInput,
  name: Text(200),
  category: z
    .string()
    .trim()
    .max(100)
    .nullish()
    .transform((value) => value || null),
});
export type ProductLineInput = z.infer<typeof ProductLineInput>;
export const ProductLinePatch = ProductLineInput.partial().extend({
  archived: z.boolean().optional(),
});
export type ProductLinePatch = z.infer<typeof ProductLinePatch>;

export const Signature = z
  .object({
    id: Uuid,
    party: Side,
    typedName: z.string(),
    signerRole: z.string(),
    consentText: z.string(),
    contentHash: z.string(),
    ip: z.string().nullable(),
    signedAt: z.date(),
    voidedAt: z.date().nullable(),
  })
  .meta({ id: 'CharterSignature' });

export const ConflictSchema = z
  .object({
    kind: z.enum([
      'exclusive_overlap',
      'inside_exclusive',
      'overlaps_non_exclusive',
      'carve_out_assigned',
      'assigned_carved_out',
    ]),
    pointer: z.string().meta({ description: 'Where in this charter’s content' }),
    detail: z.string().meta({ description: 'The explanation, in the caller’s language' }),
    other: z
      .object({
        distributorId: Uuid.nullable(),
        distributorName: z.string().nullable(),
        version: z.number().int().nullable(),
        status: z.string().nullable(),
      })
      .nullable()
      .meta({
        description:
          'The other charter; null inside this one. A distributor’s users do not see who the other distributor is.',
      }),
    country: z.string(),
    region: z.string().nullable(),
    productLineIds: z.array(Uuid).nullable(),
    from: z.string().nullable(),
    until: z.string().nullable(),
    company: z.string().nullable(),
  })
  .meta({ id: 'CharterConflict' });
export type ConflictView = z.infer<typeof ConflictSchema>;

export const VersionSummary = z.object({
  version: z.number().int(),
  status: CharterStatus,
  basedOnVersion: z.number().int().nullable(),
  agreedAt: z.date().nullable(),
  signedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  openPoints: z.number().int(),
});

export const CharterOverview = z
  .object({
    distributorId: Uuid,
    versions: z.array(VersionSummary),
    /** The version in force: the latest signed one. */
    signedVersion: z.number().int().nullable(),
    /** The version being drafted, negotiated or signed, if any. */
    workingVersion: z.number().int().nullable(),
  })
  .meta({ id: 'CharterOverview' });

export const CharterVersion = z
  .object({
    distributorId: Uuid,
    version: z.number().int(),
    status: CharterStatus,
    basedOnVersion: z.number().int().nullable(),
    content: CharterContent,
    agreedHash: z.string().nullable(),
    agreedAt: z.date().nullable(),
    signedAt: z.date().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
    signatures: z.array(Signature),
    productLines: z.record(z.string(), z.object({ code: z.string(), name: z.string() })),
    openPoints: z.number().int(),
    conflicts: z.array(ConflictSchema),
  })
  .meta({ id: 'CharterVersion' });

export const CreateCharterInput = z.object({
  content: CharterContent.optional().meta({
    description:
      'The first draft; by default the signed version (an amendment) or sensible defaults',
  }),
});

export const ContentInput = z.object({ content: CharterContent });

export const TransitionInput = z.object({
  action: z.enum(['send', 'agree', 'reopen']).meta({
    description:
      'send: draft → negotiation; agree: draft or negotiation → agreed (no open points, no conflicts); reopen: agreed → negotiation (voids signatures)',
  }),
  reason: z
    .string()
    .trim()
    .max(1000)
    .nullish()
    .transform((value) => value || null),
});

export const PointEvent = z.object({
  id: Uuid,
  side: Side,
  actorName: z.string(),
  kind: z.enum(['raised', 'position', 'comment', 'agreed', 'conceded', 'withdrawn']),
  body: z.string().nullable(),
  proposal: z.unknown().nullable(),
  createdAt: z.date(),
});

export const Point = z
  .object({
    number: z.number().int(),
    section: CharterSection,
    title: z.string(),
    raisedBy: Side,
    principalPosition: z.string().nullable(),
    distributorPosition: z.string().nullable(),
    proposal: z.unknown().nullable().meta({ description: 'The proposed value of the section' }),
    proposalBy: Side.nullable(),
    status: PointStatus,
    createdAt: z.date(),
    updatedAt: z.date(),
    resolvedAt: z.date().nullable(),
    events: z.array(PointEvent),
  })
  .meta({ id: 'CharterPoint' });

const Position = z.string().trim().min(1).max(4000);

export const PointInput = z.object({
  section: CharterSection,
  title: Text(200),
  position: Position,
  proposal: z.unknown().optional().meta({
    description:
      'Optional: the new value proposed for the whole section (same shape as content[section])',
  }),
});
export type PointInput = z.infer<typeof PointInput>;

export const PointEventInput = z.object({
  kind: z.enum(['position', 'comment', 'agreed', 'conceded', 'withdrawn']).meta({
    description:
      'position: state your side’s position (and optionally a counter-proposal); comment; agreed: accept the other side’s current proposal (applied to the text); conceded: drop your own proposal and keep the text; withdrawn: the side that raised the point drops it',
  }),
  body: z
    .string()
    .trim()
    .max(4000)
    .nullish()
    .transform((value) => value || null),
  proposal: z.unknown().optional(),
});
export type PointEventInput = z.infer<typeof PointEventInput>;

export const SignInput = z.object({
  typedName: Text(200),
  signerRole: Text(200).meta({
    description: 'The signer’s role in their company',
    examples: ['General Director'],
  }),
  consent: z
    .literal(true)
    .meta({ description: 'Consent to sign exactly this text electronically' }),
  contentHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .meta({ description: 'The SHA-256 the signer was shown; refused if the text changed since' }),
});
export type SignInput = z.infer<typeof SignInput>;

export const VerificationSchema = z
  .object({
    verified: z.boolean(),
    hash: z.string(),
    checks: z.array(z.object({ check: z.string(), ok: z.boolean(), detail: z.string() })),
  })
  .meta({ id: 'CharterVerification' });

export const CompareQuery = z.object({ from: SequenceNumber, to: SequenceNumber });
export const Difference = z.object({
  path: z
    .string()
    .meta({ description: 'JSON pointer into the content, e.g. #/territory/grants/0/exclusive' }),
  section: CharterSection,
  change: z.enum(['added', 'removed', 'changed']),
  before: z.unknown(),
  after: z.unknown(),
});
export const Comparison = z
  .object({ from: z.number().int(), to: z.number().int(), differences: z.array(Difference) })
  .meta({ id: 'CharterComparison' });

export const CheckInput = z.object({ content: z.unknown() });
