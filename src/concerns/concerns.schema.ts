// Escalation up a distributor's ladder and the formal performance concern: inputs and answers.
import { z } from 'zod';
import { IsoDate, IsoDateTime, OptionalText, Text, Uuid } from '../platform/fields.ts';

export const ConcernParams = z.object({ id: Uuid, concernId: Uuid });

export const EscalationSettings = z
  .object({
    visitWaitDays: z
      .number()
      .int()
      .min(1)
      .max(90)
      .meta({ description: 'Days a visit is given to help before the next rung is proposed' }),
    contactWaitHours: z.number().int().min(1).max(2160).meta({
      description:
        'Hours a contact is given to answer when neither the ladder nor the charter says (the ladder step’s response time comes first, then the charter’s high-priority response time)',
    }),
    concernResponseDays: z
      .number()
      .int()
      .min(1)
      .max(90)
      .meta({ description: 'Days the distributor is given to answer a concern, unless changed' }),
  })
  .meta({ id: 'EscalationSettings' });
export type EscalationSettings = z.infer<typeof EscalationSettings>;

export const EscalationActionInput = z
  .object({
    kind: z.enum(['contact', 'visit']).meta({
      description: 'A concern is recorded when it is sent (POST …/concerns/{id}/send)',
    }),
    contactId: Uuid.optional().meta({ description: 'The distributor’s contact reached (contact)' }),
    takenAt: IsoDateTime.optional().meta({ description: 'When it happened; now when left out' }),
    note: OptionalText(2000),
  })
  .meta({ id: 'NewEscalationAction' });
export type EscalationActionInput = z.infer<typeof EscalationActionInput>;

const ActionKind = z.enum(['contact', 'visit', 'concern']);

export const EscalationAction = z
  .object({
    id: Uuid,
    distributorId: Uuid,
    kind: ActionKind,
    contactId: Uuid.nullable(),
    contactName: z.string().nullable(),
    concernId: Uuid.nullable(),
    takenAt: z.date(),
    note: z.string().nullable(),
    recordedBy: z.object({ userId: Uuid.nullable(), name: z.string() }),
    createdAt: z.date(),
  })
  .meta({ id: 'EscalationAction' });

export const EscalationProposal = z
  .object({
    kind: z.enum(['none', 'wait', 'contact', 'visit', 'concern', 'exhausted']),
    reason: z.string().meta({ description: 'Why, in the caller’s language' }),
    contactId: Uuid.nullable(),
    contactName: z.string().nullable(),
    channel: z.string().nullable(),
    level: z.number().int().nullable(),
    /** A draft concern to review and send, or the concern being waited on. */
    concernId: Uuid.nullable(),
    waitUntil: z.date().nullable(),
  })
  .meta({ id: 'EscalationProposal' });

export const Escalation = z
  .object({
    distributorId: Uuid,
    asOf: IsoDate,
    state: z.enum(['healthy', 'watch', 'at_risk']),
    reasons: z.array(z.string()),
    proposal: EscalationProposal,
    actions: z.array(EscalationAction),
  })
  .meta({ id: 'Escalation' });

export const NewConcernInput = z
  .object({
    responseDays: z.number().int().min(1).max(90).optional().meta({
      description:
        'Days the distributor has to answer once sent; the workspace default if left out',
    }),
  })
  .meta({ id: 'NewConcern' });
export type NewConcernInput = z.infer<typeof NewConcernInput>;

export const ConcernPatch = z
  .object({
    subject: Text(300).optional(),
    body: Text(20_000).optional(),
    subjectTranslation: Text(300).optional(),
    bodyTranslation: Text(20_000).optional(),
    responseDays: z.number().int().min(1).max(90).optional(),
  })
  .meta({ id: 'ConcernPatch' });
export type ConcernPatch = z.infer<typeof ConcernPatch>;

export const ConcernResponseInput = z
  .object({ response: Text(20_000) })
  .meta({ id: 'ConcernResponseInput' });

export const ConcernSignal = z.object({
  kind: z.string(),
  severity: z.enum(['warning', 'critical']),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
  evidence: z.array(z.object({ kind: z.string(), path: z.string() })),
});
export type ConcernSignal = z.infer<typeof ConcernSignal>;

export const ConcernCitation = z.object({
  section: z.string().meta({ description: 'The charter section, e.g. inventory' }),
  number: z.number().int().meta({ description: 'Its number in the charter document' }),
  signalKind: z.string(),
});
export type ConcernCitation = z.infer<typeof ConcernCitation>;

const Person = z.object({ userId: Uuid.nullable(), name: z.string() });

export const ConcernState = z.enum(['draft', 'sent', 'acknowledged', 'responded']);

export const Concern = z
  .object({
    id: Uuid,
    distributorId: Uuid,
    distributorName: z.string(),
    number: z.number().int(),
    status: z.enum(['draft', 'sent']),
    state: ConcernState,
    isOverdue: z.boolean().meta({ description: 'Sent, unanswered, and past its deadline' }),
    asOf: IsoDate,
    secondLanguage: z.string().nullable(),
    subject: z.string(),
    body: z.string(),
    subjectTranslation: z.string().nullable(),
    bodyTranslation: z.string().nullable(),
    signals: z.array(ConcernSignal),
    citations: z.array(ConcernCitation),
    responseDays: z.number().int(),
    responseDueOn: IsoDate.nullable(),
    createdBy: Person,
    createdAt: z.date(),
    updatedAt: z.date(),
    sentAt: z.date().nullable(),
    sentBy: Person.nullable(),
    recipients: z.array(z.string()).nullable(),
    documentSha256: z.string().nullable(),
    acknowledgedAt: z.date().nullable(),
    acknowledgedBy: Person.nullable(),
    response: z.string().nullable(),
    respondedAt: z.date().nullable(),
    respondedBy: Person.nullable(),
  })
  .meta({ id: 'Concern' });
export type Concern = z.infer<typeof Concern>;

export const ConcernSummary = Concern.pick({
  id: true,
  distributorId: true,
  number: true,
  status: true,
  state: true,
  isOverdue: true,
  subject: true,
  asOf: true,
  responseDueOn: true,
  createdAt: true,
  sentAt: true,
  acknowledgedAt: true,
  respondedAt: true,
}).meta({ id: 'ConcernSummary' });

export const ConcernList = z.object({ items: z.array(ConcernSummary) });
export const EscalationActionList = z.object({ items: z.array(EscalationAction) });
