// The charter's sections as structured data. One zod schema serves the API, the CLI, the demo,
// the web forms, conflict detection and the documents (PDF, handbook). Free-text `clause` fields
// hold the words people need; everything a machine checks later is a typed field.
import { z } from 'zod';
import { CountryCode, LanguageTag, Uuid } from '../platform/fields.ts';
import { isSubdivisionCode } from './subdivisions.ts';

const Clause = z.string().trim().max(4000).default('');

/**
 * An optional value stored as null. A codec rather than a transform, so the same schema also
 * describes (and encodes) API responses.
 */
function orNull(schema: z.ZodType<string, string>) {
  return z.codec(schema.nullish(), schema.nullable(), {
    decode: (value) => (value === undefined || value === '' ? null : value),
    encode: (value) => value,
  });
}
const IsoDate = z.iso
  .date()
  .meta({ description: 'Calendar date, YYYY-MM-DD', examples: ['2026-01-01'] });
const Hours = z
  .number()
  .int()
  .min(1)
  .max(24 * 90);
const Days = z.number().int().min(0).max(3650);

/** ISO 3166-2 subdivision of the grant's country, e.g. "VN-SG"; null means the whole country. */
const RegionCode = orNull(z.string().trim().toUpperCase()).meta({
  description: 'ISO 3166-2 subdivision code; empty for the whole country',
  examples: ['VN-SG'],
});

export const TerritoryGrant = z
  .object({
    country: CountryCode,
    region: RegionCode,
    /** Empty: every product line. */
    productLineIds: z.array(Uuid).max(200).default([]),
    exclusive: z.boolean(),
    startsOn: IsoDate,
    endsOn: orNull(IsoDate),
  })
  .superRefine((grant, ctx) => {
    if (grant.region && !isSubdivisionCode(grant.country, grant.region)) {
      ctx.addIssue({
        code: 'custom',
        path: ['region'],
        message: 'validation.region',
        params: { value: grant.region, country: grant.country },
      });
    }
    if (grant.endsOn && grant.endsOn < grant.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'validation.ends_before_start' });
    }
  });
export type TerritoryGrant = z.infer<typeof TerritoryGrant>;

export const NamedAccount = z.object({
  company: z.string().trim().min(1).max(200),
  country: CountryCode,
});
export type NamedAccount = z.infer<typeof NamedAccount>;

export const CarveOut = NamedAccount.extend({
  reason: z.string().trim().max(500).default(''),
});
export type CarveOut = z.infer<typeof CarveOut>;

export const InventoryLine = z.object({
  /** null: the commitment applies to every covered product line. */
  productLineId: orNull(Uuid),
  minimumOrderQuantity: z.number().int().min(0).max(10_000_000),
  bufferWeeks: z.number().min(0).max(104),
});

export const financingParties = ['distributor', 'principal', 'shared'] as const;
export const meetingKinds = ['weekly', 'monthly', 'quarterly', 'annual'] as const;
export const severities = ['critical', 'major', 'minor'] as const;
export const urgencies = ['urgent', 'high', 'normal'] as const;
export const channels = [
  'email',
  'phone',
  'whatsapp',
  'chat',
  'video_call',
  'visit',
  'letter',
] as const;
export const reportContents = [
  'sales',
  'inventory',
  'pipeline',
  'market_intelligence',
  'competitive_activity',
  'customer_satisfaction',
] as const;

export const Goal = z.object({
  metric: z.string().trim().min(1).max(200),
  target: z.number().min(0).max(1e12),
  unit: z.string().trim().min(1).max(40),
  dueOn: IsoDate,
});

export const CharterContent = z
  .object({
    territory: z.object({ grants: z.array(TerritoryGrant).max(200).default([]), clause: Clause }),
    assignedAccounts: z.object({
      /** Key accounts named as this distributor's; a carve-out elsewhere must not name them. */
      accounts: z.array(NamedAccount).max(500).default([]),
      clause: Clause,
    }),
    carveOuts: z.object({ accounts: z.array(CarveOut).max(500).default([]), clause: Clause }),
    productCoverage: z.object({
      mode: z.enum(['full', 'subset']),
      productLineIds: z.array(Uuid).max(500).default([]),
      clause: Clause,
    }),
    inventory: z.object({
      lines: z.array(InventoryLine).max(500).default([]),
      financing: z.enum(financingParties),
      paymentTermsDays: Days,
      clause: Clause,
    }),
    principalCommitments: z.object({
      deliveryLeadTimeDays: Days,
      marketingFundsPerYear: z.number().min(0).max(1e10),
      currency: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{3}$/, 'validation.currency'),
      trainingDaysPerYear: Days,
      technicalSupportResponseHours: Hours,
      clause: Clause,
    }),
    goals: z.object({ items: z.array(Goal).max(100).default([]), clause: Clause }),
    reporting: z.object({
      monthlyReportDueDay: z.number().int().min(1).max(28),
      contents: z.array(z.enum(reportContents)).max(reportContents.length).default([]),
      clause: Clause,
    }),
    communication: z.object({
      meetings: z
        .array(
          z.object({
            kind: z.enum(meetingKinds),
            minutes: z.number().int().min(10).max(480),
          }),
        )
        .max(meetingKinds.length)
        .default([]),
      channels: z.array(z.enum(channels)).max(channels.length).default([]),
      workingLanguage: LanguageTag,
      translationRule: z.string().trim().max(1000).default(''),
      notesDueHours: Hours,
      responseHours: z.object({ urgent: Hours, high: Hours, normal: Hours }),
      clause: Clause,
    }),
    problemResolution: z.object({
      severities: z
        .array(
          z.object({
            severity: z.enum(severities),
            responseHours: Hours,
            resolutionDays: z.number().int().min(1).max(365),
          }),
        )
        .max(severities.length)
        .default([]),
      escalation: z.enum(['ladders', 'custom']).default('ladders'),
      clause: Clause,
    }),
    term: z
      .object({
        startsOn: IsoDate,
        endsOn: orNull(IsoDate),
        reviewOn: orNull(IsoDate),
        renewal: z.enum(['automatic', 'by_agreement', 'none']),
        terminationNoticeDays: Days,
        clause: Clause,
      })
      .superRefine((term, ctx) => {
        if (term.endsOn && term.endsOn < term.startsOn) {
          ctx.addIssue({
            code: 'custom',
            path: ['endsOn'],
            message: 'validation.ends_before_start',
          });
        }
      }),
  })
  .superRefine((content, ctx) => {
    if (
      content.productCoverage.mode === 'subset' &&
      content.productCoverage.productLineIds.length === 0
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['productCoverage', 'productLineIds'],
        message: 'validation.subset_empty',
      });
    }
  });
export type CharterContent = z.infer<typeof CharterContent>;

export const charterSections = [
  'territory',
  'assignedAccounts',
  'carveOuts',
  'productCoverage',
  'inventory',
  'principalCommitments',
  'goals',
  'reporting',
  'communication',
  'problemResolution',
  'term',
] as const satisfies readonly (keyof CharterContent)[];
export type CharterSection = (typeof charterSections)[number];

/** The section schemas by name, for negotiation points that propose one section's new value. */
export const sectionSchemas = CharterContent.shape;

/** A sensible starting point for a new charter: the seeds' protocol with the principal's usual terms. */
export function defaultCharterContent(startsOn: string, workingLanguage = 'en'): CharterContent {
  return {
    territory: { grants: [], clause: '' },
    assignedAccounts: { accounts: [], clause: '' },
    carveOuts: { accounts: [], clause: '' },
    productCoverage: { mode: 'full', productLineIds: [], clause: '' },
    inventory: { lines: [], financing: 'distributor', paymentTermsDays: 60, clause: '' },
    principalCommitments: {
      deliveryLeadTimeDays: 42,
      marketingFundsPerYear: 0,
      currency: 'EUR',
      trainingDaysPerYear: 5,
      technicalSupportResponseHours: 24,
      clause: '',
    },
    goals: { items: [], clause: '' },
    reporting: {
      monthlyReportDueDay: 10,
      contents: ['sales', 'inventory', 'pipeline', 'market_intelligence', 'competitive_activity'],
      clause: '',
    },
    communication: {
      meetings: [
        { kind: 'weekly', minutes: 30 },
        { kind: 'monthly', minutes: 60 },
        { kind: 'quarterly', minutes: 120 },
        { kind: 'annual', minutes: 240 },
      ],
      channels: ['email', 'video_call', 'phone'],
      workingLanguage,
      translationRule: '',
      notesDueHours: 24,
      responseHours: { urgent: 4, high: 24, normal: 72 },
      clause: '',
    },
    problemResolution: {
      severities: [
        { severity: 'critical', responseHours: 4, resolutionDays: 3 },
        { severity: 'major', responseHours: 24, resolutionDays: 10 },
        { severity: 'minor', responseHours: 72, resolutionDays: 30 },
      ],
      escalation: 'ladders',
      clause: '',
    },
    term: {
      startsOn,
      endsOn: null,
      reviewOn: null,
      renewal: 'by_agreement',
      terminationNoticeDays: 90,
      clause: '',
    },
  };
}
