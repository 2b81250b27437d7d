import { z } from 'zod';
import {
  CountryCode,
  CurrencyCode,
  Email,
  IanaTimeZone,
  IsoWeekdays,
  LanguageTag,
  OptionalText,
  Text,
  TimeOfDay,
  Uuid,
} from '../platform/fields.ts';

export const LifecycleStage = z.enum([
  'prospect',
  'onboarding',
  'active',
  'at_risk',
  'suspended',
  'terminated',
]);
/** The relationship's status both sides know: the lifecycle stage without the principal's worry. */
export const RelationshipStatus = z
  .enum(['prospect', 'onboarding', 'active', 'suspended', 'terminated'])
  .meta({
    description:
      'The relationship as both sides know it: the lifecycle stage, with at_risk (the principal’s own assessment) shown as active',
  });
/** Whether the record is in the directory or archived: not the state of the relationship. */
export const DistributorStatus = z.enum(['active', 'archived']).meta({
  description:
    'active: listed in the directory; archived: taken out of it. Not the relationship: see relationshipStatus',
});
export const Side = z.enum(['principal', 'distributor']);

export const distributorContactRoles = [
  'general_manager',
  'sales_director',
  'purchasing_lead',
  'sales_rep',
  'other',
] as const;
export const principalContactRoles = [
  'account_manager',
  'regional_sales_manager',
  'export_director',
  'technical_support',
  'other',
] as const;
export const ContactRole = z.enum([
  'general_manager',
  'sales_director',
  'purchasing_lead',
  'sales_rep',
  'account_manager',
  'regional_sales_manager',
  'export_director',
  'technical_support',
  'other',
]);
export const Channel = z.enum([
  'email',
  'phone',
  'whatsapp',
  'chat',
  'video_call',
  'visit',
  'letter',
]);

const Website = z
  .string()
  .trim()
  .max(300)
  .nullish()
  .transform((value) => (value ? value : null))
  .pipe(z.url({ protocol: /^https?$/ }).nullable());

export const DistributorInput = z.object({
  name: Text(200),
  legalName: OptionalText(300),
  country: CountryCode,
  city: OptionalText(100),
  timeZone: IanaTimeZone,
  languages: z.array(LanguageTag).min(1).max(10),
  website: Website,
  notes: OptionalText(5000).meta({
    description: 'The principal’s internal notes; never shown to the distributor’s users',
  }),
  lifecycleStage: LifecycleStage.default('prospect'),
  reportCurrency: CurrencyCode.default('EUR').meta({
    description: 'The currency of the monthly reports and targets (ISO 4217); default EUR',
  }),
});
export type DistributorInput = z.infer<typeof DistributorInput>;

// A patch changes only the fields it names: no default may fill in one it leaves out (a partial
// schema keeps its fields' defaults, which reset a USD distributor to EUR on any edit).
export const DistributorPatch = DistributorInput.omit({ lifecycleStage: true })
  .extend({
    status: DistributorStatus,
    reportCurrency: CurrencyCode.meta({
      description: 'The currency of the monthly reports and targets (ISO 4217)',
    }),
  })
  .partial();
export type DistributorPatch = z.infer<typeof DistributorPatch>;

export const Distributor = z.object({
  id: Uuid,
  name: z.string(),
  legalName: z.string().nullable(),
  country: z.string(),
  city: z.string().nullable(),
  timeZone: z.string(),
  languages: z.array(z.string()),
  website: z.string().nullable(),
  status: DistributorStatus,
  relationshipStatus: RelationshipStatus,
  lifecycleStage: LifecycleStage.nullable().meta({
    description:
      'The principal’s internal lifecycle stage; always null for a distributor’s users (principal-internal)',
  }),
  notes: z.string().nullable().meta({
    description:
      'The principal’s internal notes; always null for a distributor’s users (principal-internal)',
  }),
  reportCurrency: z.string(),
  ownerId: Uuid.nullable().meta({
    description:
      'The principal member who owns the relationship; always null for a distributor’s users (principal-internal)',
  }),
  ownerName: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Distributor = z.infer<typeof Distributor>;

export const DistributorListItem = Distributor.omit({ notes: true }).extend({
  contactCount: z.number().int(),
});

export const distributorSortKeys = ['name', 'country', 'lifecycleStage', 'updatedAt'] as const;

export const DistributorListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  country: CountryCode.optional(),
  status: z.union([DistributorStatus, z.literal('all')]).default('active'),
  stage: LifecycleStage.optional().meta({
    description: 'Principal’s users only: a distributor’s user naming a stage is refused (403)',
  }),
  owner: z
    .union([z.literal('me'), z.literal('none'), Uuid])
    .optional()
    .meta({
      description: 'Principal’s users only: me (my distributors), none (unowned) or a member’s id',
    }),
  sort: z.enum(distributorSortKeys).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type DistributorListQuery = z.infer<typeof DistributorListQuery>;

export const DistributorPage = z.object({
  items: z.array(DistributorListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const LifecycleChangeInput = z.object({
  stage: LifecycleStage,
  reason: OptionalText(1000),
});

/**
 * A change of stage. A distributor's users see only the changes of the shared status (a move
 * between active and at_risk is not one), with the stages and the reason null.
 */
export const LifecycleEvent = z.object({
  id: Uuid,
  fromStatus: RelationshipStatus.nullable(),
  toStatus: RelationshipStatus,
  fromStage: LifecycleStage.nullable().meta({
    description: 'The stage before; null for the first event, and for a distributor’s users',
  }),
  toStage: LifecycleStage.nullable().meta({
    description: 'The stage after; always null for a distributor’s users (principal-internal)',
  }),
  reason: z.string().nullable().meta({
    description: 'Why the principal moved it; always null for a distributor’s users',
  }),
  changedByName: z.string().nullable(),
  changedAt: z.date(),
});

const Phone = z
  .string()
  .trim()
  .max(40)
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || /^\+?[0-9 ()./-]{5,40}$/.test(value), {
    message: 'validation.invalid',
  });

export const workingHoursDefaults = {
  workStart: '09:00',
  workEnd: '17:30',
  workWeekdays: [1, 2, 3, 4, 5],
};

const workingHoursOrder = {
  message: 'validation.work_hours_order',
  path: ['workEnd'],
  // Checked even when other fields are wrong, so every problem is reported at once.
  when: (payload: z.core.ParsePayload) =>
    !payload.issues.some((issue) => ['workStart', 'workEnd'].includes(String(issue.path?.[0]))),
};

// The fields a body may name, without defaults: a patch changes only what it names (a default
// here would, say, demote the primary contact on every edit). Only a create fills them in.
const contactFields = {
  name: Text(200),
  role: ContactRole,
  title: OptionalText(200),
  email: Email.nullish().transform((value) => value ?? null),
  phone: Phone,
  language: LanguageTag.nullish().transform((value) => value ?? null),
  timeZone: IanaTimeZone.nullish().transform((value) => value ?? null),
  isPrimary: z.boolean(),
  workStart: TimeOfDay(),
  workEnd: TimeOfDay({ isEnd: true }),
  workWeekdays: IsoWeekdays,
};

export const ContactInput = z
  .object({
    side: Side.default('distributor'),
    ...contactFields,
    // Left out, a distributor's contact works on the distributor's clock; null is "not known".
    timeZone: IanaTimeZone.nullish().meta({
      description:
        'IANA zone; left out, a contact of the distributor side gets the distributor’s zone; null: unknown',
    }),
    isPrimary: contactFields.isPrimary.default(false),
    workStart: contactFields.workStart.default(workingHoursDefaults.workStart),
    workEnd: contactFields.workEnd.default(workingHoursDefaults.workEnd),
    workWeekdays: contactFields.workWeekdays.default(workingHoursDefaults.workWeekdays),
  })
  .refine((input) => input.workEnd > input.workStart, workingHoursOrder);
export type ContactInput = z.infer<typeof ContactInput>;

/** What createContact takes: working hours left out are the defaults, as over HTTP. */
export type NewContact = Omit<ContactInput, keyof typeof workingHoursDefaults> &
  Partial<Pick<ContactInput, keyof typeof workingHoursDefaults>>;

// A patch naming one end of the working hours is checked against the stored other end by the
// service, which has the stored contact.
export const ContactPatch = z
  .object(contactFields)
  .partial()
  .refine(
    (patch) => !patch.workStart || !patch.workEnd || patch.workEnd > patch.workStart,
    workingHoursOrder,
  );
export type ContactPatch = z.infer<typeof ContactPatch>;

export const Contact = z.object({
  id: Uuid,
  distributorId: Uuid,
  side: Side,
  name: z.string(),
  role: ContactRole,
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  language: z.string().nullable(),
  timeZone: z.string().nullable(),
  isPrimary: z.boolean(),
  workStart: z.string(),
  workEnd: z.string(),
  workWeekdays: z.array(z.number().int()),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const EscalationStepInput = z.object({
  side: Side,
  level: z.number().int().min(1).max(10),
  contactId: Uuid,
  channel: Channel,
  responseTimeHours: z.number().int().min(1).max(720),
  note: OptionalText(500),
});
export type EscalationStepInput = z.infer<typeof EscalationStepInput>;

export const EscalationStepPatch = EscalationStepInput.omit({ side: true }).partial();
export type EscalationStepPatch = z.infer<typeof EscalationStepPatch>;

export const EscalationStep = z.object({
  id: Uuid,
  distributorId: Uuid,
  side: Side,
  level: z.number().int(),
  contactId: Uuid,
  contactName: z.string(),
  contactRole: ContactRole,
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  channel: Channel,
  responseTimeHours: z.number().int(),
  note: z.string().nullable(),
});

export const IdParams = z.object({ id: Uuid });
export const ContactParams = z.object({ id: Uuid, contactId: Uuid });
export const StepParams = z.object({ id: Uuid, stepId: Uuid });

/** `ids`: only these distributors (comma-separated), as the directory's selected rows. */
export const ExportQuery = z.object({
  ids: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',').filter(Boolean) : undefined))
    .pipe(z.array(Uuid).min(1).max(1000).optional()),
});
